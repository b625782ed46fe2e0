"""Protection without third parties: a honeypot field, a time trap and the shared rate limit.

The time trap is a signed token put into the form when it is shown: when, for which form (the
translation key, so the German and the English page of one form share it) and a random nonce. It
is accepted once: when a submission with it passes, the nonce is remembered in the cache until the
token would expire anyway (`cache.add`, atomic in every shared cache), so a token cannot be
replayed for another submission or on another form.

Submissions per client address are counted by core.throttle (scope "forms", settings.RATELIMITS),
which reads the client address behind settings.TRUSTED_PROXIES only.
"""

import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from core import throttle

HONEYPOT_FIELD = "homepage"
STARTED_FIELD = "_started"
RATE_SCOPE = "forms"
_SALT = "onlineforms.started"


def min_seconds():
    return getattr(settings, "ONLINEFORMS_MIN_SECONDS", 3)


def max_age():
    return getattr(settings, "ONLINEFORMS_MAX_FORM_AGE", 24 * 3600)


def start_token(form_key, at=None):
    """A signed start time for the form with translation key `form_key`, with a fresh nonce."""
    started = int(at if at is not None else time.time())
    return signing.dumps({"t": started, "f": str(form_key), "n": secrets.token_urlsafe(9)}, salt=_SALT)


def read_token(token, form_key):
    """The token's content ({"t", "f", "n"}) if it is genuine, recent and made for this form; else None."""
    try:
        value = signing.loads(token, salt=_SALT, max_age=max_age())
    except (signing.BadSignature, TypeError, ValueError):
        return None
    if not isinstance(value, dict) or not isinstance(value.get("t"), int) or not isinstance(value.get("n"), str):
        return None
    if value.get("f") != str(form_key):
        return None
    return value


def seconds_since(token, form_key):
    """Seconds since the form was shown, or None for a missing, forged, stale or foreign token."""
    value = read_token(token, form_key)
    return None if value is None else time.time() - value["t"]


def use_token(value):
    """Mark a read token as used; False when it was used before (a replay). Atomic: of two
    parallel requests with the same token exactly one gets True."""
    remaining = int(value["t"] + max_age() - time.time()) + 60
    return cache.add(f"onlineforms:token:{value['n']}", 1, max(remaining, 60))


def count_submission(request):
    """Count one submission (or spam attempt) of this client; True when it is over the limit."""
    return throttle.hit(request, RATE_SCOPE)


def is_rate_limited(request):
    """True when this client is already over the limit (nothing counted)."""
    return throttle.is_limited(request, RATE_SCOPE)


def retry_after():
    return throttle.window_seconds(RATE_SCOPE) or 3600
