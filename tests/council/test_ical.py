"""iCal feeds parsed back with icalendar and checked field by field."""

from datetime import timedelta

import pytest
from freezegun import freeze_time
from icalendar import Calendar

from council.enums import MeetingState
from tests.council.helpers import BERLIN, berlin, committee, event, meeting

pytestmark = pytest.mark.django_db
NOW = "2026-11-20 12:00:00"


def parse(response):
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events_of(calendar):
    return [c for c in calendar.walk("VEVENT")]


@pytest.fixture
def building():
    return committee("Bauausschuss Test", "Building committee test")


@freeze_time(NOW)
def test_meeting_download_field_by_field(client, building):
    item = meeting(
        [building],
        start=berlin(2026, 12, 3, 17),
        end=berlin(2026, 12, 3, 19),
        livestream_url="https://stream.example/live/bau",
    )
    calendar = parse(client.get(f"/feeds/meetings/{item.pk}.ics?lang=en"))
    assert calendar["VERSION"] == "2.0"
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Berlin"]
    (vevent,) = events_of(calendar)
    assert str(vevent["UID"]) == f"meeting-{item.translation_key}@testserver"
    assert str(vevent["SUMMARY"]) == "Test committee: meeting no. 1"
    assert vevent["DTSTART"].dt == berlin(2026, 12, 3, 17)
    assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert vevent["DTEND"].dt == berlin(2026, 12, 3, 19)
    assert int(vevent["SEQUENCE"]) == 0
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert "https://stream.example/live/bau" in str(vevent["DESCRIPTION"])
    assert str(vevent["URL"]) == f"http://testserver/en/calendar/meetings/{item.pk}/"
    assert "Building committee test" in [str(c) for c in vevent["CATEGORIES"].cats]


@freeze_time(NOW)
def test_uid_stays_and_sequence_rises_when_a_meeting_changes(client, building):
    item = meeting([building])
    first = events_of(parse(client.get(f"/feeds/committees/{building.pk}.ics")))[0]
    item.start += timedelta(days=1)
    item.save()
    item.state = MeetingState.CANCELLED
    item.save()
    second = events_of(parse(client.get(f"/feeds/committees/{building.pk}.ics")))[0]
    assert second["UID"] == first["UID"]
    assert int(second["SEQUENCE"]) == int(first["SEQUENCE"]) + 2
    assert str(second["STATUS"]) == "CANCELLED"


@freeze_time(NOW)
def test_committee_feed_holds_exactly_its_meetings(client, building):
    other = committee("Kulturausschuss Test", "Culture committee test")
    mine = [
        meeting([building], title=f"Bau {n}", title_en=f"Building {n}", start=berlin(2026, 12, n, 17)) for n in (1, 8)
    ]
    meeting([other], title="Kultur", title_en="Culture", start=berlin(2026, 12, 2, 17))
    meeting([building, other], title="Gemeinsam", title_en="Joint", start=berlin(2026, 12, 9, 17))
    calendar = parse(client.get(f"/feeds/committees/{building.pk}.ics"))
    uids = {str(e["UID"]).split("@")[0] for e in events_of(calendar)}
    from council.models import Meeting

    joint = Meeting.objects.canonical().get(title="Gemeinsam")
    assert uids == {f"meeting-{m.translation_key}" for m in [*mine, joint]}
    assert str(calendar["X-WR-CALNAME"]) == "Bauausschuss Test"


@freeze_time(NOW)
def test_personal_feed_holds_chosen_committees_and_categories(client, building):
    other = committee("Kulturausschuss Test", "Culture committee test")
    wanted_meeting = meeting([building], title="Bau", title_en="Building")
    meeting([other], title="Kultur", title_en="Culture")
    market = event(
        title="Markt Test", title_en="Market test", category="market", recurrence="FREQ=WEEKLY;BYDAY=SA;COUNT=4"
    )
    event(title="Konzert Test", title_en="Concert test", category="culture")
    calendar = parse(client.get(f"/feeds/calendar.ics?committee={building.pk}&category=market&lang=en"))
    found = {str(e["UID"]).split("@")[0] for e in events_of(calendar)}
    assert {uid for uid in found if uid.startswith("meeting-")} == {f"meeting-{wanted_meeting.translation_key}"}
    assert f"event-{market.translation_key}" in found
    from council.models import Event

    markets = {
        f"event-{key}"
        for key in Event.objects.canonical().filter(category="market").values_list("translation_key", flat=True)
    }
    assert {uid for uid in found if uid.startswith("event-")} <= markets, "only market events (the demo has some too)"
    (vmarket,) = [e for e in events_of(calendar) if str(e["UID"]).startswith(f"event-{market.translation_key}")]
    assert vmarket["RRULE"]["FREQ"] == ["WEEKLY"] and vmarket["RRULE"]["COUNT"] == [4]
    assert str(vmarket["SUMMARY"]) == "Market test"


@pytest.mark.parametrize(
    "query,status",
    [
        ("", 400),
        ("?committee=abc", 400),
        ("?committee=99999999", 404),
        ("?category=nonsense", 404),
        ("?" + "&".join(["committee=1"] * 60), 400),
    ],
)
def test_bad_personal_feed_addresses_get_a_clear_error(client, query, status):
    response = client.get(f"/feeds/calendar.ics{query}")
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/plain")


def test_unknown_category_and_committee_feeds(client):
    assert client.get("/feeds/categories/nope.ics").status_code == 404
    assert client.get("/feeds/committees/99999999.ics").status_code == 404


@freeze_time("2026-10-20 12:00:00")
def test_feed_across_daylight_saving_change(client):
    item = event(
        title="Chor",
        title_en="Choir",
        category="culture",
        start=berlin(2026, 10, 22, 19),
        recurrence="FREQ=WEEKLY;BYDAY=TH;COUNT=3",
    )
    (vevent,) = events_of(parse(client.get(f"/feeds/events/{item.pk}.ics")))
    assert vevent["DTSTART"].dt == berlin(2026, 10, 22, 19)
    # A calendar app expands the rule in Europe/Berlin, so the second date stays at 19:00 local time.
    from dateutil.rrule import rrulestr

    rule = rrulestr(vevent["RRULE"].to_ical().decode(), dtstart=vevent["DTSTART"].dt)
    assert [d.astimezone(BERLIN).hour for d in rule] == [19, 19, 19]
    calendar = parse(client.get("/feeds/categories/culture.ics"))
    assert calendar.walk("VTIMEZONE")[0].walk("STANDARD") and calendar.walk("VTIMEZONE")[0].walk("DAYLIGHT")


def test_demo_feeds_parse(client):
    for url in ("/feeds/meetings.ics", "/feeds/events.ics", "/feeds/meetings.ics?lang=en"):
        calendar = parse(client.get(url))
        assert len(events_of(calendar)) >= 10
