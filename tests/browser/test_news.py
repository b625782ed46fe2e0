"""News as a visitor reads them on the demo: the lists and an article in both languages, the
filter without JavaScript, the latest news on the home page, a press release under embargo."""

import pytest

from tests.browser.conftest import assert_accessible, new_page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path",
    [
        "/de/aktuelles/",
        "/en/news/",
        "/de/aktuelles/?category=buergerservice",
        "/de/aktuelles/buergerbuero-samstags-geoeffnet/",
        "/en/news/citizens-office-now-open-on-saturdays/",
        "/de/aktuelles/stadtrat-beschliesst-haushalt/",
        "/en/news/council-adopts-the-budget/",
    ],
)
def test_axe_on_news_pages(page_de, path):
    response = page_de.goto(path)
    assert response.status == 200
    assert_accessible(page_de)


def test_home_page_shows_the_latest_news_in_each_language(page_de, page_en):
    page_de.goto("/de/")
    section = page_de.locator("section[aria-labelledby='latest-news-title']")
    assert section.get_by_role("heading", name="Aktuelle Meldungen").is_visible()
    assert section.locator(".card__title").count() == 3
    section.get_by_role("link", name="Bürgerbüro jetzt auch samstags geöffnet").click()
    assert page_de.get_by_role("heading", level=1).inner_text() == "Bürgerbüro jetzt auch samstags geöffnet"
    page_en.goto("/en/")
    assert page_en.locator("section[aria-labelledby='latest-news-title'] .card__title").first.inner_text() == (
        "Citizens' Office now open on Saturdays"
    )


def test_filter_without_javascript(browser, live_site):
    page = new_page(browser, live_site, "en-GB", java_script_enabled=False)
    page.goto("/en/news/")
    page.get_by_label("Category").select_option(label="Traffic and building")
    page.get_by_role("button", name="Show news").click()
    assert "category=traffic-building" in page.url
    titles = page.locator(".card__title").all_inner_texts()
    assert titles == ["Roadworks on Hauptstraße"]
    page.context.close()  # axe needs JavaScript: the filtered list is checked in test_axe_on_news_pages


def test_embargoed_press_release_is_not_online(page_de):
    assert page_de.goto("/de/aktuelles/neues-radwegekonzept/").status == 404
    page_de.goto("/de/aktuelles/")
    assert page_de.get_by_text("Neues Radwegekonzept").count() == 0
