"""System checks for the misconfigurations that once opened the site (see docs/security.md).
`manage.py check` (and `migrate`, `runserver`) fails on each of them."""

from django.conf import settings
from django.core import checks
from django.utils.module_loading import import_string

from cms import transfer

NOT_SHARED_CACHES = {
    "django.core.cache.backends.dummy.DummyCache": "is not a real cache",
    "django.core.cache.backends.locmem.LocMemCache": "is not shared between processes",
    "django.core.cache.backends.filebased.FileBasedCache": "does not count atomically",
    "django.core.cache.backends.db.DatabaseCache": "does not count atomically",
}


@checks.register(checks.Tags.security)
def check_transfer(app_configs, **kwargs):
    if not getattr(settings, "WAGTAILTRANSFER_ENABLED", False):
        return []
    if len(transfer.secret()) < transfer.MIN_SECRET_LENGTH:
        return [
            checks.Error(
                "wagtail-transfer is switched on (WAGTAILTRANSFER_ENABLED) but WAGTAILTRANSFER_SECRET_KEY is "
                f"empty or shorter than {transfer.MIN_SECRET_LENGTH} characters, so anyone could compute the "
                "API's digest.",
                hint="Set WAGTAILTRANSFER_SECRET_KEY to a random string of at least 50 characters, or switch "
                "transfer off.",
                id="stadtportal.E001",
            )
        ]
    return []


def _is_production():
    return getattr(settings, "STADTPORTAL_PRODUCTION", False)


@checks.register(checks.Tags.security)
def check_email_backend(app_configs, **kwargs):
    """The configured e-mail backend must import and accept its configuration, or every citizen's
    confirmation fails for a day before it is given up."""
    backend = getattr(settings, "EMAIL_BACKEND", "")
    try:
        backend_class = import_string(backend)
        backend_class(fail_silently=False)
    except ImportError as error:
        return [
            checks.Error(
                f"EMAIL_BACKEND {backend!r} cannot be imported: {error}.",
                hint="Install the provider's extra, e.g. `pip install 'django-anymail[amazon-ses]'` "
                "(see docs/deployment.md), or choose another backend.",
                id="stadtportal.E002",
            )
        ]
    except Exception as error:  # anymail raises AnymailConfigurationError for missing keys
        return [
            checks.Error(
                f"EMAIL_BACKEND {backend!r} is not configured: {error}",
                hint="Set the provider's keys in ANYMAIL (JSON), see docs/deployment.md.",
                id="stadtportal.E003",
            )
        ]
    return []


@checks.register(checks.Tags.security)
def check_tracking_webhook(app_configs, **kwargs):
    anymail = getattr(settings, "ANYMAIL", {}) or {}
    if _is_production() and getattr(settings, "EMAIL_TRACKING", False) and not anymail.get("WEBHOOK_SECRET"):
        return [
            checks.Error(
                "E-mail tracking webhooks are on (EMAIL_TRACKING) without ANYMAIL's WEBHOOK_SECRET, so anyone "
                "could post forged delivery and bounce events.",
                hint='Add "WEBHOOK_SECRET": "user:long-random-password" to ANYMAIL and the same credentials to '
                "the provider's webhook URL.",
                id="stadtportal.E004",
            )
        ]
    return []


@checks.register(checks.Tags.security, checks.Tags.caches)
def check_shared_cache(app_configs, **kwargs):
    """Rate limits and the time trap count in the default cache; per-process caches let every
    worker keep its own count."""
    if not _is_production():
        return []
    backend = settings.CACHES.get(getattr(settings, "RATELIMIT_USE_CACHE", "default"), {}).get("BACKEND", "")
    reason = NOT_SHARED_CACHES.get(backend)
    if reason:
        return [
            checks.Error(
                f"The cache backend {backend} {reason}; rate limits would count per process.",
                hint="Set REDIS_URL (or CACHE_URL) to a shared Redis, e.g. redis://127.0.0.1:6379/1.",
                id="stadtportal.E005",
            )
        ]
    return []
