"""Lean settings for the test suite: fast hashing, memory cache, tasks run at once, mail kept in memory."""

import tempfile

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=tempfile.mkdtemp(prefix="stadtportal-test-media-"))
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"

# The demo town: `manage.py seed_demo` and its content; its sender address (the site name comes
# with the seed, demo/content/site.yaml).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
DEFAULT_FROM_EMAIL = SERVER_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Stadt Lindenfeld <noreply@lindenfeld.example>"
)

# The full-page cache is off in the suite unless PAGE_CACHE=on: many tests read the template context
# of a response, which an answer from the cache does not have. tests/pagecache, tests/frontcache and
# tests/deploy switch it on (the last two run gunicorn under production settings, where it is on).
PAGECACHE_ENABLED = env.str("PAGE_CACHE", default="off").strip().lower() in ("on", "1", "true", "yes")
