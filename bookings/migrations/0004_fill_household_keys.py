"""Bookings made before reservations existed were booked at once: count them as confirmed when
they were made, and give them the household and e-mail keys the per-household limit compares."""

from django.db import migrations


def fill_keys(apps, schema_editor):
    from bookings.households import email_key, household_key

    Booking = apps.get_model("bookings", "Booking")
    for booking in Booking.objects.select_related("submission").iterator():
        booking.household_key = household_key(booking.address)
        booking.email_key = email_key(booking.submission.citizen_email if booking.submission else "")
        if booking.status in ("booked", "cancelled") and booking.confirmed_at is None:
            booking.confirmed_at = booking.created_at
        booking.save(update_fields=["household_key", "email_key", "confirmed_at"])


class Migration(migrations.Migration):
    dependencies = [
        ("bookings", "0003_reservations_and_household_limits"),
        ("onlineforms", "0001_initial"),
    ]

    operations = [migrations.RunPython(fill_keys, migrations.RunPython.noop)]
