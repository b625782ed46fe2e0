"""Service pages: structure, validation on publish, both languages, structured data."""

import datetime
import html
import json
import re

import pytest
from django.test import override_settings
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from home.models import HomePage, HomeTopService
from lebenslagen.models import LebenslagenIndexPage, LebenslagePage, LebenslageService
from services.models import Office, ServiceIndexPage, ServicePage
from tests.factories.services import make_many_services, make_service
from tests.pagetests import PageTestCase
from tests.queries import count_queries


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


@pytest.mark.usefixtures("town")
class ServicePageTreeTests(PageTestCase):
    def test_where_pages_go(self):
        self.assertCanCreateAt(HomePage, ServiceIndexPage)
        self.assertCanCreateAt(ServiceIndexPage, ServicePage)
        self.assertCanNotCreateAt(HomePage, ServicePage)
        self.assertCanCreateAt(HomePage, LebenslagenIndexPage)
        self.assertCanCreateAt(LebenslagenIndexPage, LebenslagePage)
        self.assertCanNotCreateAt(ServiceIndexPage, LebenslagePage)
        self.assertAllowedSubpageTypes(ServicePage, {})
        self.assertAllowedSubpageTypes(LebenslagePage, {})

    def test_only_one_a_to_z_page_per_home(self):
        home = HomePage.objects.get(locale__language_code="de")
        self.assertFalse(ServiceIndexPage.can_create_at(home))


