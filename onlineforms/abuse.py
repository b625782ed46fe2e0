"""Protection without third parties: a honeypot field, a time trap (a signed start time) and a
per-address rate limit kept in Django's cache."""

import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

HONEYPOT_FIELD = "homepage"
STARTED_FIELD = "_started"
_SALT = "onlineforms.started"


def min_seconds():
    return getattr(settings, "ONLINEFORMS_MIN_SECONDS", 3)


def max_age():
    return getattr(settings, "ONLINEFORMS_MAX_FORM_AGE", 24 * 3600)


def start_token(at=None):
    """A signed timestamp put into the form when it is shown."""
    return signing.dumps(int(at if at is not None else time.time()), salt=_SALT)


def seconds_since(token):
    """Seconds since the form was shown, or None for a missing, forged or stale token."""
    try:
        started = signing.loads(token, salt=_SALT, max_age=max_age())
    except (signing.BadSignature, TypeError):
        return None
    if not isinstance(started, int):
        return None
    return time.time() - started


def rate_limit():
    """(submissions, seconds) allowed per client address."""
    return getattr(settings, "ONLINEFORMS_RATE_LIMIT", (10, 3600))


def client_address(request):
    """REMOTE_ADDR; behind a proxy, set ONLINEFORMS_TRUSTED_PROXY_HEADER (e.g. HTTP_X_REAL_IP)."""
    header = getattr(settings, "ONLINEFORMS_TRUSTED_PROXY_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def _key(request):
    return f"onlineforms:rate:{client_address(request)}"


def is_rate_limited(request):
    limit, _window = rate_limit()
    return (cache.get(_key(request)) or 0) >= limit


def count_submission(request):
    _limit, window = rate_limit()
    key = _key(request)
    if cache.add(key, 1, window):
        return
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, window)
