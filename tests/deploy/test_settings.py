"""What the environment makes of storage, cache and sessions (cms/settings/base.py and production.py,
the "stateless" blocks): object storage only when configured and then completely, prefixes that keep
private files out of the public one, Redis as the shared cache, sessions read through it."""

import importlib
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

SECRETS = {
    "SECRET_KEY": "k" * 64,
    "ALLOWED_HOSTS": "www.stadt.example",
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
}
STORAGE = {
    "AWS_STORAGE_BUCKET_NAME": "stadt-media",
    "AWS_PRIVATE_STORAGE_BUCKET_NAME": "stadt-private",
    "AWS_S3_ENDPOINT_URL": "https://s3.example-provider.de",
    "AWS_ACCESS_KEY_ID": "key",
    "AWS_SECRET_ACCESS_KEY": "secret",
}
NAMES = (
    *SECRETS,
    *STORAGE,
    "AWS_S3_CUSTOM_DOMAIN",
    "AWS_S3_ADDRESSING_STYLE",
    "AWS_LOCATION",
    "AWS_PUBLIC_LOCATION",
    "AWS_PRIVATE_LOCATION",
    "REDIS_URL",
    "CACHE_URL",
    "CACHE_KEY_PREFIX",
)


def load(monkeypatch, module="cms.settings.production", **environment):
    for name in NAMES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    # The modules read the environment when they are imported.
    for name in ("cms.settings.production", "cms.settings.base"):
        sys.modules.pop(name, None)
    return importlib.import_module(module)


@pytest.fixture(autouse=True)
def _fresh_settings_modules():
    yield
    for name in ("cms.settings.production", "cms.settings.base"):
        sys.modules.pop(name, None)


def test_media_stays_on_the_file_system_unless_a_bucket_is_named(monkeypatch):
    settings = load(monkeypatch, **SECRETS)
    assert settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert "renditions" not in settings.STORAGES and "private" not in settings.STORAGES
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] == ["'self'", "data:"]


@pytest.mark.parametrize(
    ("given", "missing"),
    [
        ({"AWS_STORAGE_BUCKET_NAME": "stadt-media"}, ["AWS_PRIVATE_STORAGE_BUCKET_NAME", "AWS_ACCESS_KEY_ID"]),
        ({"AWS_S3_ENDPOINT_URL": "https://s3.example-provider.de"}, ["AWS_STORAGE_BUCKET_NAME", "AWS_SECRET_ACCESS_KEY"]),
        ({**STORAGE, "AWS_PRIVATE_STORAGE_BUCKET_NAME": ""}, ["AWS_PRIVATE_STORAGE_BUCKET_NAME"]),
        ({**STORAGE, "AWS_SECRET_ACCESS_KEY": " "}, ["AWS_SECRET_ACCESS_KEY"]),
    ],
)
def test_production_refuses_object_storage_configured_in_part(monkeypatch, given, missing):
    with pytest.raises(ImproperlyConfigured, match="Object storage is configured only in part") as info:
        load(monkeypatch, **SECRETS, **given)
    for name in missing:
        assert name in str(info.value)


@pytest.mark.parametrize(
    ("prefixes", "culprit"),
    [
        ({"AWS_PRIVATE_LOCATION": "public/uploads"}, "AWS_PRIVATE_LOCATION"),
        ({"AWS_PRIVATE_LOCATION": ""}, "AWS_PRIVATE_LOCATION"),
        ({"AWS_LOCATION": "public"}, "AWS_LOCATION"),
        ({"AWS_PUBLIC_LOCATION": "media/renditions"}, "AWS_PUBLIC_LOCATION"),
    ],
)
def test_production_refuses_a_private_prefix_inside_the_public_one(monkeypatch, prefixes, culprit):
    one_bucket = {**STORAGE, "AWS_PRIVATE_STORAGE_BUCKET_NAME": STORAGE["AWS_STORAGE_BUCKET_NAME"]}
    with pytest.raises(ImproperlyConfigured, match="prefix of its own") as info:
        load(monkeypatch, **SECRETS, **one_bucket, **prefixes)
    assert culprit in str(info.value)


