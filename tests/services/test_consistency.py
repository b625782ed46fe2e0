"""A service's facts must agree (services.consistency): the OZG level and the online offer, and the
LeiKa key. The rule itself, the refusal to publish a level that promises an online application
without an online start, and the warning after publishing the rest, through the real admin views
in the editor's admin language (German and English)."""

import html

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from services import consistency
from services.consistency import disagreements, normalise_leika_key, service_disagreements
from services.models import Office, ServiceIndexPage, ServicePage
from tests.factories.services import make_service

LEIKA = "99008001012000"  # Personalausweis Ausstellung


def codes(findings):
    return [finding.code for finding in findings]


@pytest.mark.parametrize(
    ("level", "online", "expected"),
    [
        (0, False, []),
        (1, False, []),
        (2, True, []),
        (3, True, []),
        (4, True, []),
        (2, False, ["level_without_start"]),
        (4, False, ["level_without_start"]),
        (0, True, ["start_below_level"]),
        (1, True, ["start_below_level"]),
    ],
)
def test_level_and_online_offer(level, online, expected):
    assert codes(disagreements(level, online, LEIKA)) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (LEIKA, []),
        ("", ["leika_missing"]),
        ("9900800101200", ["leika_malformed"]),  # 13 digits
        ("990080010120001", ["leika_malformed"]),  # 15 digits
        ("99008001O12000", ["leika_malformed"]),  # a letter O
        ("99 008 001 012 000", ["leika_malformed"]),  # as printed: the form normalises it first
    ],
)
def test_leika_key(key, expected):
    assert codes(disagreements(0, False, key)) == expected


def test_only_a_promise_without_an_online_start_blocks():
    blocking = {
        finding.code
        for finding in (
            consistency.LEVEL_WITHOUT_START,
            consistency.START_BELOW_LEVEL,
            consistency.LEIKA_MISSING,
            consistency.LEIKA_MALFORMED,
        )
        if finding.blocking
    }
    assert blocking == {"level_without_start", "leika_malformed"}


def test_printed_keys_are_normalised():
    assert normalise_leika_key("99 008 001 012 000") == LEIKA
    assert normalise_leika_key("99.008.001.012.000") == LEIKA
    assert normalise_leika_key("") == "" and normalise_leika_key(None) == ""


@pytest.mark.django_db
def test_a_service_page_is_read_with_its_form_page(town):
    page = town.service("personalausweis")
    page.leika_key, page.ozg_level, page.start_url, page.start_page_id = LEIKA, 2, "", None
    assert codes(service_disagreements(page)) == ["level_without_start"]
    page.start_page_id = town.home.pk  # a form page of our own counts as an online start
    assert service_disagreements(page) == []


