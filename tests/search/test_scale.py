"""Issue 12, item 4: search at scale. One candidate query per language on the database backends
(the same candidates as Wagtail's own per-source search), hits in the other language with their
translations in a bounded number of queries, and a vocabulary that learns a saved page's words
incrementally (seen by a process that built its vocabulary before), on SQLite and PostgreSQL."""

import pytest
from django.db import connection
from wagtail.models import Locale

from search import engine, registry, vocabulary
from search.engine import search
from search.models import Synonym
from tests.factories import make_service
from tests.factories.translation import translate
from tests.queries import capture_queries

pytestmark = pytest.mark.django_db


def queries(function, *args):
    with capture_queries() as captured:
        result = function(*args)
    return result, len(captured.captured_queries)


@pytest.mark.parametrize(
    "query, language",
    [("Personalausweis beantragen", "de"), ("Sperrmuell", "de"), ("moving house", "en"), ("Hund", "de")],
)
def test_one_candidate_query_finds_what_wagtails_search_finds_per_source(query, language):
    locale = Locale.objects.get(language_code=language)
    expanded = engine.expand(query, language)
    terms = engine.backend_terms(expanded, language)
    backend = engine.backend_for(language)
    assert hasattr(backend, "candidates")
    found, count = queries(backend.candidates, terms, [s.model for s in registry.sources()], language, 1000)
    assert count == 1
    for source in registry.sources():
        stock = {str(o.pk) for o in engine._run_backend(source, locale, terms)}
        ours = {str(o.pk) for _s, objects in engine.retrieve([source], locale, terms) for o in objects}
        assert ours == stock, source.key
    assert found


def test_the_candidates_keep_wagtails_order_within_a_type():
    locale = Locale.objects.get(language_code="de")
    terms = engine.backend_terms(engine.expand("Ausweis beantragen", "de"), "de")
    source = next(s for s in registry.sources() if s.key == "service")
    stock = [o.pk for o in engine._run_backend(source, locale, terms)]
    ours = [o.pk for _s, objects in engine.retrieve([source], locale, terms) for o in objects]
    assert ours == stock


def test_hits_in_the_other_language_cost_the_same_queries_however_many_they_are():
    """'passport' on the German site finds English pages; their German versions are looked up
    in one query per source, not three per hit."""
    def passport_service(number):
        german = make_service(f"Reisedokument {number} beantragen", teaser="Ein Dokument für Reisen.")
        translate(german, {german.title: f"Passport document {number}", "Ein Dokument für Reisen.": "A passport."})

    passport_service(0)  # one service among the hits in English, so every source is asked once
    search("passport", "de")  # the vocabularies are built
    few, few_queries = queries(search, "passport", "de")
    assert any(h.other_language for h in few.hits)
    for number in range(1, 7):
        passport_service(number)
    # The first search after a save renews the per-process caches that the save invalidated (the
    # private sections of core/sitecache.py: one query); it is not a cost per hit.
    search("passport", "de")
    many, many_queries = queries(search, "passport", "de")
    crossed = [h for h in many.hits if h.other_language]
    assert len(crossed) >= len([h for h in few.hits if h.other_language]) + 6
    assert all(h.translation is not None and h.translation.locale.language_code == "de" for h in crossed[:6])
    assert many_queries == few_queries


def test_the_engine_needs_few_queries_for_a_results_page():
    search("Sperrmüll", "de")
    _outcome, count = queries(search, "Sperrmüll", "de")
    # Locales, one candidate query, the rows of the sources found (with Wagtail's check for
    # private pages), best bets, the Lebenslage facet.
    assert count <= 12


def test_a_published_page_joins_the_vocabulary_without_a_rebuild(monkeypatch):
    before = vocabulary.get_vocabulary("de")
    assert "zaunkoenigzaehlung" not in before.surfaces

    def no_rebuild(language):
        raise AssertionError("the vocabulary was rebuilt")

    monkeypatch.setattr(vocabulary, "build", no_rebuild)
    make_service("Zaunkönigzählung anmelden", teaser="Die Zaunkönigzählung im Stadtwald.")
    after = vocabulary.get_vocabulary("de")
    # A new vocabulary replaces the old one, which requests may still be reading: it is unchanged.
    assert after is not before and "zaunkoenigzaehlung" not in before.surfaces
    assert "zaunkoenigzaehlung" in after.surfaces
    assert "zaunkoenigzaehlung" in after.words and "zaunkoenigzaehlung" in after.long_words
    # Compound parts and typos work on the words added incrementally.
    assert "zaunkoenigzaehlung" in after.compounds("zaehlung")
    assert "zaunkoenigzaehlung" in after.fuzzy("zaunkoenigzaelung")
    assert [h.obj.title for h in search("Zaunkoenigzaelung", "de").hits][:1] == ["Zaunkönigzählung anmelden"]


def test_another_process_applies_the_change_it_has_not_seen(monkeypatch):
    """A process holds its vocabulary at an older change number; it reads only the changes since."""
    mine = vocabulary.get_vocabulary("de")
    state = vocabulary._memo["de"]
    # Another process: its own vocabulary, built at the current generation.
    other = vocabulary.build("de")
    other_state = vocabulary._State(state.epoch, state.number, other, state.built)
    make_service("Eisvogelkartierung melden", teaser="Kartierung am Fluss.")
    monkeypatch.setitem(vocabulary._memo, "de", other_state)
    monkeypatch.setattr(vocabulary, "build", lambda language: pytest.fail("rebuilt"))
    seen = vocabulary.get_vocabulary("de")
    assert "eisvogelkartierung" in seen.surfaces and "eisvogelkartierung" not in other.surfaces
    assert vocabulary._memo["de"].vocabulary is seen
    assert mine is not other


