"""After a commit, the addresses a change made stale are purged from the front cache through
Wagtail's frontend-cache invalidation (HTTPBackend: PURGE requests), both languages, no others.
With REDIS_URL the same runs against Redis (the index is a Redis set there)."""

import os
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db


class PurgeRecorder(BaseHTTPRequestHandler):
    purged = []

    def do_PURGE(self):
        self.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def front_cache(settings):
    server = HTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PurgeRecorder.purged = []
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield PurgeRecorder.purged
    server.shutdown()


@pytest.fixture(params=["default", "redis"])
def shared_cache(request, settings):
    if request.param == "redis":
        url = os.environ.get("REDIS_URL")
        if not url:
            pytest.skip("REDIS_URL is not set: the Redis variant needs a Redis server")
        settings.CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url.rsplit("/", 1)[0] + "/14"}
        }
    cache.clear()
    yield request.param
    cache.clear()


def test_a_publish_purges_the_front_cache_after_commit(
    visitor, town, front_cache, shared_cache, django_capture_on_commit_callbacks
):
    pages = {
        "pass_de": town.service("personalausweis").url,
        "pass_en": town.service("personalausweis", "en").url,
        "az_de": town.service("hund").get_parent().url,
        "az_en": town.service("hund", "en").get_parent().url,
        "hund_de": town.service("hund").url,
        "hund_en": town.service("hund", "en").url,
    }
    visitor.warm(*pages.values())
    service = town.service("personalausweis")
    service.title = "Personalausweis (neu)"
    with django_capture_on_commit_callbacks(execute=True):
        service.save_revision().publish()
        assert front_cache == []  # nothing before the commit
    purged = set(front_cache)
    assert {pages[name] for name in ("pass_de", "pass_en", "az_de", "az_en")} <= purged
    assert not purged & {pages["hund_de"], pages["hund_en"]}
    assert visitor.status(pages["pass_en"]) == "miss" and visitor.status(pages["hund_de"]) == "hit"


def test_without_a_front_cache_nothing_is_indexed(visitor, town, settings):
    settings.WAGTAILFRONTENDCACHE = {}
    visitor.get(town.service("hund").url)
    assert not [key for key in cache._cache if ":pagecache:u:" in key]  # local memory's own keys
