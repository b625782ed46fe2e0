"""The council demo: enough data in both languages, and a second run changes nothing."""

import pytest
from django.utils import translation

from council.enums import MeetingState
from council.models import Committee, Event, Meeting
from demo.council import seed_council

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_demo_has_what_the_issue_asks_for():
    meetings = Meeting.objects.canonical()
    assert Committee.objects.canonical().count() >= 6
    assert meetings.count() >= 30
    assert meetings.past().count() >= 10 and meetings.upcoming().count() >= 10
    assert meetings.filter(state=MeetingState.CANCELLED).exists() and meetings.filter(state=MeetingState.MOVED).exists()
    assert meetings.exclude(livestream_url="").count() >= 3 and meetings.exclude(recording_url="").count() >= 3
    assert Event.objects.canonical().count() >= 15 and Event.objects.canonical().exclude(recurrence="").count() >= 5
    for item in [*meetings, *Event.objects.canonical(), *Committee.objects.canonical()]:
        assert item.get_translations().filter(locale__language_code="en").exists(), item
    with translation.override("en"):
        english = meetings.first().get_translations().get()
        assert all(a.title != b.title for a, b in zip(english.agenda(), meetings.first().agenda(), strict=True))


def test_second_run_changes_nothing():
    before = {m.pk: (m.sequence, m.start, m.title) for m in Meeting.objects.all()}
    events = {e.pk: e.sequence for e in Event.objects.all()}
    seed_council()
    assert {m.pk: (m.sequence, m.start, m.title) for m in Meeting.objects.all()} == before
    assert {e.pk: e.sequence for e in Event.objects.all()} == events
