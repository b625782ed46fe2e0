"""Lebenslagen: curated services, guides, both languages, bounded queries."""

import re

import pytest

from lebenslagen.models import LebenslageService
from tests.factories.services import make_many_services
from tests.queries import count_queries


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
