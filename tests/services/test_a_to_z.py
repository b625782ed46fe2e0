"""Leistungen A–Z: German order, letters, filters, bounded queries."""

import re

import pytest

from services.a_to_z import german_sort_key, initial
from tests.factories.services import make_many_services, make_service
from tests.factories.town import SERVICES


def titles(html):
    return re.findall(r'<ul class="az-list">(.*?)</ul>', html, re.S)


def listed(html):
    return [t.strip() for t in re.findall(r'<li>\s*<a href="[^"]+">([^<]+)</a>', "".join(titles(html)))]


def test_german_sort_order_puts_umlauts_with_their_vowel():
    words = ["Zulassung", "Ummeldung", "Übermittlungssperre", "Abmeldung", "Änderung", "Straße", "Strasse"]
    assert sorted(words, key=german_sort_key) == [
        "Abmeldung",
        "Änderung",
        "Strasse",
        "Straße",
        "Übermittlungssperre",
        "Ummeldung",
        "Zulassung",
    ]
    assert initial("Änderung") == "A" and initial("Übermittlungssperre") == "U" and initial("1. Hilfe") == "#"


@pytest.mark.django_db
@pytest.mark.usefixtures("town")
class TestAToZ:
    def test_all_services_alphabetically_with_letters(self, client):
        make_service("Übermittlungssperre einrichten")
        make_service("Abfallkalender bestellen")
        html = client.get("/de/leistungen/").content.decode()
        names = listed(html)
        assert len(names) == len(SERVICES) + 2
        assert names == sorted(names, key=german_sort_key)
        assert names == [
            "Abfallkalender bestellen",
            "Fundsachen",
            "Gewerbe anmelden",
            "Hund anmelden",
            "Personalausweis beantragen",
            "Übermittlungssperre einrichten",
            "Wohnsitz anmelden",
        ]
        assert '<a href="#letter-P">P</a>' in html
        # Letters without services are shown, but disabled.
        assert re.search(r'<span aria-disabled="true"[^>]*>Y</span>', html)

    def test_umlaut_service_under_its_base_letter(self, client):
        make_service("Ärztliche Bescheinigung beglaubigen")
        html = client.get("/de/leistungen/").content.decode()
        section_a = re.search(r'id="letter-A".*?</section>', html, re.S).group(0)
        assert "Ärztliche Bescheinigung beglaubigen" in section_a

    def test_filter_by_lebenslage(self, client):
        html = client.get("/de/leistungen/?lebenslage=hund-haustier").content.decode()
        names = listed(html)
        assert "Hund anmelden" in " ".join(names) or any("Hund" in n for n in names)
        assert not any("Personalausweis" in n for n in names)
        assert '<option value="hund-haustier" selected>' in html

    def test_filter_by_audience(self, client):
        businesses = listed(client.get("/de/leistungen/?audience=businesses").content.decode())
        citizens = listed(client.get("/de/leistungen/?audience=citizens").content.decode())
        assert any("Gewerbe" in n for n in businesses)
        assert not any("Personalausweis" in n for n in businesses)
        assert any("Personalausweis" in n for n in citizens)

    def test_unknown_filters_are_ignored_with_a_note(self, client):
        response = client.get("/de/leistungen/?lebenslage=%3Cscript%3E&audience=robots")
        assert response.status_code == 200
        html = response.content.decode()
        assert "Diese Lebenslage gibt es nicht" in html
        assert len(listed(html)) == len(SERVICES)
        assert "<script>" not in html.split("<main", 1)[1].split("</main>")[0]

    def test_english_list(self, client):
        html = client.get("/en/services/").content.decode()
        names = listed(html)
        assert len(names) == len(SERVICES) and "Applying for an identity card" in names

    def test_queries_do_not_grow_with_the_number_of_services(self, client, django_assert_num_queries):
        from tests.queries import capture_queries

        def count(url):
            client.get(url)  # warm caches (locales, site)
            with capture_queries() as queries:
                assert client.get(url).status_code == 200
            return len(queries)

        before = {url: count(url) for url in ["/de/leistungen/", "/de/leistungen/?lebenslage=umzug&audience=citizens"]}
        make_many_services(540)
        after = {url: count(url) for url in before}
        assert after == before, (before, after)
        assert max(after.values()) <= 25
