"""Lebenslagen and the home page: curated services, guides, tiles, top services, alerts, bounded queries."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lebenslagen.models import LebenslageService
from tests.factories.cms import AlertFactory
from tests.factories.services import make_many_services


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
class TestLebenslage:
    def test_services_in_the_curated_order(self, client, town):
        page = town.lebenslage("umzug")
        html = client.get(page.url).content.decode()
        cards = re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)
        expected = [link.service.title for link in page.service_links.all()]
        assert cards == expected == ["Wohnsitz anmelden", "Hund anmelden", "Personalausweis beantragen"]

    def test_guide_links_its_steps_in_the_same_language(self, client, town):
        english = town.lebenslage("umzug", "en")
        html = client.get(english.url).content.decode()
        assert re.search(r'<h3 class="steps__title"><a href="/en/services/[^"]+">', html)
        assert "/de/" not in re.search(r'<section class="guide".*?</section>', html, re.S).group(0)

    def test_a_service_can_belong_to_several_lebenslagen(self, client, town):
        page = town.service("hund")
        html = client.get(page.url).content.decode()
        assert "Umzug" in html and "Hund &amp; Haustier" in html

    def test_lebenslage_in_english(self, client, town):
        html = client.get("/en/life-situations/").content.decode()
        assert "Moving house" in html and "Bereavement" in html

    def test_queries_do_not_grow_with_the_number_of_services(self, client, town):
        page = town.lebenslage("umzug")
        before = count_queries(client, page.url)
        extra = make_many_services(40)
        LebenslageService.objects.bulk_create(
            [LebenslageService(page=page, service=s, sort_order=100 + i) for i, s in enumerate(extra)]
        )
        assert count_queries(client, page.url) == before
        assert before <= 30


@pytest.mark.django_db
@pytest.mark.usefixtures("town")
class TestHomePage:
    def test_tiles_and_top_services(self, client):
        html = client.get("/de/").content.decode()
        tiles = re.findall(r'<span class="tile__title">([^<]+)</span>', html)
        assert tiles == ["Umzug", "Hund &amp; Haustier", "Todesfall"]
        assert "Personalausweis beantragen" in html
        english = client.get("/en/").content.decode()
        assert "Moving house" in english and "Applying for an identity card" in english

    def test_alert_banner_between_start_and_end(self, client):
        now = timezone.now()
        AlertFactory(title="Sturmwarnung", severity="critical", ends_at=now + timedelta(hours=5))
        AlertFactory(
            title="Vorbei",
            text="Abgelaufen.",
            starts_at=now - timedelta(days=3),
            ends_at=now - timedelta(days=2),
        )
        html = client.get("/de/leistungen/").content.decode()
        assert "Sturmwarnung" in html and 'role="alert"' in html
        assert "Vorbei" not in html
        assert "Sturmwarnung" not in client.get("/en/").content.decode()

    def test_home_queries_do_not_grow_with_the_number_of_services(self, client):
        before = count_queries(client, "/de/")
        make_many_services(100)
        assert count_queries(client, "/de/") == before
        assert before <= 30

    def test_service_page_queries_are_bounded(self, client, town):
        page = town.service("personalausweis")
        before = count_queries(client, page.url)
        make_many_services(100)
        assert count_queries(client, page.url) == before
        assert before <= 35