def test_a_missing_change_means_a_full_build(monkeypatch):
    vocabulary.get_vocabulary("de")
    state = vocabulary._memo["de"]
    vocabulary.record_change("de", ["Uhuzaehlung"])
    from django.core.cache import cache

    cache.delete(vocabulary.CHANGE_KEY.format(epoch=state.epoch, number=state.number + 1))
    rebuilt = vocabulary.get_vocabulary("de")
    assert rebuilt is not state.vocabulary


def test_a_changed_synonym_reloads_only_the_synonyms(monkeypatch):
    before = vocabulary.get_vocabulary("de")
    monkeypatch.setattr(vocabulary, "build", lambda language: pytest.fail("rebuilt"))
    Synonym.objects.create(language="de", terms="Kiebitz, Wiesenvogel")
    after = vocabulary.get_vocabulary("de")
    assert not any(("kiebitz",) in group for group in before.synonyms)
    assert any(("kiebitz",) in group for group in after.synonyms)
    assert "wiesenvogel" in after.surfaces


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL text search")
def test_postgres_candidates_use_the_languages_configuration():
    """'Ausweise' is stemmed by the german configuration to the stem of 'Ausweis'."""
    backend = engine.backend_for("de")
    source = next(s for s in registry.sources() if s.key == "service")
    found = backend.candidates(["Ausweise"], [source.model], "de", 50)
    titles = set(source.model.objects.filter(pk__in=found.get(source.model, [])).values_list("title", flat=True))
    assert any("Ausweis" in t for t in titles)


def test_readers_keep_a_whole_vocabulary_while_another_thread_applies_changes():
    """Changes are applied to a copy that replaces the state: threads searching meanwhile never see
    a list or set change under them."""
    import threading

    vocabulary.get_vocabulary("de")
    errors, done = [], threading.Event()

    def read():
        try:
            while not done.is_set():
                current = vocabulary.get_vocabulary("de")
                current.compounds("zaehlung")
                current.inflected("zaehlungen")
                current.fuzzy("vogelzaelung")
                current.parts("vogelzaehlungmeldung")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            from django.db import connections

            connections.close_all()  # a thread's own database connection, if a lookup opened one

    readers = [threading.Thread(target=read) for _ in range(3)]
    for reader in readers:
        reader.start()
    try:
        for number in range(150):
            vocabulary.record_change("de", [f"Vogelzählung{number} Zählungsmeldung{number} gezählt{number}"])
            vocabulary.get_vocabulary("de")
    finally:
        done.set()
        for reader in readers:
            reader.join()
    assert not errors
    assert "vogelzaehlung149" in vocabulary.get_vocabulary("de").surfaces


def test_a_change_in_one_process_is_found_by_search_in_another(settings, monkeypatch):
    """Two real processes on one Redis: the other process records the words of a page it published
    (as its publish signal does); this one, whose vocabulary was built before, applies the change
    without a rebuild, and its search finds the page through a typo of the new word."""
    import os
    import subprocess
    import sys
    import uuid

    from search import tasks
    from tests.deploy.stack import delete_prefixed, redis_url

    url = redis_url()
    prefix = f"stadtportal-test-search-{uuid.uuid4().hex[:12]}"
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url, "KEY_PREFIX": prefix}
    }
    # The vocabulary's own handle on the shared cache, made here, so nothing an earlier test did to
    # the default cache's proxy in this process can stand between the two processes.
    from django.core.cache.backends.redis import RedisCache

    monkeypatch.setattr(vocabulary, "cache", RedisCache(url, {"KEY_PREFIX": prefix}))
    try:
        before = vocabulary.get_vocabulary("de")
        assert "zaunkoenigzaehlung" not in before.surfaces
        # The page is in the database (the other process's publish; the test's transaction cannot
        # be shared, so it is written here with the search's signals off).
        from django.db.models.signals import post_save
        from wagtail.signals import page_published

        post_save.disconnect(dispatch_uid="search_content_saved")
        page_published.disconnect(dispatch_uid="search_page_published")
        try:
            make_service("Zaunkönigzählung anmelden", teaser="Die Zaunkönigzählung im Stadtwald.")
        finally:
            tasks.connect()
        assert vocabulary.get_vocabulary("de") is before
        assert "Zaunkönigzählung anmelden" not in [h.obj.title for h in search("Zaunkoenigzaelung", "de").hits]

        code = (
            "import django; django.setup();"
            "from search.vocabulary import record_change;"
            "record_change('de', ['Zaunkönigzählung anmelden', 'Die Zaunkönigzählung im Stadtwald.'])"
        )
        # An app server's settings, from a clean environment (nothing this test process inherited).
        env = {name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ}
        env.update(
            DJANGO_SETTINGS_MODULE="cms.settings.dev",
            REDIS_URL=url,
            CACHE_KEY_PREFIX=prefix,
            DATABASE_URL="sqlite://:memory:",
        )
        subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=settings.BASE_DIR, timeout=120)
        assert vocabulary.cache.get(vocabulary.GENERATION_KEY), "the other process's change is not in Redis"

        monkeypatch.setattr(vocabulary, "build", lambda language: pytest.fail("rebuilt"))
        after = vocabulary.get_vocabulary("de")
        assert "zaunkoenigzaehlung" in after.surfaces
        assert [h.obj.title for h in search("Zaunkoenigzaelung", "de").hits][:1] == ["Zaunkönigzählung anmelden"]
    finally:
        delete_prefixed(url, prefix)
        vocabulary._memo.clear()
