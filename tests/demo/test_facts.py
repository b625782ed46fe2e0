"""The demo's facts agree with each other: every service carries a real LeiKa key, and its OZG level
matches what its page offers (services.consistency). demo/schema.py rejects a contradictory file."""

import pytest

from demo import schema
from demo.city import services_content
from demo.content import ContentError
from demo.forms import forms_content
from services.consistency import LEIKA_KEY, service_disagreements
from services.models import ServicePage

# Keys checked against the federal catalogue (docs/editors.md, "Where the demo's LeiKa keys come from").
KNOWN_KEYS = {
    "personalausweis-beantragen": "99008001012000",  # Personalausweis Ausstellung
    "reisepass-beantragen": "99085001012000",  # Reisepass Ausstellung
    "wohnsitz-anmelden": "99115005104000",  # Wohnsitz Anmeldung
    "meldebescheinigung": "99115003012000",  # amtliche Meldebestätigung Ausstellung
    "gewerbe-anmelden": "99050012104000",  # Gewerbe Anmeldung
    "fuehrungszeugnis": "99049001001000",  # Führungszeugnis Erteilung
    "hund-anmelden": "99102013104000",  # Hundesteuer Anmeldung
    "wohnberechtigungsschein": "99107022012000",  # Wohnberechtigungsschein Ausstellung
}


@pytest.fixture(scope="module")
def demo_content():
    return services_content()[1], forms_content()[1]


def online(key, data, forms):
    return bool(data["online_url"]) or key in {form["service"] for form in forms.values()}


def test_every_demo_service_has_a_leika_key(demo_content):
    services, _forms = demo_content
    keys = {key: data["leika"] for key, data in services.items()}
    assert len(services) == 60
    assert sum(bool(LEIKA_KEY.fullmatch(value)) for value in keys.values()) == 60
    assert len(set(keys.values())) == 60, "two services claim the same catalogue entry"
    assert all(value.startswith("99") for value in keys.values())  # the federal catalogue's keys
    assert {key: keys[key] for key in KNOWN_KEYS} == KNOWN_KEYS


def test_every_demo_service_level_matches_its_online_offer(demo_content):
    services, forms = demo_content
    consistent = [key for key, data in services.items() if (data["ozg_level"] >= 2) == online(key, data, forms)]
    assert len(consistent) == 60, sorted(set(services) - set(consistent))
    schema.check_service_facts(services, forms)  # no ContentError


def test_the_identity_card_is_applied_for_in_person(demo_content):
    services, forms = demo_content
    data = services["personalausweis-beantragen"]
    assert data["ozg_level"] == 0 and not online("personalausweis-beantragen", data, forms)
    assert "online ist ein Antrag nicht möglich" in data["de"]["other_ways"]
    # A form of our own starts the dog registration: level 3 without an online_url.
    assert services["hund-anmelden"]["online_url"] == "" and services["hund-anmelden"]["ozg_level"] == 3


@pytest.mark.parametrize(
    ("key", "change", "message"),
    [
        (
            "personalausweis-beantragen",
            {"ozg_level": 2},
            "services/personalausweis-beantragen.yaml: ozg_level: 2 promises an online application, but the "
            "service has no online start",
        ),
        (
            "grundsteuer",
            {"online_url": "https://service.lindenfeld.example/grundsteuer"},
            "services/grundsteuer.yaml: ozg_level: 0 says information only, but the service has an online start",
        ),
        (
            "hund-anmelden",  # its online start is the form forms/hund.yaml
            {"ozg_level": 1},
            "services/hund-anmelden.yaml: ozg_level: 1 says information only",
        ),
    ],
)
def test_a_contradictory_service_is_rejected(demo_content, key, change, message):
    services, forms = demo_content
    broken = {**services, key: {**services[key], **change}}
    with pytest.raises(ContentError) as error:
        schema.check_service_facts(broken, forms)
    assert str(error.value).startswith(message), error.value


def test_without_its_form_a_service_has_no_online_start(demo_content):
    services, forms = demo_content
    others = {name: form for name, form in forms.items() if form["service"] != "maengelmelder"}
    with pytest.raises(ContentError, match=r"services/maengelmelder.yaml: ozg_level: 3 promises"):
        schema.check_service_facts(services, others)


@pytest.mark.demo
@pytest.mark.django_db
def test_the_seeded_services_agree_in_both_languages():
    """What seed_demo made of the files: no page, German or English, has a disagreement."""
    pages = ServicePage.objects.exclude(slug__startswith="generiert-").select_related("locale")
    assert pages.filter(locale__language_code="de").count() == 60
    assert pages.filter(locale__language_code="en").count() == 60
    assert {page.url_path: service_disagreements(page) for page in pages if service_disagreements(page)} == {}
    german = ServicePage.objects.get(slug="personalausweis-beantragen")
    english = german.get_translations().get(locale__language_code="en").specific
    assert (german.leika_key, german.ozg_level) == (english.leika_key, english.ozg_level) == ("99008001012000", 0)
