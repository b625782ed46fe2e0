"""Production settings. They refuse to start without the secrets they need."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

DEBUG = False

STADTPORTAL_PRODUCTION = True

_missing = [
    name for name in ("SECRET_KEY", "ALLOWED_HOSTS", "EMAIL_BACKEND") if not env.str(name, default="").strip()
]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: "
        + ", ".join(_missing)
        + ". Set them (e.g. SECRET_KEY to a long random string, ALLOWED_HOSTS to "
        "'www.example-stadt.de', EMAIL_BACKEND to 'anymail.backends.mailgun.EmailBackend') and start again."
    )

SECRET_KEY = env.str("SECRET_KEY")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("insecure"):
    raise ImproperlyConfigured("SECRET_KEY must be a random string of at least 50 characters.")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[f"https://{h}" for h in ALLOWED_HOSTS])

# Transport security (TLS terminates at the proxy, which sets X-Forwarded-Proto).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading is a promise to browsers that cannot be taken back quickly: opt-in.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_SECURE = True
# Staff second factor: superusers and the Redaktion must have one, unless set otherwise (docs/twofactor.md).
TWOFACTOR_REQUIRED = env.list("TWOFACTOR_REQUIRED", default=["superusers", "Redaktion"])
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# E-mail: any django-anymail provider, chosen explicitly, e.g.
# EMAIL_BACKEND=anymail.backends.mailgun.EmailBackend and ANYMAIL='{"MAILGUN_API_KEY": "..."}'.
# A system check (stadtportal.E002/E003) makes sure the backend imports and is configured; some
# providers need an extra: `make install MAIL_EXTRA=amazon-ses` (docs/deployment.md).
EMAIL_BACKEND = env.str("EMAIL_BACKEND")
ANYMAIL = env.json("ANYMAIL", default={})
if EMAIL_TRACKING and not ANYMAIL.get("WEBHOOK_SECRET"):  # noqa: F405
    raise ImproperlyConfigured(
        "EMAIL_TRACKING is on, so the provider's webhooks are open: set WEBHOOK_SECRET in ANYMAIL "
        '(e.g. ANYMAIL=\'{"WEBHOOK_SECRET": "user:long-random-password", ...}\') and start again.'
    )

# wagtail-transfer: switched on only with a strong shared secret.
if WAGTAILTRANSFER_ENABLED and len(WAGTAILTRANSFER_SECRET_KEY) < 50:  # noqa: F405
    raise ImproperlyConfigured(
        "WAGTAILTRANSFER_ENABLED is on but WAGTAILTRANSFER_SECRET_KEY is "
        + ("empty" if not WAGTAILTRANSFER_SECRET_KEY else "shorter than 50 characters")  # noqa: F405
        + ": set it to a random string of at least 50 characters (the same on both sites), or switch "
        "transfer off, and start again."
    )

WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default=f"https://{ALLOWED_HOSTS[0]}")

# --- stateless: object storage is all or nothing (docs/deployment.md, "Object storage, sessions and cache") ---
_STORAGE_SWITCHES = ("AWS_STORAGE_BUCKET_NAME", "AWS_PRIVATE_STORAGE_BUCKET_NAME", "AWS_S3_ENDPOINT_URL", "AWS_S3_CUSTOM_DOMAIN")
_STORAGE_NEEDS = ("AWS_STORAGE_BUCKET_NAME", "AWS_PRIVATE_STORAGE_BUCKET_NAME", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")
if any(env.str(name, default="").strip() for name in _STORAGE_SWITCHES):
    _missing = [name for name in _STORAGE_NEEDS if not env.str(name, default="").strip()]
    if _missing:
        raise ImproperlyConfigured(
            "Object storage is configured only in part: "
            + ", ".join(_missing)
            + (" is" if len(_missing) == 1 else " are")
            + " missing. Media on object storage needs AWS_STORAGE_BUCKET_NAME (images and documents), "
            "AWS_PRIVATE_STORAGE_BUCKET_NAME (citizens' uploads; may be the same bucket with its own "
            "AWS_PRIVATE_LOCATION), AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, and AWS_S3_ENDPOINT_URL "
            "unless the storage is AWS itself. Set them all, or none to keep media on this server's disk, "
            "and start again."
        )
    _prefixes = {
        "AWS_LOCATION": AWS_LOCATION,  # noqa: F405
        "AWS_PUBLIC_LOCATION": AWS_PUBLIC_LOCATION,  # noqa: F405
    }
    if AWS_PRIVATE_STORAGE_BUCKET_NAME == AWS_STORAGE_BUCKET_NAME:  # noqa: F405
        _prefixes["AWS_PRIVATE_LOCATION"] = AWS_PRIVATE_LOCATION  # noqa: F405
    for _name, _prefix in _prefixes.items():
        _others = [other for other_name, other in _prefixes.items() if other_name != _name]
        if not _prefix or any(f"{_prefix}/".startswith(f"{other}/") for other in _others):
            raise ImproperlyConfigured(
                f"{_name} ({_prefix!r}) must be a prefix of its own in the bucket, apart from "
                + ", ".join(f"{n} ({p!r})" for n, p in _prefixes.items() if n != _name)
                + ": only AWS_PUBLIC_LOCATION is readable by anyone (the bucket policy opens it), so no "
                "private file may share it. Choose distinct prefixes (defaults: media, public, private)."
            )
# --- end stateless ---

# --- billing: a configured payment variant needs all its secrets (docs/deployment.md, "Online payment") ---
if "pmpayment" in PAYMENT_VARIANTS:  # noqa: F405
    _pmpayment = PAYMENT_VARIANTS["pmpayment"][1]  # noqa: F405
    _needs = {"PMPAYMENT_AGS": "ags", "PMPAYMENT_PROCEDURE": "procedure", "PMPAYMENT_SALT": "salt"}
    _missing = [name for name, key in _needs.items() if not _pmpayment[key]]
    if _missing:
        raise ImproperlyConfigured(
            "PMPAYMENT_URL is set, but " + ", ".join(_missing) + " missing: pmPayment needs the municipality "
            "key, the procedure and the procedure's secret salt (it signs every redirect and notification)."
        )
    if len(_pmpayment["salt"]) < 16 or not _pmpayment["endpoint"].startswith("https://"):
        raise ImproperlyConfigured("PMPAYMENT_SALT must be the platform's secret (16+ characters) and PMPAYMENT_URL https.")
if "stripe" in PAYMENT_VARIANTS:  # noqa: F405
    _stripe = PAYMENT_VARIANTS["stripe"][1]  # noqa: F405
    if not _stripe["webhook_secret"]:
        raise ImproperlyConfigured(
            "STRIPE_SECRET_KEY is set, but STRIPE_WEBHOOK_SECRET missing: without the endpoint's signing "
            "secret no webhook can be verified, so no card payment would ever be confirmed."
        )
    if not _stripe["endpoint"].startswith("https://"):
        raise ImproperlyConfigured("STRIPE_API_URL must be https (Stripe's API, https://api.stripe.com).")
# --- end billing ---
