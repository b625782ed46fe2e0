"""Security issue 9, finding 3: one client booked every Sperrmüll slot.

Through real form submissions: a household (normalised address) and an e-mail address get one open
standard and one open express pickup; a new booking only holds its slot until the citizen confirms
the e-mail address through the signed link (GET shows a button, POST confirms); unconfirmed
reservations are released by the task and the management command, and their dates are free again."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time
from icalendar import Calendar

from bookings import calendar
from bookings.enums import BookingStatus
from bookings.households import email_key, household_key
from bookings.links import confirm_url, manage_url
from bookings.models import Booking, PickupSettings
from bookings.tasks import release_reservations, schedule_release
from onlineforms.models import Submission
from tests.onlineforms.helpers import address, de, form_page, post

pytestmark = pytest.mark.django_db

TODAY = "2026-11-23 09:00:00+01:00"  # a Monday; standard pickups from Thursday 26th, express from Tuesday 24th


def pickup_data(choice, street="Lindenallee 5", postcode="45999", email="erika@example.org", **extra):
    return {
        "termin": choice,
        "name": "Erika Mustermann",
        **address("adresse", street=street, postcode=postcode),
        "gegenstaende": "1 Sofa, 2 Stühle",
        "email": email,
        "einwilligung": "on",
        **extra,
    }


def submit(choice, language="de", ip="10.9.0.1", **data):
    page = form_page("sperrmuell-buchen" if language == "de" else "book-bulky-waste-pickup", language)
    return post(Client(REMOTE_ADDR=ip), page, pickup_data(choice, **data))


def update_settings(**values):
    settings = PickupSettings.load()
    for name, value in values.items():
        setattr(settings, name, value)
    settings.save()


def free(kind="standard"):
    return [d.date for d in calendar.free_days(kind)]


# --- normalisation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    [
        "Hauptstraße 12a, 45999 Lindenfeld",
        "hauptstrasse 12 a, 45999 Lindenfeld",
        "HAUPTSTR. 12A, 45999 LINDENFELD",
        "Hauptstr 12-a ,45999 Lindenfeld-Süd",
        "  Haupt-Straße   12 a , 45999  Lindenfeld ",
        "Haupt Strasse 12 A., 45999 Lindenfeld",
        {"street": "Hauptstraße 12 a", "postcode": "45999", "town": "Lindenfeld"},
    ],
)
def test_address_spellings_of_one_household_give_one_key(variant):
    assert household_key(variant) == household_key("Hauptstraße 12a, 45999 Lindenfeld") == "45999|hauptstr12a"


def test_umlauts_and_their_spellings_give_one_key_other_houses_another():
    assert household_key("Müllerweg 3, 45999 X") == household_key("Muellerweg 3, 45999 X")
    assert household_key("Mu\u0308llerweg 3, 45999 X") == household_key("Müllerweg 3, 45999 X")  # decomposed ü
    assert household_key("Hauptstraße 12b, 45999 X") != household_key("Hauptstraße 12a, 45999 X")
    assert household_key("Hauptstraße 12, 45999 X") != household_key("Hauptstraße 12, 45998 X")
    assert household_key("") == ""


def test_email_addresses_are_normalised():
    assert email_key("  Erika@Example.ORG ") == email_key("erika@example.org") == "erika@example.org"
    assert email_key("erika+sperrmuell@example.org") == "erika@example.org"


# --- per-household and per-e-mail limits -------------------------------------------------------


@freeze_time(TODAY)
def test_second_open_booking_for_the_same_household_is_refused_and_nothing_is_stored():
    assert submit("2026-11-26|standard").status_code == 302
    submissions, bookings = Submission.objects.count(), Booking.objects.count()

    response = submit("2026-11-27|standard", street="Lindenallee 5 ", email="other@example.org", ip="10.9.0.2")
    html = response.content.decode()
    assert response.status_code == 400
    assert de(str(calendar.HOUSEHOLD_LIMIT_MESSAGE)) in html
    assert "Für diese Adresse gibt es schon eine offene Sperrmüll-Buchung" in html
    assert 'value="Erika Mustermann"' in html and "1 Sofa, 2 Stühle" in html  # answers kept
    assert (Submission.objects.count(), Booking.objects.count()) == (submissions, bookings)  # nothing half-stored


@freeze_time(TODAY)
@pytest.mark.parametrize(
    "street", ["lindenallee 5a", "LINDENALLEE 5 A", "Linden-Allee 5a."], ids=["lower", "upper+space", "punctuation"]
)
def test_household_limit_sees_through_spelling(street):
    assert submit("2026-11-26|standard", street="Lindenallee 5 a").status_code == 302
    response = submit("2026-11-27|standard", street=street, email="other@example.org", ip="10.9.0.2")
    assert response.status_code == 400
    assert de(str(calendar.HOUSEHOLD_LIMIT_MESSAGE)) in response.content.decode()


@freeze_time(TODAY)
def test_second_open_booking_with_the_same_email_is_refused_in_english():
    assert submit("2026-11-26|standard", language="en").status_code == 302
    response = submit(
        "2026-11-27|standard", language="en", street="Birkenweg 9", email=" Erika@Example.org ", ip="10.9.0.2"
    )
    assert response.status_code == 400
    assert "You already have an open pickup booking with this e-mail address." in response.content.decode()
    assert "via the link in your e-mail" in response.content.decode()


@freeze_time(TODAY)
def test_one_standard_and_one_express_per_household_and_the_limit_is_configurable():
    assert submit("2026-11-26|standard").status_code == 302
    assert submit("2026-11-24|express", ip="10.9.0.2").status_code == 302
    assert submit("2026-11-25|express", ip="10.9.0.3").status_code == 400
    update_settings(standard_limit=2)
    assert submit("2026-11-27|standard", ip="10.9.0.4").status_code == 302
    assert submit("2026-11-30|standard", ip="10.9.0.5").status_code == 400
    assert Booking.objects.filter(household_key="45999|lindenallee5").count() == 3


@freeze_time(TODAY)
def test_cancelled_expired_and_past_bookings_do_not_count():
    first = calendar.book(date(2026, 11, 26), "standard", address="Lindenallee 5, 45999 Lindenfeld", reference="X-1")
    calendar.cancel(first)
    assert submit("2026-11-26|standard").status_code == 302  # cancelled one does not count
    Booking.objects.filter(household_key="45999|lindenallee5").update(status=BookingStatus.EXPIRED, slot=None)
    assert submit("2026-11-27|standard", ip="10.9.0.2").status_code == 302  # expired one neither
    with freeze_time("2026-11-28 09:00:00+01:00"):  # the pickup on the 27th is in the past now
        Booking.objects.filter(household_key="45999|lindenallee5", status="reserved").update(status="booked")
        assert submit("2026-12-02|standard", ip="10.9.0.3").status_code == 302


@freeze_time(TODAY)
def test_moving_to_the_other_kind_respects_its_limit():
    standard = calendar.book(
        date(2026, 11, 26), "standard", address="Lindenallee 5, 45999 Lindenfeld", reference="X-2", confirmed=True
    )
    calendar.book(date(2026, 11, 24), "express", address="Lindenallee 5, 45999 Lindenfeld", reference="X-3")
    with pytest.raises(calendar.BookingLimitReached):
        calendar.move(standard, date(2026, 11, 25), "express")
    standard.refresh_from_db()
    assert (standard.date, standard.kind) == (date(2026, 11, 26), "standard")


# --- reservation, confirmation, release --------------------------------------------------------


@freeze_time(TODAY)
def test_booking_is_reserved_until_the_citizen_confirms_and_get_does_not_confirm(
    client, admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert submit("2026-11-26|standard").status_code == 302
    booking = Booking.objects.get(reference=Submission.objects.latest("pk").reference)
    assert booking.status == BookingStatus.RESERVED
    assert booking.reserved_until == timezone.now() + timedelta(hours=2)
    assert booking.email_key == "erika@example.org" and booking.household_key == "45999|lindenallee5"

    body = next(m for m in mail.outbox if m.to == ["erika@example.org"]).body
    assert "innerhalb von 2 Stunden" in body and "23.11.2026, 11:00" in body
    link = next(line for line in body.splitlines() if "/sperrmuell/bestaetigen/" in line).strip()
    assert link.startswith("http") and "/de/sperrmuell/bestaetigen/" in link
    path = link[link.index("/de/") :]

    # Staff and citizen see "reserviert"; crews do not get it.
    assert "Reserviert" in client.get(manage_url(booking, "de")).content.decode()
    assert "Reserviert" in admin_client.get("/admin/bookings/bookings/").content.decode()
    pickup = admin_client.get("/admin/bookings/pickup-list/?date=2026-11-26").content.decode()
    assert "nicht abholen" in pickup and booking.reference in pickup
    assert (
        booking.reference
        not in admin_client.get("/admin/bookings/pickup-list/?date=2026-11-26&format=csv").content.decode()
    )
    feed = client.get(f"/feeds/sperrmuell/{PickupSettings.load().feed_token}.ics")
    assert f"booking-{booking.pk}@" not in feed.content.decode()

    # A mail scanner's GET shows the button and changes nothing.
    page = client.get(path)
    assert page.status_code == 200 and 'method="post"' in page.content.decode()
    assert "Abholtermin bestätigen" in page.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingStatus.RESERVED

    response = client.post(path)
    assert response.status_code == 302 and "done=confirmed" in response["Location"]
    booking.refresh_from_db()
    assert booking.status == BookingStatus.BOOKED and booking.confirmed_at == timezone.now()
    assert "ist gebucht" in client.get(response["Location"]).content.decode()
    assert client.post(path).status_code == 302  # twice is harmless
    assert (
        booking.reference
        in admin_client.get("/admin/bookings/pickup-list/?date=2026-11-26&format=csv").content.decode()
    )
    feed = client.get(f"/feeds/sperrmuell/{PickupSettings.load().feed_token}.ics")
    assert any(
        str(e["uid"]).startswith(f"booking-{booking.pk}@") for e in Calendar.from_ical(feed.content).walk("VEVENT")
    )


@freeze_time(TODAY)
def test_manage_link_is_not_a_confirmation_link(client):
    booking = calendar.book(date(2026, 11, 26), "standard", reference="X-4", language="de")
    token = manage_url(booking).rstrip("/").rsplit("/", 1)[1]
    assert client.post(f"/de/sperrmuell/bestaetigen/{token}/").status_code == 404
    assert client.get("/de/sperrmuell/bestaetigen/garbage/").status_code == 404
    booking.refresh_from_db()
    assert booking.status == BookingStatus.RESERVED


@freeze_time(TODAY)
def test_reservations_count_against_capacity_and_unconfirmed_ones_are_released_by_the_command(client):
    update_settings(express_capacity=1, confirm_hours=3)
    assert submit("2026-11-24|express").status_code == 302
    booking = Booking.objects.get(date=date(2026, 11, 24), kind="express")
    assert booking.status == BookingStatus.RESERVED and booking.slot == 1
    assert date(2026, 11, 24) not in free("express")  # the reservation holds the slot
    assert submit("2026-11-24|express", street="Birkenweg 9", email="b@example.org", ip="10.9.0.2").status_code == 400

    with freeze_time("2026-11-23 11:59:00+01:00"):
        call_command("release_reservations", stdout=open("/dev/null", "w"))
        booking.refresh_from_db()
        assert booking.status == BookingStatus.RESERVED  # still within its 3 hours
    with freeze_time("2026-11-23 12:01:00+01:00"):
        call_command("release_reservations", stdout=open("/dev/null", "w"))
        booking.refresh_from_db()
        assert booking.status == BookingStatus.EXPIRED and booking.slot is None
        assert date(2026, 11, 24) in free("express")  # free again
        response = client.post(confirm_url(booking, "de"))  # too late to confirm
        assert response.status_code == 410 and "nicht rechtzeitig bestätigt" in response.content.decode()
        booking.refresh_from_db()
        assert booking.status == BookingStatus.EXPIRED
        # the household may book again, and the released slot goes to someone else
        assert (
            submit("2026-11-24|express", street="Birkenweg 9", email="b@example.org", ip="10.9.0.3").status_code == 302
        )
        assert submit("2026-11-25|express", ip="10.9.0.4").status_code == 302


@freeze_time(TODAY)
def test_release_task_frees_overdue_reservations_and_is_scheduled_for_the_deadline(settings):
    booking = calendar.book(date(2026, 11, 26), "standard", reference="X-5")
    kept = calendar.book(date(2026, 11, 26), "standard", reference="X-6", confirmed=True)
    with freeze_time("2026-11-23 11:00:01+01:00"):
        result = release_reservations.enqueue()  # the ImmediateBackend of the test settings runs it now
        assert result.return_value == 1
    booking.refresh_from_db()
    kept.refresh_from_db()
    assert (booking.status, booking.slot) == (BookingStatus.EXPIRED, None)
    assert kept.status == BookingStatus.BOOKED

    # With a backend that can defer (the db_worker's), a run is queued for the deadline.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import task_backends

    schedule_release(timezone.now() + timedelta(hours=2))
    queued = task_backends["default"].results
    assert [r.task.func.__name__ for r in queued] == ["release_reservations"]
    assert queued[0].task.run_after == timezone.now() + timedelta(hours=2)


@freeze_time(TODAY)
def test_an_overdue_reservation_counts_as_free_before_the_job_runs():
    update_settings(express_capacity=1)
    calendar.book(date(2026, 11, 24), "express", reference="X-7", address="Lindenallee 5, 45999 Lindenfeld")
    with freeze_time("2026-11-23 11:00:01+01:00"):
        assert date(2026, 11, 24) in free("express")
        won = calendar.book(date(2026, 11, 24), "express", reference="X-8", address="Birkenweg 9, 45999 Lindenfeld")
        assert won.slot == 1
        assert Booking.objects.get(reference="X-7").status == BookingStatus.EXPIRED


@freeze_time(TODAY)
def test_the_confirmation_page_speaks_english_and_staff_corrections_move_the_household_key(client):
    booking = calendar.book(
        date(2026, 11, 26), "standard", reference="X-9", language="en", address="Elmstreet 1, 45999 X"
    )
    page = client.get(confirm_url(booking))
    assert page.status_code == 200 and "Confirm pickup" in page.content.decode()
    assert "reserved for you until 23 Nov 2026, 11:00" in page.content.decode()
    booking.address = "Birkenweg 9, 45999 Lindenfeld"
    booking.save(update_fields=["address"])
    booking.refresh_from_db()
    assert booking.household_key == "45999|birkenweg9"


@freeze_time(TODAY)
@pytest.mark.parametrize(
    ("language", "words"),
    [("de", ["Reserviert: bitte bestätigen", "bis 23.11.2026, 11:00"]), ("en", ["Reserved: please confirm"])],
)
def test_the_page_after_sending_says_the_date_is_only_reserved(language, words):
    response = submit("2026-11-26|standard", language=language)
    assert response.status_code == 302
    html = Client().get(response["Location"]).content.decode()
    for word in words:
        assert word in html
