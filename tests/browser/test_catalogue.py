"""The service catalogue as a citizen uses it: A–Z, Lebenslagen, service pages, video consent."""

import re

import pytest

from tests.browser.conftest import assert_accessible, new_page, record_requests

pytestmark = pytest.mark.browser
VIDEO_HOSTS = ("youtube", "ytimg", "vimeo", "googlevideo")


@pytest.mark.parametrize(
    "path",
    [
        "/de/leistungen/",
        "/en/services/?lebenslage=umzug&audience=citizens",
        "/de/lebenslagen/",
        "/de/lebenslagen/umzug/",
        "/en/life-situations/moving-house/",
        "/de/leistungen/personalausweis-beantragen/",
        "/en/services/applying-for-an-identity-card/",
    ],
)
def test_axe_on_catalogue_pages(page_de, path):
    page_de.goto(path)
    assert_accessible(page_de)


def test_video_loads_nothing_until_the_visitor_agrees(page_de):
    requests = record_requests(page_de)
    page_de.goto("/de/leistungen/personalausweis-beantragen/")
    page_de.wait_for_load_state("networkidle")
    assert page_de.locator("iframe").count() == 0
    assert not [url for url in requests if any(host in url for host in VIDEO_HOSTS)], requests
    # Open the transcript first: it is there for everyone without loading anything.
    page_de.get_by_text("Textfassung (Transkript)").first.click()
    assert page_de.locator(".video__transcript[open]").count() == 1
    page_de.get_by_role("link", name=re.compile("Video von YouTube laden und abspielen")).first.click()
    iframe = page_de.locator(".video__frame iframe")
    iframe.wait_for(state="attached")
    assert iframe.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/")
    assert iframe.get_attribute("title")
    page_de.wait_for_timeout(300)
    assert any("youtube-nocookie.com" in url for url in requests)


def test_video_consent_works_without_javascript(browser, live_site):
    page = new_page(browser, live_site, "en-GB", java_script_enabled=False)
    page.goto("/en/services/applying-for-an-identity-card/")
    assert page.locator("iframe").count() == 0
    page.get_by_role("link", name=re.compile("Load and play video from YouTube")).first.click()
    page.wait_for_load_state()
    assert page.locator("iframe[src^='https://www.youtube-nocookie.com/embed/']").count() == 1
    page.context.close()


def test_a_to_z_letters_and_filters_without_javascript(browser, live_site):
    page = new_page(browser, live_site, "de-DE", java_script_enabled=False)
    page.goto("/de/leistungen/")
    page.get_by_role("link", name="S", exact=True).click()
    assert page.url.endswith("#letter-S")
    page.get_by_label("Lebenslage").select_option(label="Hund & Haustier")
    page.get_by_role("button", name="Leistungen anzeigen").click()
    assert "lebenslage=hund-haustier" in page.url
    items = page.locator(".az-list > li > a").all_inner_texts()
    assert items and all(text for text in items)
    assert any("Hund" in text for text in items)
    page.context.close()


def test_a_to_z_by_keyboard(page_en, live_site):
    page_en.goto("/en/services/")
    page_en.get_by_label("Life situation").focus()
    page_en.keyboard.press("Tab")  # audience
    page_en.keyboard.press("Tab")  # submit button
    assert page_en.evaluate("document.activeElement.textContent.trim()") == "Show services"
    page_en.get_by_role("link", name="D", exact=True).focus()
    page_en.keyboard.press("Enter")
    assert page_en.url.endswith("#letter-D")


def test_citizen_finds_a_service_from_a_lebenslage_on_a_phone(browser, live_site):
    page = new_page(browser, live_site, "de-DE", viewport={"width": 375, "height": 812}, is_mobile=True)
    page.goto("/de/")
    page.get_by_role("link", name="Umzug").first.click()
    page.get_by_role("link", name="Wohnsitz anmelden").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Wohnsitz anmelden"
    assert page.get_by_text("Was Sie brauchen").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert_accessible(page)
    page.context.close()
