"""The council calendar in a real browser: month navigation by keyboard, subscribing, language switch,
nothing loaded from other hosts, and no serious accessibility violation."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, record_requests

pytestmark = pytest.mark.browser


def tab_to(page, selector, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} cannot be reached by keyboard")


def test_month_navigation_by_keyboard(page_de, live_site):
    requests = record_requests(page_de)
    page_de.goto("/de/kalender/")
    page_de.get_by_role("navigation", name="Kalenderansichten").get_by_role("link", name="Monat").click()
    match = re.search(r"/de/kalender/(\d+)/(\d+)/$", page_de.url)
    assert match, page_de.url
    year, month = int(match[1]), int(match[2])
    following = (year + (month == 12), month % 12 + 1)
    tab_to(page_de, "#month-next")
    page_de.keyboard.press("Enter")
    page_de.wait_for_url(f"{live_site}/de/kalender/{following[0]}/{following[1]}/")
    tab_to(page_de, "#month-prev")
    page_de.keyboard.press("Enter")
    page_de.wait_for_url(f"{live_site}/de/kalender/{year}/{month}/")
    assert page_de.locator("table.council-month a").count() > 0
    assert_accessible(page_de)
    assert all(url.startswith(live_site) for url in requests), requests


def test_subscribe_to_a_committee_and_a_personal_feed(page_en, live_site):
    page_en.goto("/en/calendar/committees/")
    page_en.get_by_role("link", name="Committee for Urban Development and Building").click()
    subscribe = page_en.get_by_role("link", name="Subscribe to this committee's meetings")
    href = subscribe.get_attribute("href")
    assert href.startswith("webcal://") and href.endswith("?lang=en")
    feed = page_en.request.get(live_site + "/" + href.split("/", 3)[3])
    assert feed.ok and feed.headers["content-type"].startswith("text/calendar")
    assert "BEGIN:VTIMEZONE" in feed.text() and "Committee for Urban Development and Building" in feed.text()
    assert_accessible(page_en)

    page_en.goto("/en/calendar/subscribe/")
    page_en.get_by_label("Lindenfeld Town Council").check()
    page_en.get_by_label("Markets and fairs").check()
    page_en.get_by_role("button", name="Create address").click()
    link = page_en.locator("#personal-feed-link")
    assert link.get_attribute("href").startswith("webcal://")
    address = page_en.get_by_label("Or copy this address into your calendar app:").input_value()
    assert "category=market" in address and "lang=en" in address
    personal = page_en.request.get(address)
    assert personal.ok and "BEGIN:VCALENDAR" in personal.text()
    assert_accessible(page_en)


def test_meeting_page_switches_language_and_is_accessible(page_de, live_site):
    page_de.goto("/de/kalender/?show=meetings")
    page_de.locator(".council-entry__title a").first.click()
    # The click only starts the navigation: wait until the meeting page has loaded before reading it.
    page_de.wait_for_url(re.compile(r"/de/kalender/sitzungen/\d+/$"))
    pk = page_de.url.rstrip("/").rsplit("/", 1)[1]
    expect(page_de.get_by_role("heading", name="Tagesordnung")).to_be_visible()
    assert_accessible(page_de)
    page_de.locator(".language-switcher a[hreflang=en]").click()
    page_de.wait_for_url(f"{live_site}/en/calendar/meetings/{pk}/")
    expect(page_de.get_by_role("heading", name="Agenda")).to_be_visible()
    assert_accessible(page_de)


@pytest.mark.parametrize(
    "path", ["/en/calendar/", "/de/kalender/archiv/", "/en/calendar/subscribe/", "/de/kalender/gremien/"]
)
def test_calendar_pages_are_accessible(page_en, live_site, path):
    requests = record_requests(page_en)
    page_en.goto(path)
    assert_accessible(page_en)
    assert all(url.startswith(live_site) for url in requests), requests


def test_event_page_is_accessible(page_en):
    page_en.goto("/en/calendar/?show=events")
    page_en.locator(".council-entry__title a").first.click()
    page_en.wait_for_url(re.compile(r"/en/calendar/events/\d+/$"))
    assert_accessible(page_en)
