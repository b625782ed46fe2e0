"""Recurring city events: the feed says what the site says. A calendar app counts DTSTART as the first
date of a series (RFC 5545), so DTSTART must be the first date the event really takes place, never a
day its rule or its exceptions leave out; exceptions are EXDATEs. Each test expands the feed with
recurring-ical-events, as a calendar app would, and compares the dates with what the site lists."""

import re
from datetime import UTC, datetime, timedelta

import pytest
import recurring_ical_events
from django.core.exceptions import ValidationError
from django.utils import timezone
from freezegun import freeze_time
from icalendar import Calendar

from council.models import Event
from tests.council.helpers import berlin, event, german

pytestmark = pytest.mark.django_db
NOW = "2026-11-20 12:00:00"
HORIZON = timedelta(days=366)  # the site's upcoming list (council.models.schedule.UPCOMING_HORIZON)
ENTRY = re.compile(
    r'<li class="council-entry[^"]*">\s*<p class="council-entry__when"><time datetime="([^"]+)">.*?'
    r'class="council-entry__title"><a href="([^"]+)">',
    re.S,
)


def feed_dates(client, url, start, end):
    """Start times of the feed's events in [start, end) by UID, expanded like a calendar app."""
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    calendar = Calendar.from_ical(response.content)
    found = {}
    for component in recurring_ical_events.of(calendar).between(start, end):
        found.setdefault(str(component["UID"]), []).append(component["DTSTART"].dt.astimezone(UTC))
    return {uid: sorted(dates) for uid, dates in found.items()}


def listed_dates(client, url):
    """Start times of the entries of the site's upcoming list, all pages, by entry link."""
    found = {}
    for number in range(1, 200):
        response = client.get(f"{url}{'&' if '?' in url else '?'}page={number}")
        assert response.status_code == 200
        body = response.content.decode()
        for when, link in ENTRY.findall(body):
            found.setdefault(link, []).append(datetime.fromisoformat(when).astimezone(UTC))
        if 'rel="next"' not in body:
            return {link: sorted(dates) for link, dates in found.items()}
    raise AssertionError("the list does not end")


def event_page_dates(client, item, language="de"):
    body = client.get(item.get_absolute_url() if language == "de" else f"/en/calendar/events/{item.pk}/").content
    section = body.decode().split("<h2>", 2)[1] if b"council-dates" in body else ""
    return [datetime.fromisoformat(d).astimezone(UTC) for d in re.findall(r'<time datetime="([^"]+T[^"]+)">', section)]


def utc(*args):
    return berlin(*args).astimezone(UTC)


@freeze_time(NOW)
@pytest.mark.parametrize("language", ["de", "en"])
def test_dtstart_is_the_first_date_of_the_rule_not_a_start_it_excludes(client, language):
    # Monday 23 November; the market is on Saturdays, four times.
    item = event(
        title="Samstagsmarkt",
        title_en="Saturday market",
        start=berlin(2026, 11, 23, 10),
        recurrence="FREQ=WEEKLY;BYDAY=SA;COUNT=4",
    )
    (vevent,) = Calendar.from_ical(client.get(f"/feeds/events/{item.pk}.ics?lang={language}").content).walk("VEVENT")
    assert vevent["DTSTART"].dt == berlin(2026, 11, 28, 10)
    assert vevent["DTEND"].dt == berlin(2026, 11, 28, 12)
    expected = [utc(2026, 11, 28, 10), utc(2026, 12, 5, 10), utc(2026, 12, 12, 10), utc(2026, 12, 19, 10)]
    now = timezone.now()
    (dates,) = feed_dates(client, f"/feeds/events/{item.pk}.ics?lang={language}", now, now + HORIZON).values()
    assert dates == expected
    assert event_page_dates(client, item, language) == expected
    page = client.get(f"/en/calendar/events/{item.pk}/").content.decode()
    assert '<time datetime="2026-11-28T10:00:00+01:00">' in page, "the event page's first date is a Saturday"


@freeze_time(NOW)
def test_exceptions_are_exdates_and_a_left_out_first_date_moves_dtstart_and_count(client):
    item = event(
        title="Adventsmarkt",
        title_en="Advent market",
        start=berlin(2026, 11, 28, 10),
        recurrence="FREQ=WEEKLY;BYDAY=SA;COUNT=5",
        exceptions="2026-11-28, 12.12.2026",
    )
    expected = [utc(2026, 12, 5, 10), utc(2026, 12, 19, 10), utc(2026, 12, 26, 10)]
    (vevent,) = Calendar.from_ical(client.get(f"/feeds/events/{item.pk}.ics").content).walk("VEVENT")
    assert vevent["DTSTART"].dt == berlin(2026, 12, 5, 10)
    assert vevent["RRULE"]["COUNT"] == [4], "the rule's five dates less the one before DTSTART"
    props = vevent["EXDATE"] if isinstance(vevent["EXDATE"], list) else [vevent["EXDATE"]]
    assert [d.dt for prop in props for d in prop.dts] == [berlin(2026, 12, 12, 10)], "left-out dates after DTSTART"
    assert [prop.params.get("TZID") for prop in props] == ["Europe/Berlin"]
    now = timezone.now()
    (dates,) = feed_dates(client, f"/feeds/events/{item.pk}.ics", now, now + HORIZON).values()
    assert dates == expected
    assert (
        listed_dates(client, "/en/calendar/?show=events&category=market")[f"/en/calendar/events/{item.pk}/"] == expected
    )
    assert event_page_dates(client, item) == expected
    page = client.get(f"/en/calendar/events/{item.pk}/").content.decode()
    assert '<time datetime="2026-12-12">' in page, "the page names the dates it leaves out"


