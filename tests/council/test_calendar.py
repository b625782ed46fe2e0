"""The calendar pages: list, month, archive, meeting and event pages, in both languages, live state."""

from datetime import timedelta

import pytest
from freezegun import freeze_time

from council.enums import MeetingState
from tests.council.helpers import berlin, committee, event, meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def building():
    return committee("Bauausschuss Test", "Building committee test")


def test_demo_calendar_renders_in_both_languages(client):
    from council.models import Meeting

    assert Meeting.objects.canonical().count() >= 30
    for url in (
        "/de/kalender/",
        "/en/calendar/",
        "/de/kalender/archiv/",
        "/en/calendar/subscribe/",
        "/de/kalender/gremien/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
    assert "Past meetings" in client.get("/en/calendar/archive/").content.decode()


def test_meeting_has_a_stable_url_in_each_language_and_the_switcher_links_them(client, building):
    item = meeting([building], agenda=[("Eröffnung", "Opening")])
    german = client.get(f"/de/kalender/sitzungen/{item.pk}/")
    english = client.get(f"/en/calendar/meetings/{item.pk}/")
    assert german.status_code == english.status_code == 200
    assert "1. Sitzung des Testausschusses" in german.content.decode()
    body = english.content.decode()
    assert "Test committee: meeting no. 1" in body and "Opening" in body and "Building committee test" in body
    assert f'href="/de/kalender/sitzungen/{item.pk}/"' in body
    # The English row's own id leads to the canonical address.
    english_row = item.get_translations().get()
    response = client.get(f"/en/calendar/meetings/{english_row.pk}/")
    assert response.status_code == 301 and response["Location"] == f"/en/calendar/meetings/{item.pk}/"


# "Live now" lists every meeting under way, so these tests meet at a time no other test's data
# (such as the demo's meetings, seeded around today in the same database) can be under way.
LIVE_START = berlin(2031, 6, 4, 3)


def test_live_now_on_meeting_calendar_and_home_include(client, building):
    from django.template import Context, Template
    from django.test import RequestFactory
    from django.utils import translation

    start = LIVE_START
    item = meeting(
        [building], start=start, end=start + timedelta(hours=2), livestream_url="https://stream.example/live"
    )
    with freeze_time(start - timedelta(minutes=5)):
        assert "Live now" not in client.get(f"/en/calendar/meetings/{item.pk}/").content.decode()
    with freeze_time(start + timedelta(minutes=30)):
        page = client.get(f"/en/calendar/meetings/{item.pk}/").content.decode()
        assert "Live now" in page and "https://stream.example/live" in page
        assert "Live now" in client.get("/en/calendar/").content.decode()
        with translation.override("en"):
            html = Template('{% include "council/includes/live_now.html" %}').render(
                Context({"request": RequestFactory().get("/en/")})
            )
        assert "Test committee: meeting no. 1" in html
    with freeze_time(start + timedelta(hours=2, minutes=1)):
        assert "Live now" not in client.get(f"/en/calendar/meetings/{item.pk}/").content.decode()


def test_live_now_follows_a_changed_meeting_at_once(client, building):
    """Every page's "Live now" is kept in each process (council.models.schedule.live_meetings)
    until a meeting changes or the next boundary: a stream link added during the meeting shows on
    the next page, and so does a new title."""
    start = LIVE_START
    item = meeting([building], start=start, end=start + timedelta(hours=2))
    with freeze_time(start + timedelta(minutes=30)):
        for _ in range(2):
            assert "council-live-title" not in client.get("/en/").content.decode()
        item.livestream_url = "https://stream.example/now"
        item.save()
        home = client.get("/en/").content.decode()
        assert "council-live-title" in home and "https://stream.example/now" in home
        item.livestream_url = ""
        item.save()
        assert "council-live-title" not in client.get("/en/").content.decode()


def test_cancelled_and_moved_meetings_say_so(client, building):
    cancelled = meeting(
        [building],
        title="Abgesagte Sitzung",
        title_en="Cancelled meeting",
        state=MeetingState.CANCELLED,
        note="Keine Themen",
    )
    moved = meeting(
        [building],
        title="Verschobene Sitzung",
        title_en="Moved meeting",
        state=MeetingState.MOVED,
        moved_to=berlin(2026, 12, 10, 17),
    )
    assert "This meeting has been cancelled." in client.get(f"/en/calendar/meetings/{cancelled.pk}/").content.decode()
    body = client.get(f"/en/calendar/meetings/{moved.pk}/").content.decode()
    assert "This meeting has been moved." in body and "to Thursday, 10 December 2026, 17:00." in body


@freeze_time("2026-10-20 10:00:00")
def test_month_view_across_daylight_saving_and_filters(client, building):
    other = committee("Kulturausschuss Test", "Culture committee test")
    meeting([building], title="Bau am Donnerstag", title_en="Building on Thursday", start=berlin(2026, 10, 29, 19))
    meeting([other], title="Kultur am Montag", title_en="Culture on Monday", start=berlin(2026, 10, 26, 18))
    event(
        title="Chor",
        title_en="Choir",
        start=berlin(2026, 10, 22, 19),
        recurrence="FREQ=WEEKLY;BYDAY=TH;COUNT=3",
        category="culture",
    )
    body = client.get("/en/calendar/2026/10/").content.decode()
    assert "Building on Thursday" in body and "Culture on Monday" in body
    assert body.count(">19:00</span> Choir") == 2  # 22 and 29 October, both at 19:00 local time
    filtered = client.get(f"/en/calendar/2026/10/?committee={building.pk}").content.decode()
    assert "Building on Thursday" in filtered and "Culture on Monday" not in filtered and "Choir" not in filtered
    only_events = client.get("/en/calendar/2026/10/?show=events").content.decode()
    assert "Choir" in only_events and "Building on Thursday" not in only_events


@pytest.mark.parametrize(
    "url",
    [
        "/de/kalender/2026/13/",
        "/de/kalender/2026/0/",
        "/en/calendar/1800/1/",
        "/en/calendar/archive/?year=abc",
        "/en/calendar/archive/?year=3000",
    ],
)
def test_invalid_dates_in_calendar_urls_are_not_found(client, url):
    assert client.get(url).status_code == 404


def test_unknown_filter_values_are_ignored(client):
    response = client.get("/en/calendar/?committee=999999&committee=abc&kind=nope&category=nope&page=x")
    assert response.status_code == 200


def test_unknown_meeting_is_not_found(client):
    assert client.get("/de/kalender/sitzungen/999999/").status_code == 404


@freeze_time("2026-11-02 08:00:00")
def test_event_page_lists_next_dates(client):
    item = event(recurrence="FREQ=WEEKLY;BYDAY=SA;COUNT=4", start=berlin(2026, 11, 7, 8))
    body = client.get(f"/en/calendar/events/{item.pk}/").content.decode()
    assert "Flea market" in body and body.count("<time") >= 5


def test_calendar_list_query_count_is_bounded(client, django_assert_max_num_queries):
    client.get("/de/kalender/")
    with django_assert_max_num_queries(40):
        client.get("/en/calendar/")


def test_archive_by_year(client, building):
    meeting([building], title="Alte Sitzung", title_en="Old meeting", start=berlin(2025, 3, 3, 17))
    body = client.get("/en/calendar/archive/?year=2025").content.decode()
    assert "Old meeting" in body


def test_subscribe_page_builds_personal_feed_address(client, building):
    body = client.get(f"/en/calendar/subscribe/?committee={building.pk}&category=culture&submitted=1").content.decode()
    assert f"/feeds/calendar.ics?committee={building.pk}&amp;category=culture&amp;lang=en" in body
    assert "webcal://" in body


def test_pagination_keeps_the_filter(client):
    body = client.get("/en/calendar/?show=events").content.decode()
    assert 'href="?show=events&amp;page=2"' in body
    assert "Wochenmarkt" not in client.get("/de/kalender/?show=meetings&page=2").content.decode()
