"""Findings 1, 8, 10 and 12 (HSTS): production refuses to start, and `manage.py check` fails, for each
misconfiguration that once left the site open or its e-mail broken."""

import importlib
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import SystemCheckError

BASE_ENV = {
    "SECRET_KEY": "k" * 64,
    "ALLOWED_HOSTS": "www.stadt.example",
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
}
CLEARED = (
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "EMAIL_BACKEND",
    "ANYMAIL",
    "EMAIL_TRACKING",
    "WAGTAILTRANSFER_ENABLED",
    "WAGTAILTRANSFER_SECRET_KEY",
    "SECURE_HSTS_PRELOAD",
)


def load_production(monkeypatch, **environment):
    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)
    for name, value in {**BASE_ENV, **environment}.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    # Both modules read the environment when they are imported.
    sys.modules.pop("cms.settings.production", None)
    sys.modules.pop("cms.settings.base", None)
    return importlib.import_module("cms.settings.production")


def test_production_needs_an_explicit_email_backend(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="EMAIL_BACKEND"):
        load_production(monkeypatch, EMAIL_BACKEND=None)


def test_production_starts_with_its_secrets(monkeypatch):
    module = load_production(monkeypatch)
    assert module.EMAIL_BACKEND == "django.core.mail.backends.smtp.EmailBackend"
    assert module.WAGTAILTRANSFER_ENABLED is False


@pytest.mark.parametrize(("secret", "word"), [("", "empty"), ("s" * 49, "shorter than 50")])
def test_production_refuses_transfer_with_a_weak_secret(monkeypatch, secret, word):
    with pytest.raises(ImproperlyConfigured, match=word) as info:
        load_production(monkeypatch, WAGTAILTRANSFER_ENABLED="true", WAGTAILTRANSFER_SECRET_KEY=secret)
    assert "WAGTAILTRANSFER_SECRET_KEY" in str(info.value)


def test_production_accepts_transfer_with_a_strong_secret(monkeypatch):
    module = load_production(monkeypatch, WAGTAILTRANSFER_ENABLED="true", WAGTAILTRANSFER_SECRET_KEY="s" * 64)
    assert module.WAGTAILTRANSFER_ENABLED is True


def test_production_refuses_tracking_without_a_webhook_secret(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="WEBHOOK_SECRET"):
        load_production(monkeypatch, EMAIL_TRACKING="true", ANYMAIL='{"POSTMARK_SERVER_TOKEN": "x"}')
    module = load_production(
        monkeypatch, EMAIL_TRACKING="true", ANYMAIL='{"POSTMARK_SERVER_TOKEN": "x", "WEBHOOK_SECRET": "a:b"}'
    )
    assert module.EMAIL_TRACKING is True


def test_hsts_preload_is_opt_in(monkeypatch):
    module = load_production(monkeypatch)
    assert module.SECURE_HSTS_PRELOAD is False
    assert module.SECURE_HSTS_SECONDS == 31536000
    module = load_production(monkeypatch, SECURE_HSTS_PRELOAD="true")
    assert module.SECURE_HSTS_PRELOAD is True


def run_check():
    call_command("check", verbosity=0)


def check_fails_with(code):
    with pytest.raises(SystemCheckError) as info:
        run_check()
    assert code in str(info.value)
    return str(info.value)


def test_check_passes_as_configured_for_tests():
    run_check()


def test_check_fails_for_transfer_with_a_weak_secret(settings):
    settings.WAGTAILTRANSFER_ENABLED = True
    settings.WAGTAILTRANSFER_SECRET_KEY = "too-short"
    check_fails_with("stadtportal.E001")


def test_check_fails_for_an_email_backend_that_does_not_import(settings):
    pytest.importorskip("anymail")
    if importlib.util.find_spec("boto3") is None:
        settings.EMAIL_BACKEND = "anymail.backends.amazon_ses.EmailBackend"
        message = check_fails_with("stadtportal.E002")
        assert "boto3" in message and "amazon-ses" in message
    settings.EMAIL_BACKEND = "anymail.backends.no_such_provider.EmailBackend"
    check_fails_with("stadtportal.E002")


def test_check_fails_for_an_email_backend_without_its_keys(settings):
    settings.EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
    settings.ANYMAIL = {}
    assert "MAILGUN_API_KEY" in check_fails_with("stadtportal.E003")


def test_check_fails_for_tracking_without_a_webhook_secret_in_production(settings):
    settings.STADTPORTAL_PRODUCTION = True
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://x"}}
    settings.EMAIL_TRACKING = True
    settings.ANYMAIL = {}
    check_fails_with("stadtportal.E004")


def test_check_fails_for_a_per_process_cache_in_production(settings):
    settings.STADTPORTAL_PRODUCTION = True
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    check_fails_with("stadtportal.E005")
