import pytest
from django.core.cache import cache

from pagecache import store


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """These tests are about the cache: it is on, whatever PAGE_CACHE says, and starts empty."""
    settings.PAGECACHE_ENABLED = True
    cache.clear()
    store.forget_process_state()
    yield
    cache.clear()
    store.forget_process_state()


class Visitor:
    """An anonymous visitor with the Django test client who remembers what the cache said."""

    def __init__(self, client):
        self.client = client

    def get(self, url, **headers):
        response = self.client.get(url, headers=headers)
        response.cache_status = response.get("X-Cache")
        return response

    def status(self, url):
        return self.get(url).cache_status

    def warm(self, *urls):
        """Each address rendered once and then answered from the cache."""
        for url in urls:
            self.get(url)
            assert self.status(url) == "hit", url


@pytest.fixture
def visitor(client):
    return Visitor(client)
