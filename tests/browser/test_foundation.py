"""What a visitor sees: the home page in both languages, switching language by keyboard,
and no serious accessibility violation on any page type."""

import re

import pytest

from tests.browser.conftest import assert_accessible, new_page, record_requests

pytestmark = pytest.mark.browser


def test_german_visitor_lands_on_the_german_home_page(page_de, live_site):
    requests = record_requests(page_de)
    page_de.goto("/")
    assert page_de.url == f"{live_site}/de/"
    assert page_de.locator("html").get_attribute("lang") == "de"
    assert page_de.get_by_role("heading", level=1).inner_text() == "Willkommen in Lindenfeld"
    assert page_de.get_by_role("combobox", name="Wobei können wir Ihnen helfen?").is_visible()
    assert all(url.startswith(live_site) for url in requests), requests


def test_english_visitor_lands_on_the_english_home_page(page_en, live_site):
    page_en.goto("/")
    assert page_en.url == f"{live_site}/en/"
    assert page_en.locator("html").get_attribute("lang") == "en"
    assert page_en.get_by_role("heading", level=1).inner_text() == "Welcome to Lindenfeld"


def test_switch_language_by_keyboard(page_de, live_site):
    page_de.goto("/de/datenschutz/")
    # Tab from the top of the page until the English link of the switcher has focus.
    for _ in range(15):
        page_de.keyboard.press("Tab")
        focused = page_de.evaluate("document.activeElement.getAttribute('hreflang')")
        if focused == "en":
            break
    else:
        pytest.fail("the language switcher cannot be reached by keyboard")
    page_de.keyboard.press("Enter")
    page_de.wait_for_url(f"{live_site}/en/privacy/")
    assert page_de.get_by_role("heading", level=1).inner_text() == "Privacy policy"
    assert page_de.locator("html").get_attribute("lang") == "en"


def test_skip_link_moves_focus_to_the_content(page_en):
    page_en.goto("/en/")
    page_en.keyboard.press("Tab")
    skip = page_en.get_by_role("link", name="Skip to content")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page_en.keyboard.press("Enter")
    assert page_en.evaluate("location.hash") == "#main"


def test_search_box_submits_to_the_search_page(page_de, live_site):
    page_de.goto("/de/")
    page_de.get_by_role("combobox", name="Wobei können wir Ihnen helfen?").fill("Impressum")
    page_de.keyboard.press("Enter")
    page_de.wait_for_url(re.compile(r"/de/search/\?q=Impressum"))
    assert page_de.get_by_role("link", name="Impressum").first.is_visible()


def test_works_without_javascript(browser, live_site):
    page = new_page(browser, live_site, "en-GB", java_script_enabled=False)
    page.goto("/en/")
    page.get_by_label("What can we help you with?").fill("privacy")
    page.get_by_role("button", name="Search").last.click()
    assert page.get_by_role("link", name="Privacy policy").first.is_visible()
    page.context.close()


@pytest.mark.parametrize(
    "path",
    ["/de/", "/en/", "/de/impressum/", "/en/privacy/", "/de/search/?q=Datenschutz", "/en/search/?q=zzzz", "/de/fehlt/"],
)
def test_axe_finds_no_serious_violation(page_de, path):
    page_de.goto(path)
    assert_accessible(page_de)


def test_axe_on_a_narrow_phone_screen(browser, live_site):
    page = new_page(browser, live_site, "de-DE", viewport={"width": 360, "height": 740})
    page.goto("/de/")
    assert_accessible(page)
    # Nothing forces sideways scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.context.close()
