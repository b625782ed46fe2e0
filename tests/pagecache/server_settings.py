"""Settings for the page-cache tests' own servers (tests/pagecache/test_processes.py): the test
settings with a cache that processes share (PAGECACHE_TEST_CACHE: a Redis URL or a folder)."""

import os

from cms.settings.test import *  # noqa: F403

_shared = os.environ["PAGECACHE_TEST_CACHE"]
if _shared.startswith("redis://"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _shared}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": _shared}}
PAGECACHE_ENABLED = True
