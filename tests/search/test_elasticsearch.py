"""Elasticsearch configuration, checked offline; live tests run only when ELASTICSEARCH_URL is set."""

import os

import pytest

from search.backends.elasticsearch import GERMAN_COMPOUND_PARTS, backend_settings

URL = os.environ.get("ELASTICSEARCH_URL", "")


def build(version=8, url="http://localhost:9200", language="de"):
    pytest.importorskip("elasticsearch", reason="the elasticsearch client is not installed")
    from django.utils.module_loading import import_string

    params = dict(backend_settings(url, version=version)["default" if language == "de" else language])
    backend_module = params.pop("BACKEND")
    return import_string(backend_module + ".SearchBackend")(params)


@pytest.mark.parametrize("version", [8, 9])
def test_one_backend_per_language_with_its_own_index_prefix(version):
    config = backend_settings("https://search.internal:9200", version=version)
    assert set(config) == {"default", "en"}
    assert config["default"]["BACKEND"] == f"wagtail.search.backends.elasticsearch{version}"
    assert config["default"]["INDEX_PREFIX"] == "stadtportal_de_"
    assert config["en"]["INDEX_PREFIX"] == "stadtportal_en_"
    with pytest.raises(ValueError):
        backend_settings("http://x", version=7)


def test_german_analysis_decompounds_normalises_and_stems():
    analysis = build().settings["settings"]["analysis"]
    chain = analysis["analyzer"]["default"]["filter"]
    assert chain.index("stadtportal_de_decompounder") < chain.index("german_normalization")
    assert chain[-1] == "stadtportal_de_stemmer"
    assert analysis["filter"]["stadtportal_de_stemmer"]["language"] == "light_german"
    assert {"ausweis", "müll", "muell", "steuer"} <= set(GERMAN_COMPOUND_PARTS)
    # Wagtail's own analyzers (autocomplete) are kept.
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_english_analysis_stems():
    analysis = build(language="en").settings["settings"]["analysis"]
    assert analysis["filter"]["stadtportal_en_stemmer"]["language"] == "english"
    assert "stadtportal_de_decompounder" not in str(analysis)


def test_the_query_sent_contains_the_expanded_words_and_the_locale_filter():
    from services.models import ServicePage

    backend = build()
    results = backend.search("ausweis personalausweis", ServicePage.objects.filter(locale_id=1), operator="or")
    query = results.query_compiler.get_query()
    match = query["bool"]["must"]["multi_match"]
    assert match["query"] == "ausweis personalausweis"
    assert match.get("operator", "or") == "or"  # any word may match; our ranking orders them
    assert any(field.startswith("_all_text_boost") for field in match["fields"])
    assert {"term": {"locale_id_filter": 1}} in query["bool"]["filter"]


@pytest.mark.skipif(not URL, reason="ELASTICSEARCH_URL is not set")
def test_live_german_analyzer_splits_compounds():
    backend = build(url=URL)
    index = backend.get_index_for_model(__import__("services.models").models.ServicePage)
    index.reset()
    tokens = backend.es.indices.analyze(index=index.name, analyzer="default", text="Personalausweis Sperrmüllabfuhr")
    words = {t["token"] for t in tokens["tokens"]}
    assert {"ausweis", "mull"} & words


@pytest.mark.skipif(not URL, reason="ELASTICSEARCH_URL is not set")
@pytest.mark.django_db
def test_live_search_finds_services_by_compound_part(settings):
    from django.core.management import call_command

    from search.engine import search

    settings.WAGTAILSEARCH_BACKENDS = backend_settings(URL, prefix="stadtportal_test")
    call_command("update_index", verbosity=0)
    assert "personalausweis-beantragen" in [h.obj.slug for h in search("Ausweis", "de").hits[:3]]
