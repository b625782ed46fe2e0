"""The pickup date plugs into onlineforms through its registry and signals: bookings registers the
field type, books on submission_stored, adds its facts and links to the e-mails, the page after
sending and the staff's view, and anonymises its rows on submissions_purging."""

import re
from datetime import date

import pytest
from django.core import mail
from freezegun import freeze_time

from bookings.enums import BookingStatus
from bookings.forms import PickupSlotField
from bookings.models import Booking
from bookings.pickup_field import PickupFieldType
from onlineforms import registry, retention
from onlineforms.models import Submission
from tests.bookings.test_bookings import TODAY, pickup_data
from tests.onlineforms.helpers import form_page, post

pytestmark = pytest.mark.django_db


def test_bookings_registers_the_pickup_type_after_onlineforms_own():
    names = [name for name, _label in registry.choices()]
    assert names[-1] == "pickup" and names.index("consent") < names.index("pickup")
    assert isinstance(registry.get("pickup"), PickupFieldType)


@freeze_time(TODAY)
def test_pickup_renders_books_confirms_and_cancels_through_the_registry_and_signals(
    client, admin_client, django_capture_on_commit_callbacks
):
    page = form_page("sperrmuell-buchen", "de")
    form = page.get_form(page=page)
    assert isinstance(form.fields["termin"], PickupSlotField)
    assert "pickup" in [field_type.name for field_type in registry.types_of(page)]

    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, page, pickup_data("2026-11-26|standard"))
    assert response.status_code == 302, response.content.decode()[:3000]
    submission = Submission.objects.latest("pk")
    booking = Booking.objects.get(submission=submission)
    assert (booking.date, booking.kind, booking.status) == (date(2026, 11, 26), "standard", BookingStatus.RESERVED)
    assert submission.form_data["termin"] == "2026-11-26 standard"

    landing = client.get(response["Location"]).content.decode()
    assert f'aria-labelledby="booking-{booking.pk}"' in landing and "26. November 2026" in landing

    confirmation = next(m for m in mail.outbox if m.to == ["erika@example.org"])
    notification = next(m for m in mail.outbox if m.to != ["erika@example.org"])
    assert "Donnerstag, 26. November 2026" in confirmation.body
    assert "26.11.2026" in notification.body

    confirm_link = re.search(r"https?://\S+/de/sperrmuell/bestaetigen/\S+/", confirmation.body).group(0)
    assert client.post(confirm_link[confirm_link.index("/de/") :]).status_code == 302
    booking.refresh_from_db()
    assert booking.status == BookingStatus.BOOKED

    inspect = admin_client.get(f"/admin/onlineforms/submissions/inspect/{submission.pk}/").content.decode()
    assert str(booking) in inspect

    manage_link = re.search(r"https?://\S+/de/sperrmuell/termin/\S+/", confirmation.body).group(0)
    assert client.post(manage_link[manage_link.index("/de/") :], {"action": "cancel"}).status_code == 302
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED and booking.slot is None


@freeze_time(TODAY)
def test_a_taken_date_refuses_the_submission_at_the_pickup_field(client, monkeypatch):
    page = form_page("sperrmuell-buchen", "de")
    monkeypatch.setattr(PickupSlotField, "validate", lambda self, value: None)  # the date was free when checked
    before = Submission.objects.count()
    response = post(client, page, pickup_data("2026-11-28|standard"))  # a Saturday: refused by calendar.book
    assert response.status_code == 400
    assert re.search(r'id="id_termin_error"', response.content.decode())
    assert Submission.objects.count() == before and not Booking.objects.filter(date=date(2026, 11, 28)).exists()


@freeze_time(TODAY)
def test_purging_a_submission_leaves_its_pickup_without_personal_data(client):
    page = form_page("sperrmuell-buchen", "de")
    assert post(client, page, pickup_data("2026-11-26|standard")).status_code == 302
    submission = Submission.objects.latest("pk")
    booking = Booking.objects.get(submission=submission)
    retention.purge(Submission.objects.filter(pk=submission.pk))
    booking.refresh_from_db()
    assert (booking.name, booking.address, booking.items, booking.submission) == ("", "", "", None)
    assert (booking.date, booking.kind) == (date(2026, 11, 26), "standard")
