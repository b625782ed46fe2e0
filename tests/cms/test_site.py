"""Site-wide files and errors: sitemap, robots.txt, 404 and 500 pages, settings, security headers."""

import importlib
import re
import sys
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale, Site

from cms.models import Alert, AlertSeverity, StandardPage
from cms.views import server_error
from home.models import HomePage
from tests.factories.cms import AlertFactory
from tests.factories.translation import translate

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.mark.django_db
@pytest.mark.usefixtures("town")
class TestSitemapAndRobots:
    def test_sitemap_lists_both_languages_with_alternates(self, client):
        response = client.get("/sitemap.xml")
        assert response.status_code == 200
        root = ET.fromstring(response.content)
        urls = {u.find("s:loc", NS).text: u for u in root.findall("s:url", NS)}
        paths = {re.sub(r"^https?://[^/]+", "", loc) for loc in urls}
        assert {"/de/", "/en/", "/de/impressum/", "/en/legal-notice/", "/de/datenschutz/", "/en/privacy/"} <= paths
        entry = next(u for loc, u in urls.items() if loc.endswith("/en/privacy/"))
        alternates = {a.get("hreflang"): a.get("href") for a in entry.findall("x:link", NS)}
        assert alternates["de"].endswith("/de/datenschutz/")
        assert alternates["en"].endswith("/en/privacy/")

    def test_sitemap_leaves_out_drafts(self, client):
        StandardPage.objects.get(slug="privacy").unpublish()
        assert b"/en/privacy/" not in client.get("/sitemap.xml").content

    def test_robots_txt(self, client):
        response = client.get("/robots.txt")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/plain")
        body = response.content.decode()
        assert "Disallow: /admin/" in body
        assert re.search(r"^Sitemap: http://testserver/sitemap.xml$", body, re.M)
        # Public forms and notices are documents: crawlers may read them (restricted ones stay protected).
        assert "/documents/" not in body


@pytest.mark.django_db
@pytest.mark.usefixtures("town")
class TestErrors:
    @pytest.mark.parametrize(
        "path, language, text",
        [
            ("/de/gibt-es-nicht/", "de", "Seite nicht gefunden"),
            ("/en/does-not-exist/", "en", "Page not found"),
            ("/en/privacy/nested/deeper/", "en", "Page not found"),
        ],
    )
    def test_404_in_the_visitors_language(self, client, path, language, text):
        response = client.get(path)
        assert response.status_code == 404
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        assert text in html

    @pytest.mark.parametrize("path", ["/fr/", "/xx/impressum/", "/de-DE/", "/%00/", "/de/%ff%fe/"])
    def test_unknown_language_prefix_or_odd_path_is_a_404_not_a_500(self, client, path):
        response = client.get(path, follow=True)
        assert response.status_code == 404
        assert b"<html lang=" in response.content

    def test_500_page_in_the_visitors_language(self, rf):
        with translation.override("de"):
            en = server_error(rf.get("/en/broken/")).content.decode()
            de = server_error(rf.get("/de/kaputt/")).content.decode()
        assert '<html lang="en"' in en and "Something went wrong on our side" in en
        assert '<html lang="de"' in de and "technischen Fehlers" in de

    @override_settings(DEBUG=False)
    def test_an_exception_in_a_view_renders_the_500_page(self, client, monkeypatch):
        def broken(self, request, *args, **kwargs):
            raise RuntimeError("boom")

        monkeypatch.setattr(HomePage, "serve", broken)
        client.raise_request_exception = False
        response = client.get("/en/")
        assert response.status_code == 500
        assert b"Something went wrong on our side" in response.content