def test_one_bucket_with_the_default_prefixes_is_accepted(monkeypatch):
    one_bucket = {**STORAGE, "AWS_PRIVATE_STORAGE_BUCKET_NAME": STORAGE["AWS_STORAGE_BUCKET_NAME"]}
    settings = load(monkeypatch, **SECRETS, **one_bucket)
    assert settings.STORAGES["private"]["OPTIONS"] == {"bucket_name": "stadt-media", "location": "private"}


def test_complete_object_storage(monkeypatch):
    settings = load(monkeypatch, **SECRETS, **STORAGE)
    assert settings.STORAGES["default"] == {"BACKEND": "core.storage.MediaStorage", "OPTIONS": {"location": "media"}}
    assert settings.STORAGES["renditions"] == {
        "BACKEND": "core.storage.PublicMediaStorage",
        "OPTIONS": {"location": "public"},
    }
    assert settings.STORAGES["private"]["BACKEND"] == "core.storage.PrivateStorage"
    assert settings.STORAGES["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert settings.WAGTAILIMAGES_RENDITION_STORAGE == "core.media.rendition_storage"
    # Renditions come from the bucket's host (virtual-hosted style by default): the CSP lets images in from it.
    assert "https://stadt-media.s3.example-provider.de" in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]
    assert settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["script-src"] == ["'self'"]


def test_renditions_url_host_is_the_one_the_csp_allows(monkeypatch, s3):
    """The origin the settings derive for the CSP is the one django-storages really builds URLs with."""
    from core.storage import PublicMediaStorage

    env = s3.environment()
    settings = load(monkeypatch, **SECRETS, **env)
    storage = PublicMediaStorage(
        bucket_name=env["AWS_STORAGE_BUCKET_NAME"],
        location="public",
        endpoint_url=env["AWS_S3_ENDPOINT_URL"],
        addressing_style="path",
        region_name=env["AWS_S3_REGION_NAME"],
        access_key=env["AWS_ACCESS_KEY_ID"],
        secret_key=env["AWS_SECRET_ACCESS_KEY"],
    )
    url = storage.url("images/rathaus.fill-60x45.png")
    assert url.startswith(settings.MEDIA_ORIGIN + "/")
    assert settings.MEDIA_ORIGIN in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]


def test_a_custom_domain_serves_renditions_and_is_allowed(monkeypatch):
    settings = load(monkeypatch, **SECRETS, **STORAGE, AWS_S3_CUSTOM_DOMAIN="medien.stadt.example")
    assert settings.MEDIA_ORIGIN == "https://medien.stadt.example"
    assert "https://medien.stadt.example" in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]


def test_private_storage_never_makes_a_url():
    from core.storage import MediaStorage, PrivateStorage

    private = PrivateStorage(bucket_name="stadt-private", location="private", custom_domain="cdn.example")
    assert private.url("submissions/2026/05/abc") == "/private-not-served/submissions/2026/05/abc"
    # Original images and documents: signed URLs at the endpoint, never at the public (CDN) domain.
    media = MediaStorage(bucket_name="stadt-media", location="media", access_key="k", secret_key="s")
    assert media.custom_domain is None and media.querystring_auth is True
    assert media.file_overwrite is False and media.default_acl is None


def test_redis_is_the_shared_cache_and_sessions_are_read_through_it(monkeypatch):
    settings = load(monkeypatch, **SECRETS, REDIS_URL="redis://127.0.0.1:6379/1", CACHE_KEY_PREFIX="lindenfeld")
    cache = settings.CACHES["default"]
    assert cache["BACKEND"] == "cms.cache.RedisCache"  # Django's, with one client per pool
    assert cache["LOCATION"] == "redis://127.0.0.1:6379/1"
    assert cache["KEY_PREFIX"] == "lindenfeld"
    assert cache["OPTIONS"]["socket_timeout"] == 2
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"


def test_without_a_shared_cache_sessions_come_from_the_database(monkeypatch):
    settings = load(monkeypatch, module="cms.settings.base")
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