def service_form(**overrides):
    office = Office.objects.filter(locale__language_code="de").first()
    data = {
        "title": "Angelschein beantragen",
        "slug": "angelschein",
        "teaser": "Den Fischereischein für Lindenfeld beantragen.",
        "official_name": "Fischereischein Erteilung",
        "leika_key": "99042001012000",
        "audience": "citizens",
        "search_terms": "Angeln, Fischen",
        "description": rich_text("<p>Wer angeln will, braucht einen Fischereischein.</p>"),
        "requirements": rich_text(""),
        "notes": rich_text(""),
        "required_documents": streamfield([]),
        "procedure": streamfield([("step", "Antrag stellen")]),
        "fee_kind": "fixed",
        "fee_amount": "24.00",
        "fee_amount_max": "",
        "legal_basis": streamfield([]),
        "help": streamfield([]),
        "start_url": "",
        "ozg_level": "1",
        "status": "normal",
        "responsible_offices": inline_formset([{"office": office.pk}]),
        "related_services": inline_formset([]),
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return nested_form_data(data)


WARNINGS = {
    "en": {
        "start": "Published, but please check: The service offers an online start, but its OZG level says "
        "information only.",
        "leika": "Published, but please check: The service has no LeiKa key.",
        "block": "This OZG level promises an online application, but the service has no online start.",
        "published": "has been published",
    },
    "de": {
        "start": "Veröffentlicht, aber bitte prüfen: Die Leistung bietet einen Online-Start, aber ihr "
        "OZG-Reifegrad sagt „nur Information“.",
        "leika": "Veröffentlicht, aber bitte prüfen: Die Leistung hat keinen LeiKa-Schlüssel.",
        "block": "Diese OZG-Stufe verspricht einen Online-Antrag, aber die Leistung hat keinen Online-Start.",
        "published": "wurde veröffentlicht",
    },
}


@pytest.mark.django_db
@pytest.mark.usefixtures("town")
class TestPublishingWarnsAboutDisagreeingFacts:
    @pytest.fixture(params=["de", "en"])
    def language(self, request, client, django_user_model):
        """A superuser whose admin language is `language`, logged in."""
        user = django_user_model.objects.create_superuser("redaktion", "redaktion@example.com", "pw")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = request.param
        profile.save()
        client.force_login(user)
        return request.param

    @pytest.fixture
    def service(self):
        return make_service("Angelschein beantragen", slug="angelschein", leika_key="99042001012000", ozg_level=1)

    def edit(self, client, page, **fields):
        return client.post(f"/admin/pages/{page.pk}/edit/", service_form(**fields), follow=True)

    def text(self, response):
        return html.unescape(response.content.decode())

    def test_an_online_start_below_level_2_is_published_with_a_warning(self, client, language, service):
        response = self.edit(client, service, start_url="https://service.lindenfeld.example/angelschein")
        assert response.status_code == 200 and response.redirect_chain
        page = ServicePage.objects.get(pk=service.pk)
        assert page.live and not page.has_unpublished_changes
        assert page.start_url == "https://service.lindenfeld.example/angelschein" and page.ozg_level == 1
        text = self.text(response)
        assert WARNINGS[language]["published"] in text
        assert WARNINGS[language]["start"] in text
        assert WARNINGS[language]["leika"] not in text

    def test_a_missing_leika_key_is_published_with_a_warning(self, client, language, service):
        response = self.edit(client, service, leika_key="")
        assert response.redirect_chain
        assert ServicePage.objects.get(pk=service.pk).leika_key == ""
        text = self.text(response)
        assert WARNINGS[language]["leika"] in text
        assert WARNINGS[language]["start"] not in text

    def test_agreeing_facts_publish_without_a_warning(self, client, language, service):
        response = self.edit(client, service, ozg_level="3", start_url="https://service.lindenfeld.example/angelschein")
        text = self.text(response)
        assert WARNINGS[language]["published"] in text
        assert "Published, but please check" not in text and "Veröffentlicht, aber bitte prüfen" not in text
        assert ServicePage.objects.get(pk=service.pk).ozg_level == 3

    def test_a_level_that_promises_online_without_a_start_is_not_published(self, client, language, service):
        response = self.edit(client, service, ozg_level="3")
        assert response.status_code == 200 and not response.redirect_chain
        assert "ozg_level" in response.context["form"].errors
        assert WARNINGS[language]["block"] in self.text(response)
        page = ServicePage.objects.get(pk=service.pk)
        assert page.ozg_level == 1 and page.get_latest_revision().content["ozg_level"] == 1

    def test_such_a_draft_may_be_saved(self, client, language, service):
        data = service_form(ozg_level="3")
        del data["action-publish"]
        response = client.post(f"/admin/pages/{service.pk}/edit/", data)
        assert response.status_code == 302
        assert ServicePage.objects.get(pk=service.pk).get_latest_revision().content["ozg_level"] == 3

    def test_a_form_page_is_an_online_start(self, client, language, service, town):
        response = self.edit(client, service, ozg_level="3", start_page=town.home.pk)
        assert response.redirect_chain
        assert ServicePage.objects.get(pk=service.pk).start_page_id == town.home.pk
        assert "Veröffentlicht, aber bitte prüfen" not in self.text(response)

    def test_a_new_service_is_checked_too(self, client, language):
        index = ServiceIndexPage.objects.get(locale__language_code="de")
        url = f"/admin/pages/add/services/servicepage/{index.pk}/"
        refused = client.post(url, service_form(ozg_level="2"))
        assert refused.status_code == 200 and WARNINGS[language]["block"] in self.text(refused)
        published = client.post(url, service_form(leika_key=""), follow=True)
        assert WARNINGS[language]["leika"] in self.text(published)
        assert ServicePage.objects.get(slug="angelschein").live

    def test_a_printed_key_is_stored_as_digits(self, client, language, service):
        self.edit(client, service, leika_key="99 042 001 012 000")
        assert ServicePage.objects.get(pk=service.pk).leika_key == "99042001012000"

    def test_a_malformed_key_is_refused(self, client, language, service):
        response = self.edit(client, service, leika_key="99 042 001")
        assert "leika_key" in response.context["form"].errors
        assert Page.objects.get(pk=service.pk).specific.leika_key == "99042001012000"
