"""Pickup booking: only free dates are offered, a full date is refused clearly, the signed link
cancels (freeing the slot) or moves, a tampered link is refused, holidays and closed days are out."""

from datetime import date, timedelta

import pytest
from dateutil.easter import easter
from django.core import mail
from django.test import override_settings
from freezegun import freeze_time

from bookings import calendar
from bookings.enums import BookingStatus
from bookings.holidays import is_holiday, public_holidays
from bookings.links import manage_url
from bookings.models import Booking, ClosedDay, DayCapacity, PickupSettings
from onlineforms.models import Submission
from tests.onlineforms.helpers import address, de, form_page, post

pytestmark = pytest.mark.django_db

TODAY = "2026-11-23 09:00:00+01:00"  # a Monday


def set_express_capacity(n):
    settings = PickupSettings.load()
    settings.express_capacity = n
    settings.save()


def pickup_data(choice, **extra):
    return {
        "termin": choice,
        "name": "Erika Mustermann",
        **address("adresse"),
        "gegenstaende": "1 Sofa, 2 Stühle",
        "email": "erika@example.org",
        "einwilligung": "on",
        **extra,
    }


def test_nrw_holidays():
    assert easter(2026) == date(2026, 4, 5)
    assert easter(2027) == date(2027, 3, 28)
    holidays = public_holidays(2026)
    assert date(2026, 6, 4) in holidays  # Fronleichnam
    assert date(2026, 11, 1) in holidays and date(2026, 10, 31) not in holidays  # Allerheiligen, not Reformation Day
    assert len([d for d in holidays if d.weekday() < 6]) >= 9


@pytest.mark.parametrize("year", [2026, 2027, 2030])
def test_easter_and_whit_sunday_are_not_statutory_holidays_in_nrw(year):
    sunday = easter(year)
    assert not is_holiday(sunday) and not is_holiday(sunday + timedelta(days=49))  # Easter / Whit Sunday
    for offset in (-2, 1, 50, 60):  # Good Friday, Easter Monday, Whit Monday, Corpus Christi
        assert is_holiday(sunday + timedelta(days=offset)), offset
    assert is_holiday(date(year, 11, 1))  # All Saints


@freeze_time("2026-05-20 09:00:00+02:00")  # a Wednesday
def test_pickup_dates_skip_whit_monday_and_corpus_christi():
    settings = PickupSettings.load()
    settings.pickup_saturday = True
    settings.save()
    days = [d.date for d in calendar.free_days("standard")]
    assert date(2026, 5, 23) in days and date(2026, 5, 24) not in days  # Saturday yes, Whit Sunday (a Sunday) no
    assert date(2026, 5, 25) not in days and date(2026, 5, 26) in days  # Whit Monday
    assert date(2026, 6, 4) not in days and date(2026, 6, 5) in days  # Corpus Christi
    with override_settings(BOOKINGS_HOLIDAY_STATE="BE"):  # Berlin keeps Whit Monday, not Corpus Christi
        days = [d.date for d in calendar.free_days("standard")]
    assert date(2026, 5, 25) not in days and date(2026, 6, 4) in days


@freeze_time(TODAY)
def test_free_days_skip_weekends_holidays_closed_days_and_full_days():
    ClosedDay.objects.create(date=date(2026, 11, 30), reason="Betriebsausflug")
    DayCapacity.objects.create(date=date(2026, 12, 1), kind="standard", capacity=0)
    days = [d.date for d in calendar.free_days("standard")]
    assert days[0] == date(2026, 11, 26)  # lead time of 3 days
    assert date(2026, 11, 28) not in days and date(2026, 11, 29) not in days  # weekend
    assert date(2026, 11, 30) not in days and date(2026, 12, 1) not in days
    assert date(2026, 12, 25) not in days and date(2026, 12, 24) in days
    assert max(days) <= date(2027, 1, 4)  # 42-day horizon
    express = [d.date for d in calendar.free_days("express")]
    assert express[0] == date(2026, 11, 24) and express[0].weekday() == 1


