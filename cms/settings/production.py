"""Production settings. They refuse to start without the secrets they need."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

DEBUG = False

_missing = [name for name in ("SECRET_KEY", "ALLOWED_HOSTS") if not env.str(name, default="").strip()]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: "
        + ", ".join(_missing)
        + ". Set them (e.g. SECRET_KEY to a long random string, ALLOWED_HOSTS to "
        "'www.example-stadt.de') and start again."
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
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# E-mail: any django-anymail provider, e.g.
# EMAIL_BACKEND=anymail.backends.mailgun.EmailBackend and ANYMAIL='{"MAILGUN_API_KEY": "..."}'.
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="anymail.backends.amazon_ses.EmailBackend")
ANYMAIL = env.json("ANYMAIL", default={})

WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default=f"https://{ALLOWED_HOSTS[0]}")
