"""Who is asking, and how often: the client address behind trusted proxies, and rate limits kept in
the shared cache through django-ratelimit (atomic `add` + `incr`, so every worker and every server
counts into the same bucket).

Rates live in settings.RATELIMITS (scope -> "count/period", e.g. "10/h", "5/15m"); every view that
limits something names its scope here, so operators tune them in one place.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django_ratelimit.core import _split_rate, get_usage


@lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(p.strip(), strict=False) for p in proxies if p.strip())


def trusted_proxies():
    """The networks whose X-Forwarded-For entries are believed (settings.TRUSTED_PROXIES, CIDRs)."""
    return _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))


def _parse(value):
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


def _trusted(address, networks):
    return any(address in network for network in networks)


def client_ip(request):
    """The address of the client, as far as we can trust it.

    Only when the connection comes from a trusted proxy is X-Forwarded-For read, and then from the
    right: each trusted proxy appends the address it saw, so the first entry from the right that is
    not itself a trusted proxy is the client. Entries left of it were written by the client and are
    ignored, whatever they claim. A malformed entry ends the walk at the last proxy we trust."""
    remote = _parse(request.META.get("REMOTE_ADDR", "")) or ipaddress.ip_address("0.0.0.0")
    networks = trusted_proxies()
    if not networks or not _trusted(remote, networks):
        return str(remote)
    hops = [h for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
    client = remote
    for hop in reversed(hops):
        address = _parse(hop)
        if address is None:
            break
        client = address
        if not _trusted(address, networks):
            break
    return str(client)


def rate(scope):
    """The configured rate of a scope, e.g. "10/h"; None switches the limit off."""
    return getattr(settings, "RATELIMITS", {}).get(scope)


def window_seconds(scope):
    configured = rate(scope)
    return _split_rate(configured)[1] if configured else 0


def _usage(request, scope, value, increment):
    configured = rate(scope)
    if configured is None:
        return None
    return get_usage(
        request,
        group=f"stadtportal.{scope}",
        key=lambda _group, _request: value,
        rate=configured,
        increment=increment,
    )


def hit(request, scope, value=None):
    """Count one request of `scope` for `value` (default: the client address); True when it is over
    the limit. Counting first and then comparing means parallel requests cannot slip past."""
    usage = _usage(request, scope, client_ip(request) if value is None else str(value), True)
    return bool(usage and usage["should_limit"])


def is_limited(request, scope, value=None):
    """True when `scope` is already over its limit for `value`, without counting this request."""
    usage = _usage(request, scope, client_ip(request) if value is None else str(value), False)
    return bool(usage and usage["count"] >= usage["limit"])


def too_many_requests(request, scope, context=None, template="cms/too_many_requests.html"):
    """429 with a Retry-After header and a page in the visitor's language."""
    context = {"page_title": _("Too many requests"), **(context or {})}
    response = TemplateResponse(request, template, context, status=429)
    response["Retry-After"] = str(window_seconds(scope) or 60)
    response["Cache-Control"] = "no-store"
    return response
