"""Translation freshness (translation_status/tracking.py): a German publish with changed texts marks
the English version out of date with the date and the number of changed strings; a publish that
changes no text does not; the English publish clears it. Pages and snippets alike."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time

from cms.models import StandardPage
from services.models import Office
from tests.factories.cms import StandardPageFactory
from tests.factories.translation import translate
from translation_status.enums import Status
from translation_status.models import TranslationState

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("town")]

STRINGS = {
    "Sperrmüll": "Bulky waste",
    "Sperrmüll wird zweimal im Jahr abgeholt.": "Bulky waste is collected twice a year.",
}


def state_of(obj, language="en"):
    return TranslationState.objects.get(translation_key=obj.translation_key, target_locale__language_code=language)


def german_page(town, **fields):
    fields.setdefault("title", "Sperrmüll")
    fields.setdefault("intro", "Sperrmüll wird zweimal im Jahr abgeholt.")
    return StandardPageFactory(parent=town.home, **fields)


def republish(page, **changes):
    page = StandardPage.objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_german_publish_with_changed_text_marks_english_out_of_date(town):
    page = german_page(town)
    with freeze_time("2026-03-02 10:00"):
        translate(page, STRINGS)
    state = state_of(page)
    assert state.status == Status.CURRENT
    assert state.translated_at == datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.UTC)

    with freeze_time("2026-03-10 09:00"):
        republish(page, intro="Sperrmüll wird viermal im Jahr abgeholt.")
    state = state_of(page)
    assert state.status == Status.OUTDATED
    assert state.changed_strings == 1
    assert state.removed_strings == 1  # the old sentence is gone from the German
    assert state.source_updated_at == datetime.datetime(2026, 3, 10, 9, tzinfo=datetime.UTC)
    assert state.stale_since == state.source_updated_at
    assert state.target_object_id == str(page.get_translation(state.target_locale).pk)

    # A second change: the date moves on, the count grows, "out of date since" stays.
    with freeze_time("2026-03-12 09:00"):
        republish(page, title="Sperrmüll und Elektroschrott")
    state = state_of(page)
    assert (state.status, state.changed_strings) == (Status.OUTDATED, 2)
    assert state.source_updated_at == datetime.datetime(2026, 3, 12, 9, tzinfo=datetime.UTC)
    assert state.stale_since == datetime.datetime(2026, 3, 10, 9, tzinfo=datetime.UTC)


def test_german_publish_without_text_changes_changes_nothing(town):
    page = german_page(town)
    translate(page, STRINGS)
    before = state_of(page)
    # Only a synchronised field (copied to English by core.facts), and a plain republish.
    republish(page, show_in_menus=not page.show_in_menus)
    republish(page)
    after = state_of(page)
    assert after.status == Status.CURRENT
    assert (after.source_updated_at, after.changed_strings) == (before.source_updated_at, 0)


def test_english_publish_clears_the_flag(town):
    page = german_page(town)
    translate(page, STRINGS)
    page = republish(page, intro="Sperrmüll wird viermal im Jahr abgeholt.")
    assert state_of(page).status == Status.OUTDATED

    with freeze_time("2026-04-01 08:00"):
        translate(page, {**STRINGS, "Sperrmüll wird viermal im Jahr abgeholt.": "Bulky waste is collected four times a year."})
    state = state_of(page)
    assert state.status == Status.CURRENT
    assert (state.changed_strings, state.removed_strings, state.stale_since) == (0, 0, None)
    assert state.translated_at == datetime.datetime(2026, 4, 1, 8, tzinfo=datetime.UTC)


def test_english_publish_without_the_changed_string_keeps_the_flag(town):
    """The English version republished from a translation source that lacks the new German text (a
    translator who has not synced) is still out of date."""
    page = german_page(town)
    translate(page, STRINGS)
    page = republish(page, intro="Sperrmüll wird viermal im Jahr abgeholt.")
    english = page.get_translation(state_of(page).target_locale).specific
    english.save_revision().publish()
    assert state_of(page).status == Status.OUTDATED


def test_never_translated(town):
    page = german_page(town, title="Wertstoffhof")
    state = state_of(page)
    assert state.status == Status.UNTRANSLATED
    assert state.target_object_id == ""
    translate(page, STRINGS)
    assert state_of(page).status == Status.CURRENT


def test_deleting_the_translation_makes_it_untranslated_and_the_source_removes_it(town):
    page = german_page(town)
    english = translate(page, STRINGS)
    english.delete()
    assert state_of(page).status == Status.UNTRANSLATED
    StandardPage.objects.get(pk=page.pk).delete()
    assert not TranslationState.objects.filter(translation_key=page.translation_key).exists()


def test_snippet_with_drafts(town):
    """Offices have drafts and the review workflow (docs/editorial.md): a saved draft changes
    nothing, the published change counts."""
    office = town.office
    assert state_of(office).status == Status.CURRENT
    office.accessibility = "Stufenloser Zugang über den Hof."
    office.save_revision()
    assert state_of(office).status == Status.CURRENT
    office.get_latest_revision().publish()
    state = state_of(office)
    assert (state.status, state.changed_strings) == (Status.OUTDATED, 1)
    assert state.kind == "snippet"

    # A fact (the phone number) is no text: nothing more changes.
    office = Office.objects.get(pk=office.pk)
    office.phone = "+49 1234 5678-999"
    office.save_revision().publish()
    assert state_of(office).changed_strings == 1

    translate(Office.objects.get(pk=office.pk), {"Stufenloser Zugang über den Hof.": "Step-free access through the yard."})
    assert state_of(office).status == Status.CURRENT


def test_update_command_builds_missing_states(town):
    page = german_page(town)
    translate(page, STRINGS)
    TranslationState.objects.all().delete()
    call_command("update_translation_status", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert state_of(page).status == Status.CURRENT
    assert state_of(town.office).status == Status.CURRENT
    assert state_of(town.service("wohnsitz")).status == Status.CURRENT
    assert state_of(page).source_updated_at <= timezone.now()
