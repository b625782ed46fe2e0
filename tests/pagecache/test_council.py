"""The council calendar: meetings, events, committees and places purge the calendar's pages in both
languages (and the pages embedding them), nothing else; "live now" ends when the meeting does."""

from datetime import timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Page

from council.models import CouncilCalendarPage, Location
from tests.council.helpers import berlin, committee, event, meeting
from tests.factories.translation import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def calendar(town):
    page = town.home.add_child(instance=CouncilCalendarPage(title="Kalender", slug="kalender"))
    page.save_revision().publish()
    english = translate(page, {"Kalender": "Calendar"})
    return page, english


@pytest.fixture
def unrelated(town):
    return [town.service("hund").url, town.service("hund", "en").url]


def test_a_meeting_change_purges_the_calendar_in_both_languages_only(visitor, calendar, unrelated):
    german, english = calendar
    council = committee()
    item = meeting(committees=[council], start=timezone.now() + timedelta(days=3))
    detail = german.url + f"sitzungen/{item.pk}/"
    visitor.warm(german.url, english.url, detail, *unrelated)
    item.title = "Sondersitzung des Testausschusses"
    item.save()
    assert visitor.status(german.url) == "miss" and visitor.status(english.url) == "miss"
    assert "Sondersitzung" in visitor.get(detail).content.decode()
    assert [visitor.status(url) for url in unrelated] == ["hit", "hit"]


@pytest.mark.parametrize("kind", ["event", "committee", "location"])
def test_events_committees_and_places_purge_the_calendar(visitor, calendar, unrelated, kind):
    german, english = calendar
    if kind == "event":
        obj = event(start=timezone.now() + timedelta(days=2))
    elif kind == "committee":
        obj = committee(title="Bauausschuss", short="BA")
    else:
        obj = Location.objects.create(locale=german.locale, name="Ratssaal", street_address="Markt 1")
    visitor.warm(german.url, english.url, *unrelated)
    obj.save()
    assert visitor.status(german.url) == "miss" and visitor.status(english.url) == "miss"
    assert [visitor.status(url) for url in unrelated] == ["hit", "hit"]


def test_live_now_ends_with_the_meeting(visitor, calendar):
    german, _english = calendar
    # A day ahead of the real clock: the calendar page was published just now, and a frozen time
    # before that would make every answer look older than the page (not stored).
    day = (timezone.localdate() + timedelta(days=2)).timetuple()[:3]
    with freeze_time(berlin(*day, 17, 30)) as clock:
        meeting(start=berlin(*day, 17), end=berlin(*day, 19), livestream_url="https://stream.example.org/rat")
        page = visitor.get(german.url)
        assert "stream.example.org" in page.content.decode()
        assert int(page["X-Accel-Expires"]) <= 90 * 60
        clock.move_to(berlin(*day, 19, 0, 1))
        assert visitor.status(german.url) == "miss"


def test_the_calendar_is_a_page_like_others(calendar):
    assert Page.objects.filter(slug="kalender").count() == 2
