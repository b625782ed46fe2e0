"""The seeded demo town: the dashboard shows Lindenfeld's 60 services with a year of monthly history."""

import pytest

from demo.digitalisation import seed_digitalisation
from digitalisation.models import DigitalisationPage, Snapshot
from home.models import HomePage
from services.models import ServicePage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_the_demo_dashboard_in_both_languages(client):
    for language, url in (("de", "/de/digitalisierungsstand/"), ("en", "/en/digitalisation-status/")):
        page = DigitalisationPage.objects.get(locale__language_code=language)
        assert page.url == url
        report = page.report()
        head = report["headline"]
        assert (head["services"], head["online"], head["fully_digital"]) == (60, 29, 14)
        assert (head["online_share"], head["fully_digital_share"]) == (48.3, 23.3)
        assert [g["services"] for g in report["by_level"]] == [9, 22, 3, 26, 0]
        assert [g["services"] for g in report["by_audience"]] == [58, 6, 20]
        assert len(report["by_lebenslage"]) == 12
        assert len(report["not_fully_digital"]) == 46
        history = report["history"]
        assert len(history) == 12
        assert history[-1] | {} == {**history[-1], "services": 60, "online": 29, "fully_digital": 14}
        assert [h["online"] for h in history] == sorted(h["online"] for h in history)  # rising
        assert history[0]["online"] < history[-1]["online"]
        response = client.get(url)
        assert response.status_code == 200
        assert response.content.decode().count("<tbody>") == 5


def test_seeding_again_changes_nothing(django_capture_on_commit_callbacks):
    before = list(Snapshot.objects.order_by("pk").values_list("pk", "month", "figures"))
    home = HomePage.objects.get(locale__language_code="de")
    services = {page.slug: page for page in ServicePage.objects.filter(locale=home.locale)}
    with django_capture_on_commit_callbacks(execute=True):
        result = seed_digitalisation(home, services)
    assert result["published"] == 0
    assert result["snapshots"] == 12
    assert list(Snapshot.objects.order_by("pk").values_list("pk", "month", "figures")) == before
    assert DigitalisationPage.objects.count() == 2
