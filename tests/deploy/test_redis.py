"""The shared cache and sessions on a real Redis (REDIS_URL, or the one on 127.0.0.1:6379). These tests
need Redis: without one that answers they skip, unless REQUIRE_REDIS=1. Each uses a key prefix of its
own and removes its keys afterwards, so the Redis may be shared with other tests and servers."""

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import Client, override_settings

from tests.deploy.stack import delete_prefixed, redis_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_cache(settings):
    """This test process's default cache on Redis, as REDIS_URL makes it (cms/settings/base.py)."""
    url = redis_url()
    prefix = f"stadtportal-test-{uuid.uuid4().hex[:12]}"
    settings.CACHES = {
        "default": {
            "BACKEND": "cms.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    yield url, prefix
    delete_prefixed(url, prefix)


def other_process_cache(url, prefix):
    """A second client on the same Redis, as another app server's process has it."""
    return RedisCache(url, {"KEY_PREFIX": prefix})


def test_one_redis_client_serves_every_call_and_the_front_cache_index_is_a_redis_set(redis_cache):
    """cms.cache keeps one client per connection pool (Django builds one per call); the page cache's
    index of addresses per tag uses Redis sets on it, so two processes adding at once lose nothing."""
    from cms.cache import RedisCache as KeptClientRedisCache
    from pagecache import store

    url, prefix = redis_cache
    backend = caches["default"]
    assert isinstance(backend, KeptClientRedisCache)
    client = backend._cache.get_client()
    assert backend._cache.get_client(write=True) is client
    store.index_add(["page:42"], "http://lindenfeld.example/de/")
    other = KeptClientRedisCache(url, {"KEY_PREFIX": prefix})
    with override_settings(CACHES={"default": {"BACKEND": "cms.cache.RedisCache", "LOCATION": url, "KEY_PREFIX": prefix}}):
        store.index_add(["page:42"], "http://lindenfeld.example/en/")
    assert client.type(other.make_key("pagecache:u:page:42")) == b"set"
    assert store.index_pop(["page:42"]) == {"http://lindenfeld.example/de/", "http://lindenfeld.example/en/"}
    assert store.index_pop(["page:42"]) == set()


def test_what_one_process_counts_another_sees(redis_cache):
    url, prefix = redis_cache
    here, there = caches["default"], other_process_cache(url, prefix)
    here.set("generation:vocabulary", 7)
    assert there.get("generation:vocabulary") == 7
    # Rate limits count atomically across processes.
    here.set("hits", 0)
    for _ in range(5):
        here.incr("hits")
        there.incr("hits")
    assert here.get("hits") == 10
    # Another site on the same Redis (another prefix) sees nothing of it.
    assert other_process_cache(url, prefix + "-nachbarstadt").get("hits") is None


def test_a_session_is_kept_in_the_database_and_read_through_redis(redis_cache):
    url, prefix = redis_cache
    user = get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", "x")
    client = Client()
    client.force_login(user)
    key = client.cookies["sessionid"].value
    # In the database (it survives a Redis restart) ...
    assert Session.objects.filter(session_key=key).exists()
    # ... and in Redis, where any app server reads it.
    cached = other_process_cache(url, prefix).get(f"django.contrib.sessions.cached_db{key}")
    assert cached and cached["_auth_user_id"] == str(user.pk)
    assert client.get("/admin/").status_code == 200

    # Redis forgets everything (restart, eviction): the login holds, read again from the database.
    delete_prefixed(url, prefix)
    assert client.get("/admin/").status_code == 200

    # A logout is gone from both at once, for every server.
    client.post("/admin/logout/")
    assert not Session.objects.filter(session_key=key).exists()
    assert other_process_cache(url, prefix).get(f"django.contrib.sessions.cached_db{key}") is None
