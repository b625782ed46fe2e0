"""The home page: Lebenslagen tiles, top services, alert banners, bounded queries."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories.cms import AlertFactory
from tests.factories.services import make_many_services
from tests.queries import count_queries


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
        assert 'lang="de">Sturmwarnung' in client.get("/en/").content.decode()  # until translated

    def test_home_queries_do_not_grow_with_the_number_of_services(self, client):
        before = count_queries(client, "/de/")
        make_many_services(100)
        assert count_queries(client, "/de/") == before
        assert before <= 30
