"""The page-cache middleware (docs/caching.md). It sits right below WhiteNoise, so on a hit nothing
else runs but the security headers; on a miss it sees the answer as the inner middleware left it
(CSP, language, session and CSRF headers included) and decides whether anyone else may get it."""

import hashlib
import time

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from pagecache import recording, store

PERSONAL = "private, no-store"
NOT_SHARED = "private, no-cache"
# Headers that are worked out anew for every answer served from the cache.
RECOMPUTED = {"cache-control", "x-accel-expires", "x-cache", "age", "expires", "date", "vary", "set-cookie"}


def _language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = _language_prefixes()
        self.excluded = tuple(f"/{code}/_util/" for code, _name in settings.LANGUAGES)

    # --- which requests the cache looks at -------------------------------------------------------

    def _handled(self, request):
        """A public page address (under a language prefix), read with GET or HEAD."""
        path = request.path_info
        return (
            request.method in ("GET", "HEAD")
            and path.startswith(self.prefixes)
            and not path.startswith(self.excluded)
        )

    def _personal_request(self, request):
        """A visitor with a session (an editor, or someone in the middle of a form) or credentials:
        what they see may be theirs, so it is neither looked up nor stored."""
        return settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META

    def _key(self, request):
        """(The entry's key, the address without its query when it has one). The key is None when the
        query string holds a parameter no page reads: the answer is rendered but not stored, so
        nobody fills the cache with made-up parameters."""
        known = settings.PAGECACHE_QUERY_PARAMS
        pairs = []
        for name, values in request.GET.lists():
            if name not in known:
                return None, None
            pairs.extend((name, value[:200]) for value in values)
        pairs.sort()
        query = "&".join(f"{name}={value}" for name, value in pairs)
        base = f"{request.scheme}://{request.get_host()}{request.path}"
        return store.entry_key(f"{base}?{query}"), base if query else None

    # --- the request ---------------------------------------------------------------------------------

    def __call__(self, request):
        if not self._handled(request):
            return self.get_response(request)
        enabled = settings.PAGECACHE_ENABLED
        personal = self._personal_request(request)
        key, variant_of = (None, None) if personal else self._key(request)
        if enabled and key is not None:
            entry = store.get_entry(key)
            if entry is not None:
                return self._serve(request, entry, "hit")
        started = time.time()
        token = recording.start()
        try:
            response = self.get_response(request)
        finally:
            found = recording.stop(token)
        return self._finish(request, response, found, started, personal, key, variant_of, enabled)

    # --- a fresh answer -------------------------------------------------------------------------

    def _why_not_shared(self, request, response, personal):
        """None when the answer may go to every anonymous visitor, else PERSONAL or NOT_SHARED."""
        if personal or request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or response.cookies:
            return PERSONAL  # a session, a CSRF token or a cookie of this visitor's
        user = getattr(request, "user", None)
        if user is not None and getattr(request, "_cached_user", None) is not None and user.is_authenticated:
            return PERSONAL
        if getattr(request, "is_preview", False):
            return PERSONAL
        control = response.get("Cache-Control", "").lower()
        if "private" in control or "no-store" in control:
            return PERSONAL
        if "no-cache" in control or "max-age=0" in control:
            return NOT_SHARED
        if response.status_code != 200 or response.streaming:
            return NOT_SHARED
        if not response.get("Content-Type", "").startswith("text/html"):
            return NOT_SHARED
        vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
        # The session was read (e.g. for the user bar) but this visitor has none: it made no difference.
        vary -= {"cookie", "accept-encoding"}
        if vary:
            return NOT_SHARED  # e.g. Accept-Language outside a language prefix
        return None

    def _finish(self, request, response, found, started, personal, key, variant_of, enabled):
        reason = self._why_not_shared(request, response, personal)
        if reason is None and found.expires is not None and found.expires - time.time() < 1:
            reason = NOT_SHARED  # true for less than a second
        if reason is not None:
            if reason == PERSONAL or not response.has_header("Cache-Control"):
                response["Cache-Control"] = reason
            response.headers.pop("X-Accel-Expires", None)
            response["X-Cache"] = "bypass"
            return response
        _drop_vary(response, "Cookie")
        tags = sorted(found.tags)
        checked_at = store.generation()  # read before the versions: a bump after it is seen later
        versions = store.versions(tags)
        if store.bumped_since(versions, started):
            # Something it shows changed while it rendered: it may be stale already.
            response["Cache-Control"] = NOT_SHARED
            response["X-Cache"] = "bypass"
            return response
        now = time.time()
        expires = min(found.expires or now + settings.PAGECACHE_TIMEOUT, now + settings.PAGECACHE_TIMEOUT)
        content = response.content
        entry = {
            "status": response.status_code,
            "headers": [(k, v) for k, v in response.items() if k.lower() not in RECOMPUTED],
            "content": content,
            "tags": versions,
            "expires": expires,
            "etag": '"' + hashlib.md5(content, usedforsecurity=False).hexdigest() + '"',
            "last_modified": int(now),
            "last_modified_http": http_date(int(now)),
        }
        status = "off"
        if key is None or len(content) > settings.PAGECACHE_MAX_SIZE or (variant_of and not store.variant_allowed(variant_of)):
            # Not stored (a parameter no page reads, too many variants, too large): the front
            # cache should not keep it either.
            response["Cache-Control"] = NOT_SHARED
            response["X-Cache"] = "bypass"
            return response
        if enabled:
            store.set_entry(key, entry, expires - now, checked_at)
            status = "miss"
            if _front_cache_configured():
                store.index_add(tags, request.build_absolute_uri())
        return self._serve(request, entry, status, response)

    # --- answering from an entry ----------------------------------------------------------------

    def _serve(self, request, entry, status, response=None):
        if response is None:
            response = HttpResponse(entry["content"] if request.method == "GET" else b"", status=entry["status"])
            for name, value in entry["headers"]:
                response[name] = value
            response["Content-Length"] = str(len(entry["content"]))
        for name, value in entry_headers(entry, status):
            response[name] = value
        if "HTTP_IF_NONE_MATCH" not in request.META and "HTTP_IF_MODIFIED_SINCE" not in request.META:
            return response  # nothing to compare: the answer as it is (the common case, and cheaper)
        conditional = get_conditional_response(
            request, etag=entry["etag"], last_modified=entry["last_modified"], response=response
        )
        if conditional is not response:  # 304 Not Modified keeps the caching headers
            for name in ("Cache-Control", "X-Accel-Expires", "X-Cache", "Content-Language"):
                if response.has_header(name):
                    conditional[name] = response[name]
        return conditional


# What every answer from an entry gets anew (pagecache.wsgi leaves these out of what it keeps).
ENTRY_HEADERS = ("ETag", "Last-Modified", "Cache-Control", "X-Accel-Expires", "X-Cache")


def entry_headers(entry, status):
    """The headers of ENTRY_HEADERS for an answer from `entry` now ("hit" or "miss")."""
    remaining = max(1, int(entry["expires"] - time.time()))
    return (
        ("ETag", entry["etag"]),
        ("Last-Modified", entry.get("last_modified_http") or http_date(entry["last_modified"])),
        ("Cache-Control", f"public, max-age={min(settings.PAGECACHE_BROWSER_TTL, remaining)}, s-maxage={remaining}"),
        ("X-Accel-Expires", str(remaining)),
        ("X-Cache", status),
    )


def _drop_vary(response, header):
    if not response.has_header("Vary"):
        return
    kept = [part.strip() for part in response["Vary"].split(",") if part.strip().lower() != header.lower()]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


def _front_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))
