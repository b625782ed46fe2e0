"""Meetings, events and recurrence: daylight saving, SEQUENCE, translations kept in step."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError

from council.enums import MeetingState
from council.models import Event, Meeting, validate_rrule
from tests.council.helpers import berlin, committee, event, german, meeting

pytestmark = pytest.mark.django_db


def test_weekly_event_keeps_its_local_time_across_the_daylight_saving_change():
    # Summer time ends on Sunday 25 October 2026: 19:00 is 17:00 UTC before and 18:00 UTC after.
    item = Event(
        locale=german(),
        title="Chorprobe",
        category="culture",
        start=berlin(2026, 10, 15, 19),
        recurrence="FREQ=WEEKLY;BYDAY=TH",
    )
    item.save()
    dates = item.occurrences(berlin(2026, 10, 19), berlin(2026, 11, 2))
    assert [d.astimezone(UTC).hour for d in dates] == [17, 18]
    assert [d.astimezone(berlin(2026, 1, 1).tzinfo).hour for d in dates] == [19, 19]
    assert [d.day for d in dates] == [22, 29]


def test_meeting_in_the_night_of_the_change_lasts_its_real_duration():
    start = berlin(2026, 10, 24, 23)
    item = meeting(start=start, end=start.astimezone(UTC) + timedelta(hours=4), translate_it=False)
    assert (item.end - item.start) == timedelta(hours=4)
    assert item.end.astimezone(berlin(2026, 1, 1).tzinfo).hour == 2  # 03:00 summer time became 02:00


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=HOURLY",
        "DTSTART:20260101T000000\nRRULE:FREQ=DAILY",
        "BYDAY=MO",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=WEEKLY;COUNT=abc",
    ],
)
def test_bad_recurrence_rules_are_refused_before_saving(rule):
    with pytest.raises(ValidationError):
        validate_rrule(rule)
    item = Event(locale=german(), title="X", category="culture", start=berlin(2026, 1, 1, 10), recurrence=rule)
    with pytest.raises(ValidationError):
        item.save()
    assert not Event.objects.filter(title="X").exists()


def test_sequence_rises_only_when_something_a_calendar_shows_changes():
    item = meeting(translate_it=True)
    english = item.get_translations().get()
    assert item.sequence == 0
    item.save()
    assert Meeting.objects.get(pk=item.pk).sequence == 0
    item.start += timedelta(hours=1)
    item.save()
    item.refresh_from_db()
    english.refresh_from_db()
    assert item.sequence == 1
    assert english.sequence == 1 and english.start == item.start, "the translation follows the German row"
    assert english.title == "Test committee: meeting no. 1", "and keeps its own text"


def test_moved_meeting_needs_its_new_date():
    item = Meeting(locale=german(), title="X", start=berlin(2026, 12, 1, 17), state=MeetingState.MOVED)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "moved_to" in error.value.message_dict


def test_end_before_start_is_refused():
    item = Meeting(locale=german(), title="X", start=berlin(2026, 12, 1, 17), end=berlin(2026, 12, 1, 16))
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "end" in error.value.message_dict


def test_live_only_while_running_with_a_stream_and_not_cancelled():
    item = meeting(
        start=berlin(2026, 12, 1, 17),
        end=berlin(2026, 12, 1, 19),
        livestream_url="https://stream.example/live",
        translate_it=False,
    )
    assert not item.is_live(berlin(2026, 12, 1, 16, 59))
    assert item.is_live(berlin(2026, 12, 1, 17))
    assert item.is_live(berlin(2026, 12, 1, 19))
    assert not item.is_live(berlin(2026, 12, 1, 19, 1))
    item.state = MeetingState.CANCELLED
    assert not item.is_live(berlin(2026, 12, 1, 18))


def test_english_agenda_follows_the_german_order_with_english_titles():
    body = committee()
    item = meeting([body], agenda=[("Eröffnung", "Opening"), ("Haushalt", "Budget")])
    english = item.get_translations().get()
    from django.utils import translation

    with translation.override("en"):
        assert [a.title for a in english.agenda()] == ["Opening", "Budget"]
        assert [c.title for c in english.committee_list()] == ["Test committee"]


def test_recurring_event_occurrences_are_bounded():
    item = event(recurrence="FREQ=DAILY", start=berlin(2026, 1, 1, 10))
    dates = item.occurrences(berlin(2026, 1, 1), datetime(2100, 1, 1, tzinfo=UTC))
    assert len(dates) == 500


def place(name="Rathaus Teststadt", room="Ratssaal", name_en="Test town hall", room_en="Council chamber", **fields):
    """A German meeting place, translated into English unless `name_en` is None."""
    from council.models import Location
    from demo.translate import Strings, translate

    item = Location.objects.create(locale=german(), name=name, room=room, street_address="Markt 1", **fields)
    if name_en is not None:
        strings = Strings()
        strings.add(name, name_en)
        strings.add(room, room_en)
        translate(item, strings)
    return item


@pytest.mark.parametrize(
    "url,shown",
    [
        ("/de/kalender/sitzungen/{pk}/", "Ratssaal, Rathaus Teststadt"),
        ("/en/calendar/meetings/{pk}/", "Council chamber, Test town hall"),
        ("/en/calendar/?committee={committee}", "Council chamber, Test town hall"),
        ("/de/kalender/?committee={committee}", "Ratssaal, Rathaus Teststadt"),
    ],
)
def test_meeting_place_is_shown_in_the_visitors_language(client, url, shown):
    body = committee()
    item = meeting([body], location=place(), start=berlin(2026, 12, 3, 17))
    from freezegun import freeze_time

    with freeze_time("2026-11-20 12:00:00"):
        page = client.get(url.format(pk=item.pk, committee=body.pk)).content.decode()
    assert shown in page


def test_an_untranslated_place_shows_its_german_name_in_english(client):
    item = meeting(location=place(name="Bürgerhaus Süd", room="Saal 3", name_en=None))
    page = client.get(f"/en/calendar/meetings/{item.pk}/").content.decode()
    assert "Saal 3, Bürgerhaus Süd" in page


def test_english_feed_names_the_english_place(client):
    from icalendar import Calendar

    item = meeting(location=place())
    english = Calendar.from_ical(client.get(f"/feeds/meetings/{item.pk}.ics?lang=en").content).walk("VEVENT")[0]
    german_feed = Calendar.from_ical(client.get(f"/feeds/meetings/{item.pk}.ics").content).walk("VEVENT")[0]
    assert str(english["LOCATION"]).startswith("Council chamber, Test town hall, Markt 1")
    assert str(german_feed["LOCATION"]).startswith("Ratssaal, Rathaus Teststadt, Markt 1")


def test_place_address_is_synchronised_and_only_the_german_place_carries_the_oparl_id():
    from council.models import Location

    german_place = place(oparl_id="https://ris.example/oparl/location/9")
    english = german_place.get_translations().get()
    assert (english.name, english.room) == ("Test town hall", "Council chamber")
    assert english.oparl_id == "", "the importer finds the German place by its OParl ID"
    german_place.street_address = "Rathausplatz 2"
    german_place.postal_code = "12345"
    german_place.save()
    english.refresh_from_db()
    assert (english.street_address, english.postal_code) == ("Rathausplatz 2", "12345")
    assert english.name == "Test town hall", "the translated name stays"
    assert Location.objects.canonical().filter(pk=german_place.pk).exists()
    assert not Location.objects.canonical().filter(pk=english.pk).exists()


def test_a_place_saved_without_a_locale_is_german():
    from council.models import Location

    item = Location(name="Schule", street_address="Schulweg 1")  # as the OParl importer makes one
    item.save()
    assert item.locale == german() and item.translation_key


def test_the_data_migration_keeps_places_and_the_meetings_that_meet_there():
    """0005 makes every existing place a German place with a key of its own."""
    from importlib import import_module

    from django.apps import apps

    from council.models import Location

    migration = import_module("council.migrations.0005_translatable_places_event_exceptions")
    first, second = place(name="Ort A", name_en=None), place(name="Ort B", name_en=None)
    item = meeting(location=first, translate_it=False)
    migration.places_become_german(apps, None)
    rows = Location.objects.filter(pk__in=[first.pk, second.pk])
    assert {row.locale_id for row in rows} == {german().pk}
    assert len({row.translation_key for row in rows}) == 2
    item.refresh_from_db()
    assert item.location_id == first.pk
