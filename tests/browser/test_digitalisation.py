"""The Digitalisierungsstand as a citizen reads it: both languages, axe-clean, charts with tables, no JavaScript needed."""

import pytest

from tests.browser.conftest import assert_accessible, new_page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("fixture", "path", "heading"),
    [("page_de", "/de/digitalisierungsstand/", "Auf einen Blick"), ("page_en", "/en/digitalisation-status/", "At a glance")],
)
def test_dashboard_is_accessible_in_both_languages(request, fixture, path, heading):
    page = request.getfixturevalue(fixture)
    page.goto(path)
    assert page.get_by_role("heading", name=heading).count() == 1
    # Four charts (trend, level, audience, life situation), each an image with a name, each with its table.
    charts = page.locator("svg[role='img']")
    assert charts.count() == 4
    for index in range(charts.count()):
        assert page.locator(f"#{charts.nth(index).get_attribute('aria-labelledby').split()[0]}").count() == 1
    assert page.locator("table caption").count() >= 5
    assert page.locator("table").nth(0).locator("tbody tr").count() == 12  # a year of monthly history
    assert_accessible(page)


def test_dashboard_and_downloads_without_javascript(browser, live_site):
    page = new_page(browser, live_site, "en-GB", java_script_enabled=False)
    page.goto("/en/digitalisation-status/")
    assert page.locator("svg[role='img']").count() == 4
    response = page.request.get(page.get_by_role("link", name="Figures as JSON").get_attribute("href"))
    assert response.ok
    data = response.json()
    assert data["headline"]["services"] == 60
    assert data["language"] == "en"
    assert len(data["history"]) == 12
    page.context.close()