RULES = [
    # (first day given, rule, exceptions)
    (berlin(2026, 11, 23, 16), "FREQ=MONTHLY;BYDAY=1WE", "2027-01-06"),
    (berlin(2026, 11, 23, 15), "FREQ=WEEKLY;BYDAY=FR;INTERVAL=2", ""),
    (berlin(2026, 11, 21, 14), "FREQ=MONTHLY;BYDAY=-1SA;COUNT=6", "2026-11-28"),
    (berlin(2026, 11, 22, 9), "FREQ=DAILY;COUNT=10", "2026-11-22, 2026-11-23, 2026-11-27"),
    (berlin(2026, 11, 24, 18), "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270301T000000Z", "2026-12-24, 2026-12-29"),
    (berlin(2026, 10, 20, 19), "FREQ=WEEKLY;BYDAY=SU", "2026-11-29"),  # began before today, across the clock change
]


@freeze_time(NOW)
@pytest.mark.parametrize("start,rule,exceptions", RULES)
def test_site_and_feed_agree_on_every_date(client, start, rule, exceptions):
    item = event(
        title="Serie", title_en="Series", start=start, recurrence=rule, exceptions=exceptions, category="sport"
    )
    now = timezone.now()
    (dates,) = feed_dates(client, f"/feeds/events/{item.pk}.ics", now, now + HORIZON).values()
    listed = listed_dates(client, "/de/kalender/?show=events&category=sport")[item.get_absolute_url()]
    assert dates == listed
    assert dates == item.occurrences(now, now + HORIZON)
    skipped = {d.isoformat() for d in item.exception_dates()}
    assert not {timezone.localtime(d).date().isoformat() for d in dates} & skipped


def test_exceptions_must_be_dates_of_the_event():
    item = Event(
        locale=german(),
        title="X",
        category="sport",
        start=berlin(2026, 11, 28, 10),
        recurrence="FREQ=WEEKLY;BYDAY=SA",
        exceptions="2026-12-01",
    )
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "exceptions" in error.value.message_dict
    item.exceptions = "Weihnachten"
    with pytest.raises(ValidationError):
        item.full_clean()
    with pytest.raises(ValidationError):
        item.save()
    item.exceptions, item.recurrence = "2026-11-28", "FREQ=WEEKLY;BYDAY=SA;COUNT=1"
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "recurrence" in error.value.message_dict, "a rule whose only date is left out has no date"
    item.exceptions, item.recurrence = "2026-11-28", ""
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "exceptions" in error.value.message_dict


def test_an_event_left_without_a_date_is_not_in_the_feed(client):
    """The admin refuses such a rule (above); an event saved without that check is left out of feeds."""
    item = Event(
        locale=german(),
        title="Nie",
        category="sport",
        start=berlin(2026, 11, 28, 10),
        recurrence="FREQ=WEEKLY;COUNT=1",
        exceptions="2026-11-28",
    )
    item.save()
    response = client.get(f"/feeds/events/{item.pk}.ics")
    assert response.status_code == 200
    assert not Calendar.from_ical(response.content).walk("VEVENT")


@pytest.mark.demo
def test_every_demo_event_is_in_the_feed_on_the_dates_the_site_lists(client):
    """The seeded demo (its rules start on days they exclude, several leave dates out)."""
    events = list(Event.objects.canonical())
    assert sum(1 for e in events if e.recurrence) >= 8 and any(e.exceptions for e in events)
    assert any(e.recurrence and e.first_occurrence() != e.start for e in events), "the demo tries the hard case"
    with freeze_time(timezone.now().replace(second=0, microsecond=0)):
        now = timezone.now()
        for language, prefix in (("de", "/de/kalender/"), ("en", "/en/calendar/")):
            feed = feed_dates(client, f"/feeds/events.ics?lang={language}", now, now + HORIZON)
            listed = listed_dates(client, f"{prefix}?show=events")
            by_uid = {f"event-{e.translation_key}@testserver": e for e in events}
            route = "veranstaltungen" if language == "de" else "events"
            for uid, item in by_uid.items():
                link = f"{prefix}{route}/{item.pk}/"
                assert feed.get(uid, []) == listed.get(link, []), f"{item.title} ({language})"
            assert set(feed) <= set(by_uid)
