"""Opening hours: "open now / opens at" across days, lunch breaks, weekends and special closures."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from services.opening_hours import Closure, Range, state_at

BERLIN = ZoneInfo("Europe/Berlin")
# Monday and Thursday with a lunch break, Saturday morning.
RANGES = [
    Range(0, time(8), time(12, 30)),
    Range(0, time(14), time(16)),
    Range(3, time(8), time(18)),
    Range(5, time(9), time(12)),
]


def at(*args):
    return datetime(*args, tzinfo=BERLIN)


def test_open_in_the_morning_with_closing_time():
    state = state_at(RANGES, [], at(2026, 11, 23, 10, 0))  # Monday
    assert state.is_open and state.closes_at == at(2026, 11, 23, 12, 30)


def test_closed_over_lunch_opens_in_the_afternoon():
    state = state_at(RANGES, [], at(2026, 11, 23, 13, 0))
    assert not state.is_open and state.opens_at == at(2026, 11, 23, 14, 0)


def test_closing_time_itself_is_closed():
    assert not state_at(RANGES, [], at(2026, 11, 23, 16, 0)).is_open


def test_after_hours_opens_on_the_next_opening_day():
    state = state_at(RANGES, [], at(2026, 11, 23, 17, 0))  # Monday evening -> Thursday
    assert state.opens_at == at(2026, 11, 26, 8, 0)


def test_sunday_opens_monday():
    state = state_at(RANGES, [], at(2026, 11, 29, 11, 0))
    assert not state.is_open and state.opens_at == at(2026, 11, 30, 8, 0)


def test_special_closure_wins_and_says_why():
    closures = [Closure(date(2026, 12, 24), date(2027, 1, 1), "Zwischen den Jahren geschlossen")]
    state = state_at(RANGES, closures, at(2026, 12, 28, 10, 0))  # a Monday inside the closure
    assert not state.is_open
    assert state.closure.reason == "Zwischen den Jahren geschlossen"
    assert state.opens_at == at(2027, 1, 2, 9, 0)  # Saturday after the closure


def test_time_zone_of_the_office_not_of_the_server():
    # 07:30 UTC on a winter Monday is 08:30 in Berlin: open.
    assert state_at(RANGES, [], datetime(2026, 11, 23, 7, 30, tzinfo=ZoneInfo("UTC"))).is_open


def test_back_to_back_ranges_close_at_the_end_of_the_last():
    ranges = [Range(1, time(8), time(12)), Range(1, time(12), time(16))]
    state = state_at(ranges, [], at(2026, 11, 24, 11, 0))
    assert state.is_open and state.closes_at == at(2026, 11, 24, 16, 0)


def test_today_and_tomorrow_are_the_office_dates_not_utc():
    # Monday 00:30 in Berlin is Sunday 23:30 UTC: the office opens today.
    state = state_at(RANGES, [], datetime(2026, 11, 22, 23, 30, tzinfo=ZoneInfo("UTC")))
    assert state.opens_at == at(2026, 11, 23, 8, 0) and state.opens_in_days == 0
    # Sunday 23:30 in Berlin: tomorrow.
    assert state_at(RANGES, [], at(2026, 11, 22, 23, 30)).opens_in_days == 1


def test_a_closure_counts_from_local_midnight():
    closures = [Closure(date(2026, 11, 23), date(2026, 11, 23), "Betriebsausflug")]
    # 00:30 on the closure day in Berlin (still the day before in UTC): closed for the closure.
    state = state_at(RANGES, closures, datetime(2026, 11, 22, 23, 30, tzinfo=ZoneInfo("UTC")))
    assert state.closure is not None and state.opens_at == at(2026, 11, 26, 8, 0)


def test_no_hours_at_all():
    state = state_at([], [], at(2026, 11, 23, 10, 0))
    assert not state.is_open and state.opens_at is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    "moment, expected",
    [
        ("2026-11-23 09:00:00+01:00", "Jetzt geöffnet"),
        ("2026-11-23 13:00:00+01:00", "Jetzt geschlossen"),
        ("2026-11-29 11:00:00+01:00", "Jetzt geschlossen"),
    ],
)
def test_office_state_on_the_service_page(client, town, moment, expected):
    page = town.service("personalausweis")
    with freeze_time(moment):
        html = client.get(page.url).content.decode()
    assert expected in html


@pytest.mark.django_db
def test_office_state_in_english(client, town):
    english = town.service("personalausweis", "en")
    with freeze_time("2026-11-23 13:00:00+01:00"):
        html = client.get(english.url).content.decode()
    # "Today": the next opening is on the office's own date (the time is in the English format).
    assert "Closed now" in html and "opens today at" in html
    assert '<time datetime="2026-11-23T14:00:00+01:00">' in html
