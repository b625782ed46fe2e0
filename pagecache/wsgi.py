"""The page cache's hits, answered at the entrance of the WSGI application (docs/caching.md).

The middleware (pagecache.middleware) decides what may be shared, stores it, and serves hits from
inside Django: a hit still pays for Django's request handling around it (the request signals, the
middleware chain on the way in and out, a response object and its header checks), about twice the
work of looking the entry up. This wrapper serves a hit before all of that, from the same entry,
with the same checks, and with the very headers Django sent for it:

- It only answers what the middleware would answer from the cache: a GET or HEAD of a page
  address, with no session cookie, no credentials and no conditional header (those go through
  Django, which answers 304s), a host Django accepts, and an entry `store.get_entry` finds fresh
  (the generation read, the tags checked, the expiry).
- It needs the headers of that entry as Django sent them on a hit (security headers, CSP,
  language...): it keeps them, per entry key and ETag, from the last hit Django answered. Until
  then, and after any change of the entry (a new ETag), requests go through Django.
- What changes from answer to answer (ETag, Last-Modified, Cache-Control, X-Accel-Expires, X-Cache
  and Content-Length) is worked out as the middleware does (middleware.entry_headers).

Nothing here stores an entry or decides that one may be shared."""

import threading

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest

from pagecache import store
from pagecache.middleware import ENTRY_HEADERS, PageCacheMiddleware, entry_headers

# Headers of a hit worked out for each answer, or by the server (lower case).
_PER_ANSWER = {name.lower() for name in ENTRY_HEADERS} | {"content-length", "date", "server"}
# At most this many entries' headers are kept (a few hundred bytes each); then the table starts over.
MAX_KEPT = 5000


class PageCacheApplication:
    """Wraps Django's WSGI application (cms/wsgi.py)."""

    def __init__(self, application):
        self.application = application
        self.checks = PageCacheMiddleware(get_response=None)
        self._lock = threading.Lock()
        self._sent = {}  # entry key -> (ETag, status line, headers without _PER_ANSWER)

    def __call__(self, environ, start_response):
        key = self._cacheable_key(environ)
        if key is not None:
            answer = self._answer(environ, key)
            if answer is not None:
                status, headers, body = answer
                start_response(status, headers)
                return [body]
            return self.application(environ, self._watching(key, start_response))
        return self.application(environ, start_response)

    def _cacheable_key(self, environ):
        """The entry key the middleware would look up for this request, or None."""
        if not settings.PAGECACHE_ENABLED or environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        if "HTTP_IF_NONE_MATCH" in environ or "HTTP_IF_MODIFIED_SINCE" in environ:
            return None  # Django answers the 304 (and its headers)
        if not environ.get("PATH_INFO", "").startswith(self.checks.prefixes):
            return None  # not a page address (static files, the admin): no request object built for it
        try:
            request = WSGIRequest(environ)
            if not self.checks._handled(request) or self.checks._personal_request(request):
                return None
            return self.checks._key(request)[0]
        except Exception:  # e.g. a host Django refuses: Django answers it (400), as for every request
            return None

    def _answer(self, environ, key):
        sent = self._sent.get(key)
        if sent is None:
            return None
        entry = store.get_entry(key)
        if entry is None or entry["etag"] != sent[0]:
            return None
        _etag, status, headers = sent
        content = entry["content"]
        headers = [*headers, *entry_headers(entry, "hit"), ("Content-Length", str(len(content)))]
        return status, headers, content if environ["REQUEST_METHOD"] == "GET" else b""

    def _watching(self, key, start_response):
        """start_response that keeps the headers of a hit Django answered, for the next ones."""

        def watching_start_response(status, headers, exc_info=None):
            if exc_info is None and status.startswith("200"):
                self._keep(key, status, headers)
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        return watching_start_response

    def _keep(self, key, status, headers):
        found = {name.lower(): value for name, value in headers}
        if found.get("x-cache") != "hit" or "set-cookie" in found or "etag" not in found:
            return  # only what the middleware served from an entry, with nobody's cookie
        kept = tuple((name, value) for name, value in headers if name.lower() not in _PER_ANSWER)
        with self._lock:
            if len(self._sent) >= MAX_KEPT:
                self._sent.clear()
            self._sent[key] = (found["etag"], status, kept)
