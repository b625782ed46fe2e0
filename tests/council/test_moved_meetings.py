"""A moved meeting (state "moved" with a new date) is one meeting at its new date: one iCal event with
the same UID and a higher SEQUENCE, shown at the new date in the month view and the lists with the
old date pointing to it, and its page says from when to when it was moved. In both languages."""

import re
from datetime import timedelta

import pytest
from django.utils import formats, translation
from freezegun import freeze_time
from icalendar import Calendar

from council.enums import MeetingState
from tests.council.helpers import berlin, committee, meeting

pytestmark = pytest.mark.django_db
NOW = "2026-11-20 12:00:00"
OLD = berlin(2026, 12, 3, 17)
NEW = berlin(2026, 12, 10, 17)
PREFIX = {"de": "/de/kalender", "en": "/en/calendar"}


@pytest.fixture
def body():
    return committee("Verlegeausschuss", "Rescheduling committee", short="VA")


def move(item, to):
    item.state = MeetingState.MOVED
    item.moved_to = to
    item.save()
    return item


def vevents(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return list(Calendar.from_ical(response.content).walk("VEVENT"))


def day_cell(body, day):
    """The month view's cell of one day."""
    match = re.search(rf'<td id="day-{day}"[^>]*>(.*?)</td>', body, re.S)
    assert match, f"no cell for {day}"
    return match.group(1)


def local_format(value, language, name):
    with translation.override(language):
        return formats.date_format(value.astimezone(OLD.tzinfo), name)


@freeze_time(NOW)
@pytest.mark.parametrize("language", ["de", "en"])
def test_feed_has_one_event_at_the_new_date_with_the_same_uid_and_a_higher_sequence(client, body, language):
    item = meeting([body], start=OLD, end=OLD + timedelta(hours=2))
    feed = f"/feeds/committees/{body.pk}.ics?lang={language}"
    (before,) = vevents(client, feed)
    move(item, NEW)
    for url in (feed, f"/feeds/meetings.ics?lang={language}", f"/feeds/meetings/{item.pk}.ics?lang={language}"):
        mine = [v for v in vevents(client, url) if v["UID"] == before["UID"]]
        assert len(mine) == 1, f"{url}: one event, not a cancelled one plus a new one"
        (after,) = mine
        assert after["DTSTART"].dt == NEW and after["DTEND"].dt == NEW + timedelta(hours=2)
        assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
        assert str(after["STATUS"]) == "CONFIRMED"
        assert str(after["SUMMARY"]) == str(before["SUMMARY"])
        description = str(after["DESCRIPTION"])
        assert local_format(OLD, language, "DATETIME_FORMAT") in description
        assert ("Dezember" if language == "de" else "December") in description
    if language == "en":
        assert description.startswith("Moved from ")


@freeze_time(NOW)
def test_a_meeting_moved_from_long_ago_is_in_the_feed_at_its_new_date(client, body):
    """The feed window asks when a meeting is held: its old date lies before the window."""
    old = berlin(2026, 3, 5, 17)
    item = move(meeting([body], start=old), NEW)
    (found,) = vevents(client, f"/feeds/committees/{body.pk}.ics")
    assert found["DTSTART"].dt == NEW
    assert str(found["UID"]).startswith(f"meeting-{item.translation_key}@")


@freeze_time(NOW)
@pytest.mark.parametrize("language", ["de", "en"])
def test_month_view_shows_the_meeting_at_its_new_date_and_points_there_from_the_old_one(client, body, language):
    item = move(meeting([body], start=OLD), NEW)
    title = item.title if language == "de" else "Test committee: meeting no. 1"
    month = client.get(f"{PREFIX[language]}/2026/12/?committee={body.pk}").content.decode()
    new_cell, old_cell = day_cell(month, "2026-12-10"), day_cell(month, "2026-12-03")
    assert title in new_cell and "council-entry--moved-away" not in new_cell
    assert local_format(OLD, language, "DATE_FORMAT") in new_cell, "the new date says where it was moved from"
    assert title in old_cell and "council-entry--moved-away" in old_cell
    assert f'href="{PREFIX[language]}/2026/12/?committee={body.pk}#day-2026-12-10"' in old_cell
    assert local_format(NEW, language, "DATE_FORMAT") in old_cell


@freeze_time(NOW)
def test_pointer_to_another_month_leads_to_the_day_there(client, body):
    later = berlin(2027, 1, 14, 17)
    move(meeting([body], start=OLD), later)
    december = client.get("/en/calendar/2026/12/").content.decode()
    assert 'href="/en/calendar/2027/1/#day-2027-01-14"' in day_cell(december, "2026-12-03")
    january = client.get("/en/calendar/2027/1/").content.decode()
    assert "Test committee: meeting no. 1" in day_cell(january, "2027-01-14")


@freeze_time(NOW)
@pytest.mark.parametrize("language", ["de", "en"])
def test_upcoming_list_has_the_meeting_at_its_new_date_and_a_pointer_at_the_old_one(client, body, language):
    move(meeting([body], start=OLD), NEW)
    page = client.get(f"{PREFIX[language]}/?committee={body.pk}").content.decode()
    entries = re.findall(
        r'<li class="council-entry([^"]*)">\s*<p class="council-entry__when"><time datetime="([^"]+)"', page
    )
    assert [(classes.strip(), when) for classes, when in entries] == [
        ("council-entry--moved-away", "2026-12-03T17:00:00+01:00"),
        ("", "2026-12-10T17:00:00+01:00"),
    ]
    pointer, held = page.split('datetime="2026-12-10T17:00:00+01:00"', 1)
    assert local_format(NEW, language, "DATE_FORMAT") in pointer.rsplit("council-entry--moved-away", 1)[1]
    assert local_format(OLD, language, "DATE_FORMAT") in held.split("</li>", 1)[0]
    if language == "en":
        assert "Moved to " in pointer and "Moved from " in held


@freeze_time(NOW)
@pytest.mark.parametrize("language", ["de", "en"])
def test_meeting_page_says_from_when_to_when_it_was_moved(client, body, language):
    item = move(meeting([body], start=OLD), NEW)
    page = client.get(f"{PREFIX[language]}/{'sitzungen' if language == 'de' else 'meetings'}/{item.pk}/")
    body_text = page.content.decode()
    (note,) = re.findall(r'<p class="council-moved">(.*?)</p>', body_text, re.S)
    old_at, new_at = (
        note.index(local_format(OLD, language, "DATE_FORMAT")),
        note.index(local_format(NEW, language, "DATE_FORMAT")),
    )
    assert old_at < new_at
    if language == "en":
        assert note.startswith("It was moved from ")
    assert '<time datetime="2026-12-10T17:00:00+01:00">' in body_text, "'When' is the new date"


def test_moved_meeting_is_live_at_its_new_date_only(body):
    item = move(meeting([body], start=OLD, livestream_url="https://stream.example/live", translate_it=False), NEW)
    assert not item.is_live(OLD + timedelta(minutes=30))
    assert item.is_live(NEW + timedelta(minutes=30))
    from council.models import Meeting

    assert Meeting.objects.published().live(NEW + timedelta(minutes=30)).filter(pk=item.pk).exists()
    assert not Meeting.objects.published().live(OLD + timedelta(minutes=30)).filter(pk=item.pk).exists()


def test_a_meeting_moved_into_the_future_is_upcoming_not_past(body):
    item = move(meeting([body], start=berlin(2026, 11, 2, 17)), NEW)
    from council.models import Meeting

    now = berlin(2026, 11, 20, 12)
    assert Meeting.objects.upcoming(now).filter(pk=item.pk).exists()
    assert not Meeting.objects.past(now).filter(pk=item.pk).exists()
    assert not item.is_past(now)