def service_form(**overrides):
    office = Office.objects.filter(locale__language_code="de").first()
    data = {
        "title": "Angelschein beantragen",
        "slug": "angelschein",
        "teaser": "Den Fischereischein für Lindenfeld beantragen.",
        "official_name": "Fischereischein Erteilung",
        "leika_key": "99000000000000",
        "audience": "citizens",
        "search_terms": "Angeln, Fischen",
        "description": rich_text("<p>Wer angeln will, braucht einen Fischereischein.</p>"),
        "requirements": rich_text(""),
        "notes": rich_text(""),
        "required_documents": streamfield([("document", "Personalausweis")]),
        "procedure": streamfield([("step", "Antrag stellen")]),
        "fee_kind": "fixed",
        "fee_amount": "24.00",
        "fee_amount_max": "",
        "legal_basis": streamfield([]),
        "help": streamfield([]),
        "ozg_level": "0",
        "status": "normal",
        "responsible_offices": inline_formset([{"office": office.pk}]),
        "related_services": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.django_db
@pytest.mark.usefixtures("town")
class TestEditorValidation:
    @pytest.fixture
    def editor(self, client, django_user_model):
        """An editor whose admin language is English (the admin otherwise follows LANGUAGE_CODE, German)."""
        user = django_user_model.objects.create_superuser("redakteurin", "r@example.com", "pw")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()
        client.force_login(user)
        return user

    def add_url(self):
        index = ServiceIndexPage.objects.get(locale__language_code="de")
        return f"/admin/pages/add/services/servicepage/{index.pk}/"

    def post(self, client, data, publish=True):
        if publish:
            data["action-publish"] = "action-publish"
        return client.post(self.add_url(), data)

    def test_complete_service_publishes(self, client, editor):
        response = self.post(client, service_form())
        assert response.status_code == 302, response.context["form"].errors if response.context else response
        page = ServicePage.objects.get(slug="angelschein")
        assert page.live and page.fee_amount == 24 and page.responsible_offices.count() == 1

    def test_no_office_blocks_publishing_but_not_a_draft(self, client, editor):
        response = self.post(client, service_form(responsible_offices=inline_formset([])))
        assert response.status_code == 200
        assert "without a responsible office" in response.content.decode()
        assert not ServicePage.objects.filter(slug="angelschein").exists()
        draft = self.post(client, service_form(responsible_offices=inline_formset([])), publish=False)
        assert draft.status_code == 302
        assert not ServicePage.objects.get(slug="angelschein").live

    @pytest.mark.parametrize(
        "field, value, message",
        [
            ("teaser", "", "This field is required."),
            ("fee_kind", "", "This field is required."),
            ("leika_key", "12345", "A LeiKa key has exactly 14 digits"),
            ("fee_amount", "zehn Euro", "Enter a number."),
        ],
    )
    def test_clear_field_errors(self, client, editor, field, value, message):
        response = self.post(client, service_form(**{field: value}))
        assert response.status_code == 200
        assert field in response.context["form"].errors
        # Error messages are lazy: read them as the admin rendered them, in the editor's language.
        assert message in html.unescape(response.content.decode())

    def test_errors_in_the_editors_language(self, client, editor):
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = "de"
        profile.save()
        response = self.post(client, service_form(leika_key="abc", fee_amount="zehn"))
        rendered = html.unescape(response.content.decode())
        assert "Ein LeiKa-Schlüssel hat genau 14 Ziffern" in rendered
        assert "Bitte eine Zahl eingeben." in rendered
        response = self.post(client, service_form(responsible_offices=inline_formset([])))
        assert "ohne zuständige Stelle veröffentlicht" in response.content.decode()

    def test_range_needs_low_below_high(self, client, editor):
        response = self.post(client, service_form(fee_kind="range", fee_amount="50.00", fee_amount_max="20.00"))
        assert "fee_amount_max" in response.context["form"].errors
        assert "The highest amount must be more than the lowest." in html.unescape(response.content.decode())

    def test_video_outside_the_allow_list_and_missing_transcript(self, client, editor):
        video = {
            "url": "https://www.dailymotion.com/video/x7tgad0",
            "title": "Erklärvideo",
            "cover": "",
            "transcript": rich_text(""),
            "captions": "on",
        }
        response = self.post(client, service_form(help=streamfield([("video", video)])))
        assert response.status_code == 200
        html = response.content.decode()
        assert "Videos can only be embedded from YouTube or Vimeo" in html
        assert "A transcript is required" in html


@pytest.mark.django_db
class TestServicePageRendering:
    def test_structured_fields_in_german(self, client, town):
        html = client.get(town.service("personalausweis").url).content.decode()
        assert "<h1>Personalausweis beantragen</h1>" in html
        assert '<p class="fee">37,00\xa0€</p>' in html
        for heading in ["Was Sie brauchen", "So funktioniert es", "Gebühren", "Wer ist zuständig", "Rechtsgrundlage"]:
            assert heading in html
        assert re.search(r'<ol class="steps">\s*<li>', html)
        assert "Bürgerbüro" in html

    def test_structured_fields_in_english(self, client, town):
        page = town.service("personalausweis", "en")
        html = client.get(page.url).content.decode()
        assert page.url.startswith("/en/services/")
        assert '<p class="fee">€37.00</p>' in html
        for heading in ["What you need", "How it works", "Fees", "Who is responsible", "Legal basis"]:
            assert heading in html
        assert "Citizens&#x27; Office" in html or "Citizens' Office" in html
        assert "Was Sie brauchen" not in html

    @pytest.mark.parametrize("language", ["de", "en"])
    def test_json_ld_government_service(self, client, town, language):
        page = town.service("personalausweis", language)
        data = json_ld(client.get(page.url).content.decode())
        assert data["@type"] == "GovernmentService"
        for key in [
            "name",
            "description",
            "serviceType",
            "provider",
            "areaServed",
            "availableChannel",
            "audience",
            "inLanguage",
        ]:
            assert key in data, key
        assert data["name"] == page.title
        assert data["inLanguage"] == language
        assert data["provider"]["@type"] == "GovernmentOrganization"
        assert data["provider"]["address"]["postalCode"] == "12345"
        assert data["availableChannel"]["serviceUrl"].startswith("http")
        assert data["offers"]["price"] == "37.00"
        assert data["areaServed"]["name"] == "Musterstadt"

    def test_json_ld_service_url_is_absolute_for_a_form_page_of_our_own(self, client, town):
        page = town.service("gewerbe")
        form = town.service("fundsachen")  # any page of ours stands in for a form page
        page.start_url, page.start_page = "", form
        page.save_revision().publish()
        data = json_ld(client.get(page.url).content.decode())
        assert data["availableChannel"]["serviceUrl"] == form.get_full_url()

    def test_json_ld_cannot_be_broken_out_of(self, client, town):
        page = town.service("gewerbe")
        page.teaser = "Bescheinigung </script><script>alert(1)</script>"
        page.save_revision().publish()
        html = client.get(page.url).content.decode()
        assert "<script>alert(1)</script>" not in html
        assert json_ld(html)["description"].startswith("Bescheinigung </script>")

    def test_status_shown_prominently(self, client, town):
        page = town.service("fundsachen")
        page.status = "suspended"
        page.status_reason = "Wegen Umbau bis Jahresende geschlossen."
        page.save_revision().publish()
        html = client.get(page.url).content.decode()
        assert 'id="service-status"' in html and "Diese Leistung ist derzeit ausgesetzt" in html
        home = client.get("/de/").content.decode()
        assert "Wegen Umbau bis Jahresende geschlossen." in home

    def test_status_outside_its_dates_is_not_shown(self, client, town):
        page = town.service("fundsachen")
        page.status = "restricted"
        page.status_reason = "Eingeschränkt im Sommer."
        page.status_from = datetime.date(2000, 6, 1)
        page.status_until = datetime.date(2000, 8, 31)
        page.save_revision().publish()
        assert 'id="service-status"' not in client.get(page.url).content.decode()

    def test_start_button_with_continue_note(self, client, town):
        page = town.service("wohnsitz")
        html = client.get(page.url).content.decode()
        assert 'class="button button--start"' in html
        assert "Sie werden auf service.musterstadt.example weitergeleitet." in html


@pytest.mark.django_db
def test_service_page_queries_are_bounded(client, town):
    page = town.service("personalausweis")
    before = count_queries(client, page.url)
    make_many_services(100)
    assert count_queries(client, page.url) == before
    assert before <= 35


@pytest.mark.django_db
def test_unpublished_and_private_services_are_nowhere(client, town):
    hidden = make_service("Geheimleistung Entwurf", publish=False)
    private = make_service("Geheimleistung Privat")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    lage = town.lebenslage("umzug")
    LebenslageService.objects.create(page=lage, service=hidden, sort_order=99)
    LebenslageService.objects.create(page=lage, service=private, sort_order=100)
    home = town.home
    HomeTopService.objects.create(page=home, service=hidden)
    HomeTopService.objects.create(page=home, service=private)
    for url in ["/de/", "/de/leistungen/", lage.url, "/de/leistungen/?lebenslage=umzug"]:
        html = client.get(url).content.decode()
        assert "Geheimleistung" not in html, url


@pytest.mark.demo
@pytest.mark.django_db
def test_every_german_service_has_a_live_english_translation():
    """Smoke test of the demo's content."""
    english = Locale.objects.get(language_code="en")
    for page in ServicePage.objects.filter(locale__language_code="de"):
        translation = page.get_translation_or_none(english)
        assert translation is not None and translation.live, page.slug
        assert translation.title != page.title or page.title.isascii(), page.slug


def assert_every_page_type_renders_in_both_languages(client):
    seen = set()
    for page in Page.objects.live().specific().exclude(depth=1):
        kind = (type(page).__name__, page.locale.language_code)
        if kind in seen:
            continue
        seen.add(kind)
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{page.locale.language_code}"'.encode() in response.content
    assert {k for k, _l in seen} >= {
        "HomePage",
        "StandardPage",
        "ServiceIndexPage",
        "ServicePage",
        "LebenslagenIndexPage",
        "LebenslagePage",
    }


@override_settings(DEBUG=False)
@pytest.mark.django_db
def test_every_page_type_renders_in_both_languages(client, town):
    assert_every_page_type_renders_in_both_languages(client)


@override_settings(DEBUG=False)
@pytest.mark.demo
@pytest.mark.django_db
def test_every_page_type_of_the_demo_renders_in_both_languages(client):
    """Smoke test of the demo, which also has the form and council page types."""
    assert_every_page_type_renders_in_both_languages(client)
