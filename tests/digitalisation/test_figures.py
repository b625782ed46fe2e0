"""The dashboard's figures on the factory town, with exact numbers; the page in both languages; what counts."""

from datetime import date

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from digitalisation import figures, snapshots
from digitalisation.models import DigitalisationPage
from pagecache import store
from services.models import ServicePage
from tests.digitalisation.helpers import dashboard, known_facts, set_facts
from tests.factories import make_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(town):
    known_facts(town)
    return dashboard(town.home)


def counts(groups):
    return [(g["key"], g["services"], g["online"], g["fully_digital"]) for g in groups]


def test_headline_and_breakdowns_are_exact(town, pages):
    data = figures.current(pages[0].locale_id)
    assert data["headline"] | {} == {
        "key": "all",
        "label": data["headline"]["label"],
        "services": 5,
        "online": 2,
        "fully_digital": 1,
        "online_share": 40.0,
        "fully_digital_share": 20.0,
    }
    assert counts(data["by_level"]) == [("0", 2, 0, 0), ("1", 1, 0, 0), ("2", 1, 1, 0), ("3", 1, 1, 1), ("4", 0, 0, 0)]
    assert counts(data["by_audience"]) == [("citizens", 4, 1, 1), ("clubs", 1, 0, 0), ("businesses", 1, 1, 0)]
    assert counts(data["by_lebenslage"]) == [("hund-haustier", 1, 0, 0), ("todesfall", 0, 0, 0), ("umzug", 3, 1, 1)]
    gaps = [(row["title"], row["reason"], row["missing"], row["target_date"]) for row in data["not_fully_digital"]]
    assert gaps == [
        ("Hund anmelden", "planned", ["online", "confirmation", "processing"], date(2027, 6, 30)),
        ("Fundsachen", "", ["online", "confirmation", "processing"], None),
        ("Gewerbe anmelden", "", ["payment"], None),
        ("Personalausweis beantragen", "in_person", ["online", "confirmation", "processing", "payment"], None),
    ]


def test_the_english_tree_has_the_same_figures(town, pages):
    german = figures.current(pages[0].locale_id)
    english = figures.current(pages[1].locale_id)
    for key in ("by_level", "by_audience"):
        assert counts(english[key]) == counts(german[key])
    assert counts([english["headline"]]) == counts([german["headline"]])
    assert counts(english["by_lebenslage"]) == [("bereavement", 0, 0, 0), ("moving-house", 3, 1, 1), ("pets", 1, 0, 0)]
    assert [row["title"] for row in english["not_fully_digital"]][0] == "Registering a dog"


def test_an_own_form_page_counts_as_automatic_confirmation(town):
    forms = {4711}
    service = town.service("hund")
    service.start_page_id, service.ozg_level, service.digital_processing = 4711, 3, True
    facts = figures.assess(service, forms)
    assert facts.fully_digital and facts.missing == []
    assert figures.assess(service, set()).missing == ["online", "confirmation"]


def test_a_reason_marks_a_service_not_fully_digital(town):
    service = town.service("wohnsitz")
    service.digital_confirmation = service.digital_processing = True
    assert figures.assess(service, set()).fully_digital
    service.digital_gap = "no_interface"
    assert not figures.assess(service, set()).fully_digital


def test_only_published_public_services_count(town, pages):
    make_service("Entwurf", publish=False, ozg_level=4)
    private = make_service("Intern", ozg_level=4)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    data = figures.current(pages[0].locale_id)
    assert data["headline"]["services"] == 5
    assert counts(data["by_level"])[4] == ("4", 0, 0, 0)
    assert "Intern" not in [row["title"] for row in data["not_fully_digital"]]


def test_the_page_shows_the_figures_in_both_languages(client, town, pages):
    german, english = pages
    response = client.get(german.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Auf einen Blick" in html
    assert "40,0 %" in html and "20,0 %" in html
    assert html.count('role="img"') == 3  # no history yet: no trend chart
    assert "Geplant, noch nicht umgesetzt" in html
    assert "Gebühr nicht online bezahlbar" in html
    assert 'href="/de/digitalisierungsstand/daten/csv/"' in html
    assert "Datenlizenz Deutschland" in html
    response = client.get(english.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "At a glance" in html and "40.0 %" in html
    assert "Planned, not yet implemented" in html
    assert 'href="/en/digitalisation-status/daten/csv/"' in html


def test_publishing_a_service_or_a_snapshot_changes_the_page(client, town, pages):
    german = pages[0]
    assert "40,0 %" in client.get(german.url).content.decode()
    set_facts(town.service("fundsachen"), ozg_level=2)
    assert "60,0 %" in client.get(german.url).content.decode()
    assert '"online": 3' in client.get(german.url + "daten/json/").content.decode()
    snapshots.take()
    assert client.get(german.url).content.decode().count('role="img"') == 4


@pytest.mark.parametrize(
    "query",
    ["?page=-1", "?month=<script>", "?lebenslage=%00", "?format=xml&" + "x" * 3000, "?audience[]=1"],
)
def test_hostile_query_parameters_are_harmless(client, town, pages, query):
    for url in (pages[0].url, pages[0].url + "daten/csv/", pages[0].url + "daten/json/"):
        assert client.get(url + query).status_code == 200


def test_unknown_sub_addresses_are_not_found(client, town, pages):
    for tail in ("daten.csv/", "daten/csv/x/", "../admin/", "daten/xml/"):
        assert client.get(pages[0].url + tail).status_code == 404


def test_tree_rules(town):
    assert DigitalisationPage.parent_page_types == ["home.HomePage", "cms.StandardPage"]
    assert DigitalisationPage.subpage_types == []
    assert ServicePage.objects.filter(pk=town.service("hund").pk).exists()


def test_outside_body_must_be_named(town):
    from django.core.exceptions import ValidationError

    service = town.service("hund")
    service.digital_gap = "outside_body"
    with pytest.raises(ValidationError) as error:
        service.full_clean()
    assert "digital_outside_body" in error.value.message_dict
    service.digital_outside_body = "Landkreis"
    service.full_clean()


def test_queries_do_not_grow_with_the_number_of_services(client, town, pages):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import make_many_services

    def queries():
        cache.clear()
        store.forget_process_state()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(pages[0].url).status_code == 200
        return len(captured)

    before = queries()
    make_many_services(25)
    assert queries() == before
    assert before <= 40


def test_the_dashboard_is_served_from_the_page_cache(client, pages, settings):
    settings.PAGECACHE_ENABLED = True
    url = pages[0].url
    assert client.get(url)["X-Cache"] == "miss"
    assert client.get(url)["X-Cache"] == "hit"
