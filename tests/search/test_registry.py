"""The search is a platform service: it covers what the apps register (search/registry.py) and
nothing else, it knows no feature app, and each field's weight is written once."""

import ast
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail.search import index

from home.models import HomePage
from search import registry
from search.engine import search
from search.registry import Source
from search.views import hit_url

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
WORD = "Quellwasserprobe"


@pytest.fixture
def home_page():
    """The German home page with a word no other page has, in a field the search does not weigh
    unless a source registers it."""
    page = HomePage.objects.get(locale__language_code="de")
    page.hero_intro = f"Heute: {WORD} am Marktbrunnen."
    page.save()
    return page


@pytest.fixture
def restore_registry(monkeypatch):
    """Registrations made by a test are forgotten afterwards, boosts included."""
    monkeypatch.setattr(registry, "_sources", list(registry._sources))
    monkeypatch.setattr(registry, "_facets", list(registry._facets))
    monkeypatch.setattr(HomePage, "search_fields", HomePage.search_fields)


def home_source():
    return Source(key="home", label="Home", model=HomePage, fields={"title": 10, "hero_intro": 4})


def test_a_model_nobody_registered_is_not_searched(home_page):
    assert HomePage not in registry.models()
    assert all(not isinstance(hit.obj, HomePage) for hit in search(WORD, "de").hits)


def test_a_registered_source_is_found_ranked_linked_and_filtered_without_search_knowing_it(
    client, home_page, restore_registry
):
    registry.register(home_source())
    home_page.save()  # a registered model's row changed: the vocabulary learns its words
    outcome = search(WORD, "de")
    assert outcome.hits[0].obj.pk == home_page.pk  # other hits share a part of the word ("wasser")
    assert outcome.hits[0].kind == "home" and outcome.hits[0].score > 4
    assert ("home", "Home", 1) in outcome.facets["type"]
    data = client.get("/api/search/", {"q": WORD, "lang": "de", "type": "home"}).json()
    assert [(r["type"], r["url"]) for r in data["results"]] == [("home", "/de/")]
    assert "lebenslagen" in data["results"][0]  # the registered facets apply to every source
    assert "?q=Quellwasserprobe&amp;type=home" in client.get("/de/search/", {"q": WORD}).content.decode()


def test_an_office_links_to_its_own_page():
    offices = [hit for hit in search("Bürgerbüro", "de").hits if hit.kind == "office"]
    assert offices
    assert hit_url(offices[0]) == "/de/aemter/buergerbuero/"


def test_registration_refuses_a_taken_key_a_missing_field_and_a_model_without_index(restore_registry):
    with pytest.raises(ImproperlyConfigured):
        registry.register(Source(key="service", label="Twice", model=HomePage, fields={"title": 1}))
    with pytest.raises(ImproperlyConfigured):
        registry.register(Source(key="home", label="Home", model=HomePage, fields={"no_such_field": 1}))
    with pytest.raises(ImproperlyConfigured):
        registry.register_facet(registry.Facet("type", "", "", "", "", groups=lambda hits, language: []))


# --- one weight table ---------------------------------------------------------------------------


def boosts(model):
    return {f.field_name: f.boost for f in model.get_search_fields() if isinstance(f, index.SearchField)}


@pytest.mark.parametrize("source", registry.sources(), ids=lambda s: s.key)
def test_the_index_boosts_are_the_registered_weights(source):
    """The ranking (Source.fields) and the backend (the model's search_fields) use one table:
    every weighted field is boosted by its weight, and no other field carries a boost."""
    found = boosts(source.model)
    assert {name: found[name] for name in source.fields} == source.fields
    assert {name for name, boost in found.items() if boost} == set(source.fields)


def test_a_boost_written_on_the_model_gives_way_to_the_registered_weight(restore_registry):
    HomePage.search_fields = [*HomePage.search_fields, index.SearchField("hero_intro", boost=99)]
    registry.register(home_source())
    assert boosts(HomePage)["hero_intro"] == 4
    assert boosts(HomePage)["title"] == 10


# --- search knows no feature app --------------------------------------------------------------------

FEATURES = {"cms", "home", "lebenslagen", "services", "council", "onlineforms", "bookings", "demo"}


def test_search_imports_no_feature_app():
    found = []
    for path in (ROOT / "search").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            found += [f"{path.relative_to(ROOT)}: {name}" for name in names if name.split(".")[0] in FEATURES]
    assert found == []
