"""Search in the browser: results page, autocomplete by keyboard, without JavaScript, axe-core clean."""

import pytest

from tests.browser.conftest import assert_accessible, new_page, record_requests

pytestmark = pytest.mark.browser


def test_results_page_is_accessible_and_self_hosted(page_de, live_site):
    requests = record_requests(page_de)
    page_de.goto("/de/search/?q=Sperrmuell")
    first = page_de.locator(".result-list .result__title a").first
    assert first.inner_text() == "Sperrmüll anmelden"
    assert page_de.get_by_role("navigation", name="Filter results").is_visible() or page_de.locator(".facets").count()
    assert_accessible(page_de)
    assert all(url.startswith(live_site) for url in requests), requests


def test_autocomplete_by_keyboard_opens_the_service(page_de, live_site):
    page_de.goto("/de/search/")
    box = page_de.get_by_role("combobox")
    box.focus()
    page_de.keyboard.type("Sperrm", delay=30)
    listbox = page_de.get_by_role("listbox")
    listbox.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    options = page_de.get_by_role("option")
    assert options.first.inner_text().startswith("Sperrmüll anmelden")
    status = page_de.locator("[data-search-combobox] [role=status]")
    assert "suggestion" in status.inner_text().lower() or "vorschl" in status.inner_text().lower()
    assert_accessible(page_de)
    page_de.keyboard.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert active and page_de.locator(f"#{active}").get_attribute("aria-selected") == "true"
    page_de.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    page_de.keyboard.press("ArrowDown")
    page_de.keyboard.press("Enter")
    page_de.wait_for_url(f"{live_site}/de/leistungen/sperrmuell-anmelden/")


def test_enter_without_a_highlighted_suggestion_searches(page_en, live_site):
    page_en.goto("/en/search/")
    page_en.get_by_role("combobox").fill("register a dog")
    page_en.keyboard.press("Enter")
    page_en.wait_for_url("**/en/search/?q=register+a+dog")
    assert page_en.locator(".result-list .result__title a").first.inner_text().startswith("Register a dog")


def test_search_works_without_javascript(browser, live_site):
    page = new_page(browser, live_site, "de-DE", java_script_enabled=False)
    page.goto("/de/search/")
    page.get_by_label("Suchbegriff").fill("Perso verloren")
    page.locator("#main").get_by_role("button", name="Suche").click()
    page.wait_for_load_state()
    assert page.locator(".result-list .result__title a").first.inner_text().startswith("Verlust von Personalausweis")
    page.context.close()
