"""The visitors' note on an English page whose German source changed (translation_status/notice.py),
through the whole stack with the full-page cache on."""

from datetime import UTC, datetime

import pytest
from django.core.cache import cache
from freezegun import freeze_time

from cms.models import StandardPage
from pagecache import store
from tests.factories.cms import StandardPageFactory
from tests.factories.translation import translate
from translation_status.enums import Status
from translation_status.models import TranslationState

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("town")]

STRINGS = {"Grünschnitt": "Green waste", "Grünschnitt nehmen wir im Frühjahr an.": "We take green waste in spring."}
NOTE = "The German version of this page was updated on"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGECACHE_ENABLED = True
    settings.TRANSLATION_STALE_NOTICE_DAYS = 14
    cache.clear()
    store.forget_process_state()
    yield
    cache.clear()
    store.forget_process_state()


def at(*args):
    return datetime(*args, tzinfo=UTC)


def make_page(town, translated_at):
    page = StandardPageFactory(parent=town.home, title="Grünschnitt", intro="Grünschnitt nehmen wir im Frühjahr an.")
    with freeze_time(translated_at):
        english = translate(page, STRINGS)
    return page, english


def change_german(page, when):
    with freeze_time(when):
        page = StandardPage.objects.get(pk=page.pk)
        page.intro = "Grünschnitt nehmen wir von März bis November an."
        page.save_revision().publish()
    return page


def test_note_appears_once_the_translation_has_waited_the_set_days(client, town):
    page, english = make_page(town, at(2026, 5, 1, 8))
    change_german(page, at(2026, 5, 3, 8))  # two days after the translation
    with freeze_time(at(2026, 5, 10, 8)) as clock:
        first = client.get(english.url)
        assert first.status_code == 200
        assert NOTE not in first.content.decode()
        # Cached until the note is due (17 May, 08:00) at the latest.
        assert first["X-Cache"] == "miss"
        assert int(first["X-Accel-Expires"]) <= 3600
        assert client.get(english.url)["X-Cache"] == "hit"

        clock.move_to(at(2026, 5, 17, 7, 59))
        assert NOTE not in client.get(english.url).content.decode()
        clock.move_to(at(2026, 5, 17, 8, 0, 1))
        shown = client.get(english.url)
        html = shown.content.decode()
        assert shown["X-Cache"] == "miss"
        assert f"{NOTE} 3 May 2026." in html
        assert f'<a href="{page.url}" hreflang="de">Read the German version</a>' in html
    # Never on the German page itself.
    assert NOTE not in client.get(page.url).content.decode()


def test_note_shows_at_once_when_the_german_is_much_newer(client, town):
    page, english = make_page(town, at(2026, 1, 5, 8))
    change_german(page, at(2026, 3, 1, 8))  # eight weeks after the translation
    with freeze_time(at(2026, 3, 1, 9)):
        html = client.get(english.url).content.decode()
    assert f"{NOTE} 1 March 2026." in html


def test_note_goes_when_the_english_is_published_and_the_cached_page_is_renewed(client, town):
    page, english = make_page(town, at(2026, 1, 5, 8))
    page = change_german(page, at(2026, 3, 1, 8))
    assert NOTE in client.get(english.url).content.decode()
    assert client.get(english.url)["X-Cache"] == "hit"

    translate(page, {**STRINGS, "Grünschnitt nehmen wir von März bis November an.": "We take green waste from March to November."})
    again = client.get(english.url)
    assert again["X-Cache"] == "miss"
    assert NOTE not in again.content.decode()


def test_a_change_of_the_state_alone_renews_the_cached_page(client, town):
    page, english = make_page(town, at(2026, 1, 5, 8))
    change_german(page, at(2026, 3, 1, 8))
    assert NOTE in client.get(english.url).content.decode()
    assert client.get(english.url)["X-Cache"] == "hit"
    state = TranslationState.objects.get(translation_key=page.translation_key)
    state.status = Status.CURRENT
    state.save()
    again = client.get(english.url)
    assert again["X-Cache"] == "miss"
    assert NOTE not in again.content.decode()


def test_no_note_on_a_current_translation(client, town):
    page, english = make_page(town, at(2026, 1, 5, 8))
    with freeze_time(at(2027, 1, 5, 8)):
        assert NOTE not in client.get(english.url).content.decode()


def test_the_days_are_a_setting(client, town, settings):
    settings.TRANSLATION_STALE_NOTICE_DAYS = 3
    page, english = make_page(town, at(2026, 5, 1, 8))
    change_german(page, at(2026, 5, 2, 8))
    with freeze_time(at(2026, 5, 5, 8, 1)):
        assert NOTE in client.get(english.url).content.decode()
