"""The open data: CSV and JSON at stable addresses, equal to what the page shows, formula-safe, licensed."""

import csv
import io

import pytest

from digitalisation import snapshots
from digitalisation.models import DigitalisationPage
from tests.digitalisation.helpers import dashboard, known_facts

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(town):
    known_facts(town)
    snapshots.take()
    return dashboard(town.home)


def rows(response):
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_csv_and_json_equal_the_pages_figures(client, pages):
    for page in pages:
        report = page.report()
        response = client.get(page.url + "daten/csv/")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert response["Link"] == '<https://www.govdata.de/dl-de/by-2-0>; rel="license"'
        table = rows(response)
        assert [r["section"] for r in table] == ["headline"] + ["level"] * 5 + ["audience"] * 3 + ["lebenslage"] * 3 + [
            "month"
        ]
        assert table[0] | {} == {
            "section": "headline",
            "key": "all",
            "label": table[0]["label"],
            "services": "5",
            "online": "2",
            "fully_digital": "1",
            "online_share": "40.0",
            "fully_digital_share": "20.0",
        }
        assert [int(r["services"]) for r in table if r["section"] == "level"] == [g["services"] for g in report["by_level"]]
        data = client.get(page.url + "daten/json/").json()
        assert data["headline"] == {**report["headline"], "label": data["headline"]["label"]}
        assert [g["fully_digital"] for g in data["by_audience"]] == [1, 0, 0]
        assert [r["title"] for r in data["not_fully_digital"]] == [r["title"] for r in report["not_fully_digital"]]
        assert data["not_fully_digital"][0]["target_date"] == "2027-06-30"
        assert data["licence"] == {
            "name": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
            "url": "https://www.govdata.de/dl-de/by-2-0",
        }
        assert [h["services"] for h in data["history"]] == [5]
        assert data["language"] == page.locale.language_code
        assert data["url"].endswith(page.url)
    # The page shows the same numbers.
    html = client.get(pages[0].url).content.decode()
    assert 'href="/de/digitalisierungsstand/daten/json/"' in html


def test_csv_cells_cannot_run_as_formulas(client, town, pages):
    page = DigitalisationPage.objects.get(pk=pages[0].pk)
    lage = town.lebenslage("todesfall")
    lage.title = "=HYPERLINK(\"http://evil.example\")"
    lage.save_revision().publish()
    table = rows(client.get(page.url + "daten/csv/"))
    labels = [r["label"] for r in table if r["section"] == "lebenslage"]
    assert "'=HYPERLINK(\"http://evil.example\")" in labels


def test_draft_dashboard_and_its_data_are_not_public(client, town, pages):
    page = DigitalisationPage.objects.get(pk=pages[0].pk)
    url = page.url
    page.unpublish()
    for tail in ("", "daten/csv/", "daten/json/"):
        assert client.get(url + tail).status_code == 404
