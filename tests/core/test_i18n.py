"""Both languages: prefixes, the switcher, hreflang, canonical links and the untranslated fallback."""

import re

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation

from cms.models import StandardPage
from tests.factories.cms import StandardPageFactory


def links_in(html, rel):
    return re.findall(rf'<link rel="{rel}"(?: hreflang="([^"]+)")? href="([^"]+)"', html)


def switcher(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+" data-translated="(true|false)"', nav)


@pytest.mark.django_db
@pytest.mark.usefixtures("town")
class TestLanguages:
    def test_root_redirects_to_german_by_default(self, client):
        response = client.get("/")
        assert response.status_code == 302
        assert response["Location"] == "/de/"

    def test_root_redirects_by_accept_language(self, client):
        assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")["Location"] == "/en/"
        assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9,en;q=0.5")["Location"] == "/de/"
        # A language the site does not offer falls back to German.
        assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")["Location"] == "/de/"

    def test_home_pages_declare_their_language(self, client):
        de = client.get("/de/").content.decode()
        en = client.get("/en/").content.decode()
        assert '<html lang="de"' in de and "Willkommen in Musterstadt" in de
        assert '<html lang="en"' in en and "Welcome to Musterstadt" in en
        assert "Zum Inhalt springen" in de and "Skip to content" in en

    def test_translated_page_renders_english_at_its_en_url(self, client):
        response = client.get("/en/privacy/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "<h1>Privacy policy</h1>" in html
        assert "Your rights" in html
        assert (
            "Datenschutz"
            not in re.sub(r"<nav class=\"language-switcher\".*?</nav>", "", html, flags=re.S)
            .split("<main", 1)[1]
            .split("datenschutz@")[0]
        )

    def test_english_page_is_a_wagtail_localize_translation_of_the_german_one(self):
        de = StandardPage.objects.get(slug="datenschutz")
        en = StandardPage.objects.get(slug="privacy")
        assert en.translation_key == de.translation_key
        assert en.locale.language_code == "en"
        assert Translation.objects.filter(source__object_id=de.translation_key, target_locale=en.locale).exists()

    def test_switcher_leads_to_the_same_page_in_the_other_language(self, client):
        assert ("/en/privacy/", "en", "true") in switcher(client.get("/de/datenschutz/").content.decode())
        assert ("/de/datenschutz/", "de", "true") in switcher(client.get("/en/privacy/").content.decode())

    def test_hreflang_and_canonical(self, client):
        html = client.get("/en/legal-notice/").content.decode()
        alternates = dict(links_in(html, "alternate"))
        assert alternates["de"].endswith("/de/impressum/")
        assert alternates["en"].endswith("/en/legal-notice/")
        assert alternates["x-default"].endswith("/de/impressum/")
        canonical = links_in(html, "canonical")
        assert len(canonical) == 1 and canonical[0][1].endswith("/en/legal-notice/")

    def test_untranslated_page_switches_to_the_other_home_with_a_note(self, client, home):
        StandardPageFactory(parent=home, title="Nur auf Deutsch", slug="nur-deutsch")
        html = client.get("/de/nur-deutsch/").content.decode()
        assert ("/en/?untranslated=1", "en", "false") in switcher(html)
        assert "home page: this page is not translated yet" in html
        # hreflang lists only languages that exist.
        assert [code for code, _ in links_in(html, "alternate")] == ["de", "x-default"]
        landing = client.get("/en/?untranslated=1").content.decode()
        assert 'id="untranslated-note"' in landing
        assert "not available in this language yet" in landing

    def test_draft_translation_is_not_offered(self, client):
        en = StandardPage.objects.get(slug="accessibility")
        en.unpublish()
        html = client.get("/de/barrierefreiheit/").content.decode()
        assert ("/en/?untranslated=1", "en", "false") in switcher(html)

    def test_search_view_switches_language_keeping_the_query(self, client):
        html = client.get("/de/search/?q=Impressum").content.decode()
        assert ("/en/search/?q=Impressum", "en", "true") in switcher(html)
        assert "Impressum" in html

    def test_locales_exist(self):
        assert set(Locale.objects.values_list("language_code", flat=True)) == {"de", "en"}
