"""How often a hit reads the shared generation (pagecache.store.generation_for_hit): within
PAGECACHE_GENERATION_TRUST of its last read a process uses what it read; its own changes it sees at
once; another process's change once that time has passed; and with a front cache configured every
hit reads it, so the front cache's refetch after a purge never gets an outdated answer.

The other process is a real one, on the same file-based cache."""

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from django.core.cache import caches

from pagecache import store
from pagecache.recording import object_tag

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


@pytest.fixture
def file_cache(settings, tmp_path):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path)}}
    store.forget_process_state()
    yield tmp_path
    store.forget_process_state()


@pytest.fixture
def generation_reads(monkeypatch):
    """The reads of the generation key. The backend object itself is patched, not the `cache`
    proxy: undoing a patch of the proxy after the settings fixture has restored CACHES would leave
    this test's backend's method on the next test's cache."""
    reads = []
    backend = caches["default"]
    real_get = backend.get

    def counting_get(key, *args, **kwargs):
        if key == store.GENERATION_KEY:
            reads.append(key)
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(backend, "get", counting_get)
    return reads


def bump_in_another_process(location, tag):
    script = textwrap.dedent(
        f"""
        import django
        from django.conf import settings
        django.setup()
        settings.CACHES = {{"default": {{"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                                        "LOCATION": {str(location)!r}}}}}
        from pagecache import store
        store.bump([{tag!r}])
        """
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True, timeout=120)


def test_hits_within_the_trust_time_read_the_generation_once(visitor, town, settings, file_cache, generation_reads):
    settings.PAGECACHE_GENERATION_TRUST = 30
    url = town.service("hund").url
    visitor.warm(url)
    generation_reads.clear()
    for _ in range(5):
        assert visitor.status(url) == "hit"
    assert len(generation_reads) <= 1


def test_this_process_s_own_change_is_served_at_once(visitor, town, settings, file_cache):
    settings.PAGECACHE_GENERATION_TRUST = 30
    service = town.service("hund")
    visitor.warm(service.url)
    service.title = "Hundesteuer und Hundemarke"
    service.save_revision().publish()
    response = visitor.get(service.url)
    assert response.cache_status == "miss" and "Hundesteuer und Hundemarke" in response.content.decode()


def test_another_process_s_change_is_served_once_the_trust_time_has_passed(visitor, town, settings, file_cache):
    settings.PAGECACHE_GENERATION_TRUST = 0.5
    service = town.service("hund")
    visitor.warm(service.url)
    # What the other server's save of this page bumps (pagecache.invalidation), sent from there.
    bump_in_another_process(file_cache, object_tag(service))
    time.sleep(0.6)
    assert visitor.status(service.url) == "miss"


def test_with_a_front_cache_every_hit_reads_the_generation(visitor, town, settings, file_cache, generation_reads):
    settings.PAGECACHE_GENERATION_TRUST = 30
    settings.WAGTAILFRONTENDCACHE = {"nginx": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://127.0.0.1:9"}}
    url = town.service("hund").url
    visitor.warm(url)
    generation_reads.clear()
    for _ in range(3):
        assert visitor.status(url) == "hit"
    assert len(generation_reads) == 3
