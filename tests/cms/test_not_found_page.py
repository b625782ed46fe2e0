"""The "page not found" page: skip link first, in both languages, also while DEBUG is on (the demo
runs with DEBUG, where Django used to answer with its English technical page without a skip link);
its markup passes the Nu HTML Checker in tests/browser/test_validators.py."""

import re

import pytest
from django.conf import settings
from django.test import override_settings

DEV_MIDDLEWARE = [*settings.MIDDLEWARE, "cms.middleware.SiteNotFoundPageMiddleware"]
CASES = [("/de/gibt-es-nicht/", "de", "Zum Inhalt springen"), ("/en/does-not-exist/", "en", "Skip to content")]


def first_focusable(html):
    """The first link, button, input, select, textarea or tabindex>=0 element inside <body>."""
    body = html[html.index("<body") :]
    body = body[body.index(">") + 1 :]
    pattern = r"<(a\s[^>]*href|button|input(?![^>]*type=\"hidden\")|select|textarea|[a-z]+\s[^>]*tabindex=\"0\")[^>]*>"
    match = re.search(pattern, body)
    return body[match.start() : body.index("</", match.start()) + 4] if match else None


@pytest.mark.django_db
@pytest.mark.usefixtures("town")
@pytest.mark.parametrize(("path", "lang", "label"), CASES)
@pytest.mark.parametrize("debug", [False, True], ids=["production", "demo-debug"])
def test_not_found_page_starts_with_a_skip_link(client, path, lang, label, debug):
    with override_settings(DEBUG=debug, MIDDLEWARE=DEV_MIDDLEWARE if debug else settings.MIDDLEWARE):
        response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{lang}"' in html
    first = first_focusable(html)
    assert first == f'<a class="skip-link" href="#main">{label}</a>', first
    assert '<main id="main"' in html
    assert re.search(r'<meta name="description" content="[^"]+">', html)


def test_dev_settings_show_the_site_404_page():
    from cms.settings import dev

    assert dev.DEBUG is False or "cms.middleware.SiteNotFoundPageMiddleware" in dev.MIDDLEWARE


@pytest.mark.django_db
@pytest.mark.usefixtures("town")
@override_settings(DEBUG=True, MIDDLEWARE=DEV_MIDDLEWARE, DEBUG_TECHNICAL_404=True)
def test_developers_can_still_ask_for_the_technical_page(client):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assert "skip-link" not in response.content.decode()