@freeze_time(TODAY)
def test_booking_from_the_form_reserves_and_mails_confirm_and_manage_links(client, django_capture_on_commit_callbacks):
    page = form_page("sperrmuell-buchen", "de")
    form_html = client.get(page.url).content.decode()
    assert 'value="2026-11-26|standard"' in form_html and 'value="2026-11-24|express"' in form_html
    assert "Express" in form_html and "35,00" in form_html
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, page, pickup_data("2026-11-24|express"))
    assert response.status_code == 302, response.content.decode()[:3000]
    booking = Booking.objects.get(reference=Submission.objects.latest("pk").reference)
    assert (booking.date, booking.kind, booking.slot, str(booking.fee)) == (date(2026, 11, 24), "express", 1, "35.00")
    assert booking.status == BookingStatus.RESERVED  # until the citizen confirms (tests/security/test_booking_abuse.py)
    assert booking.address == "Lindenallee 5, 45999 Lindenfeld" and booking.name == "Erika Mustermann"
    landing = client.get(response["Location"]).content.decode()
    assert booking.reference in landing and "24. November 2026" in landing
    confirmation = next(m for m in mail.outbox if m.to == ["erika@example.org"])
    assert "/de/sperrmuell/termin/" in confirmation.body and "Express" in confirmation.body
    assert "/de/sperrmuell/bestaetigen/" in confirmation.body


@freeze_time(TODAY)
def test_full_date_is_refused_with_a_clear_message(client):
    set_express_capacity(1)
    calendar.book(date(2026, 11, 24), "express", reference="SP-2026-999999")  # a reservation holds the slot too
    response = post(client, form_page("book-bulky-waste-pickup", "en"), pickup_data("2026-11-24|express"))
    assert response.status_code == 400
    assert "This date has just been fully booked. Please choose another date." in response.content.decode()
    response = post(client, form_page("sperrmuell-buchen", "de"), pickup_data("2026-11-24|express"))
    assert de(str(calendar.FULL_MESSAGE)) in response.content.decode()
    assert (
        Booking.objects.filter(date=date(2026, 11, 24), kind="express", status__in=["reserved", "booked"]).count() == 1
    )


@freeze_time(TODAY)
def test_slot_taken_between_validation_and_storing_rolls_back_the_submission():
    set_express_capacity(1)
    calendar.book(date(2026, 11, 24), "express", reference="SP-2026-999998")
    with pytest.raises(calendar.SlotUnavailable):
        calendar.book(date(2026, 11, 24), "express", reference="SP-2026-999997")
    with pytest.raises(calendar.SlotUnavailable):
        calendar.book(date(2026, 11, 28), "express", reference="SP-2026-999996")  # Saturday


@freeze_time(TODAY)
def test_cancel_through_signed_link_frees_the_slot(client):
    set_express_capacity(1)
    booking = calendar.book(date(2026, 11, 24), "express", reference="SP-2026-000777", language="en", confirmed=True)
    assert date(2026, 11, 24) not in [d.date for d in calendar.free_days("express")]
    url = manage_url(booking)
    assert url.startswith("/en/")
    page = client.get(url)
    assert page.status_code == 200 and "Cancel pickup" in page.content.decode()
    response = client.post(url, {"action": "cancel"})
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED and booking.slot is None
    assert date(2026, 11, 24) in [d.date for d in calendar.free_days("express")]
    assert "has been cancelled" in client.get(response["Location"]).content.decode()


@freeze_time(TODAY)
def test_move_through_signed_link(client):
    booking = calendar.book(date(2026, 11, 26), "standard", reference="SP-2026-000778", confirmed=True)
    response = client.post(manage_url(booking, "de"), {"action": "move", "slot": "2026-11-27|standard"})
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.date == date(2026, 11, 27) and booking.status == BookingStatus.BOOKED


@freeze_time(TODAY)
def test_tampered_link_is_refused(client):
    booking = calendar.book(date(2026, 11, 26), "standard", reference="SP-2026-000779", confirmed=True)
    url = manage_url(booking, "de")
    token = url.rstrip("/").rsplit("/", 1)[1]
    forged = url.replace(token, token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb"))
    assert client.get(forged).status_code == 404
    assert client.post(forged, {"action": "cancel"}).status_code == 404
    other = calendar.book(date(2026, 11, 26), "standard", reference="SP-2026-000780", confirmed=True)
    assert client.post(url.replace(token, "x" + token), {"action": "cancel"}).status_code == 404
    other.refresh_from_db()
    booking.refresh_from_db()
    assert booking.status == other.status == BookingStatus.BOOKED
