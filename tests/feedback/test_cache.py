"""The widget on a cached page: the same for every visitor, no cookie, and voting still works."""

import pytest
from django.core.cache import cache

from feedback.models import Vote
from pagecache import store
from tests.feedback.conftest import widget_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGECACHE_ENABLED = True
    cache.clear()
    store.forget_process_state()
    yield
    cache.clear()
    store.forget_process_state()


def test_a_cached_service_page_carries_the_widget_and_votes_work(client, town):
    url = town.service("wohnsitz", "en").url
    first = client.get(url)
    assert first["X-Cache"] == "miss"
    assert "public" in first["Cache-Control"]
    assert "Set-Cookie" not in first
    hit = client.get(url)
    assert hit["X-Cache"] == "hit"
    assert "Set-Cookie" not in hit
    action, token = widget_of(hit)
    assert widget_of(first) == (action, token)

    response = client.post(action, {"page": token, "helpful": "yes"}, REMOTE_ADDR="192.0.2.50")
    assert response.status_code == 303
    assert "Set-Cookie" not in response
    assert Vote.objects.count() == 1
    thanks = client.get(response["Location"])
    assert thanks["X-Cache"] == "bypass"
    assert "no-store" in thanks["Cache-Control"]
    # A vote changes nothing on the page: it is still served from the cache.
    assert client.get(url)["X-Cache"] == "hit"
