import os

import pytest
from django.core.cache import cache

from pagecache import store
from visits import counter


@pytest.fixture(autouse=True)
def _fresh_counter(settings):
    """The page cache is on (hits must be counted too), and what a process holds between a request
    and the shared counters does not leak between tests."""
    settings.PAGECACHE_ENABLED = True
    cache.clear()
    store.forget_process_state()
    counter.forget_process_state()
    yield
    counter.forget_process_state()


@pytest.fixture
def redis_cache(settings):
    """The default cache on the real Redis (REDIS_URL), under a key prefix of this test's own.
    Tests that ask for it need a Redis server; without REDIS_URL they are skipped."""
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("REDIS_URL is not set: this test needs a Redis server")
    prefix = f"test-visits-{os.getpid()}-{os.urandom(4).hex()}"
    settings.CACHES = {"default": {"BACKEND": "cms.cache.RedisCache", "LOCATION": url, "KEY_PREFIX": prefix}}
    from django.core.cache import caches

    yield caches["default"]
    client = caches["default"]._cache.get_client(write=True)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