class TestProductionSettings:
    def _load(self, monkeypatch, **environment):
        for name in ("SECRET_KEY", "ALLOWED_HOSTS", "EMAIL_BACKEND"):
            monkeypatch.delenv(name, raising=False)
        for name, value in environment.items():
            monkeypatch.setenv(name, value)
        sys.modules.pop("cms.settings.production", None)
        return importlib.import_module("cms.settings.production")

    def test_refuses_to_start_without_secret_key_and_allowed_hosts(self, monkeypatch):
        with pytest.raises(ImproperlyConfigured, match="SECRET_KEY, ALLOWED_HOSTS, EMAIL_BACKEND"):
            self._load(monkeypatch)

    def test_names_the_one_that_is_missing(self, monkeypatch):
        with pytest.raises(ImproperlyConfigured, match="ALLOWED_HOSTS") as info:
            self._load(monkeypatch, SECRET_KEY="x" * 60, EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend")
        assert "SECRET_KEY" not in str(info.value).split(":")[1].split(".")[0]

    def test_refuses_a_weak_secret_key(self, monkeypatch):
        with pytest.raises(ImproperlyConfigured, match="at least 50"):
            self._load(
                monkeypatch,
                SECRET_KEY="short",
                ALLOWED_HOSTS="www.stadt.example",
                EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            )

    def test_starts_with_both(self, monkeypatch):
        module = self._load(
            monkeypatch,
            SECRET_KEY="k" * 64,
            ALLOWED_HOSTS="www.stadt.example,stadt.example",
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        )
        assert module.ALLOWED_HOSTS == ["www.stadt.example", "stadt.example"]
        assert module.DEBUG is False and module.SESSION_COOKIE_SECURE is True


@pytest.mark.django_db
def test_public_pages_send_security_headers(client, town):
    response = client.get("/de/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_pages_load_nothing_from_another_host(client, town):
    own = (Site.objects.get(is_default_site=True).root_url, "http://testserver")
    for path in ["/de/", "/en/", "/de/impressum/", "/en/search/?q=x"]:
        html = client.get(path).content.decode()
        for tag in re.findall(r"<(?:script|img|link|iframe|video|source|track)\b[^>]*>", html):
            for attribute in re.findall(r'(?:src|href)="(https?://[^"]+)"', tag):
                assert attribute.startswith(own), attribute


@pytest.mark.django_db
def test_alerts_show_emergencies_first(town):

    info = AlertFactory(title="Hinweis", severity=AlertSeverity.INFO)
    critical = AlertFactory(title="Notfall", severity=AlertSeverity.CRITICAL, starts_at=info.starts_at)
    warning = AlertFactory(title="Warnung", severity=AlertSeverity.WARNING, starts_at=info.starts_at)
    german = Locale.objects.get(language_code="de")
    assert [alert.title for alert in Alert.current(german)][:3] == [critical.title, warning.title, info.title]


@pytest.mark.django_db
def test_an_untranslated_alert_shows_in_german_on_english_pages(client, town):
    storm = AlertFactory(title="Sturmwarnung", text="Bleiben Sie zu Hause.", severity=AlertSeverity.CRITICAL)
    english = client.get("/en/").content.decode()
    assert re.search(r'<p class="alert__title" id="alert-\d+" lang="de">Sturmwarnung</p>', english)
    assert '<span lang="de">Bleiben Sie zu Hause.</span>' in english
    german = client.get("/de/").content.decode()
    assert "Sturmwarnung" in german and 'lang="de">Sturmwarnung' not in german

    translate(storm, {"Sturmwarnung": "Storm warning", "Bleiben Sie zu Hause.": "Stay at home."})
    english = client.get("/en/").content.decode()
    assert "Storm warning" in english and "Stay at home." in english
    assert "Sturmwarnung" not in english and 'lang="de"' not in english.split("<main")[0].split('class="alert')[-1]
    # Ordering holds across languages: the untranslated emergency first, then the English notice.
    AlertFactory(title="Hinweis", severity=AlertSeverity.INFO)
    notice = AlertFactory(title="Wartung", severity=AlertSeverity.WARNING)
    english_locale = Locale.objects.get(language_code="en")
    shown = [(alert.title, alert.lang) for alert in Alert.current(english_locale)]
    assert shown[:3] == [("Storm warning", None), ("Wartung", "de"), ("Hinweis", "de")]
    translate(notice, {"Wartung": "Maintenance"})
    assert [alert.title for alert in Alert.current(english_locale)][:3] == ["Storm warning", "Maintenance", "Hinweis"]


@pytest.mark.django_db
def test_times_carry_no_microseconds(client, town):
    page = StandardPage.objects.live().filter(locale__language_code="de").first()
    page.last_published_at = page.last_published_at.replace(microsecond=86342)
    page.save(update_fields=["last_published_at"])
    body = client.get(page.url).content.decode()
    stamps = re.findall(r'<time datetime="([^"]+)"', body)
    assert stamps, "the page shows when it was last updated"
    for stamp in stamps:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d[+-]\d\d:\d\d)?", stamp), stamp
