"""What counts as a visit (docs/visits.md). Plain Python, shared by both sources: the middleware
and the WSGI entrance (`visits.middleware`, `visits.wsgi`) and the nginx log import
(`visits.nginx_log`), so a switch of VISITS_SOURCE does not change what is counted.

A visit is a GET of a public page address (under a language prefix, not /<lang>/_util/) that was
answered 200 with HTML, by a client that does not call itself a robot, and that is not a prefetch.
HEAD is not counted: nobody reads what it sends (link checkers and uptime monitors send it)."""

import functools
from urllib.parse import unquote

from django.conf import settings

# Longer paths are not counted (no page has one; a made-up one must not fill the counters).
MAX_PATH = 400

# Clients that name themselves robots, crawlers, monitors, previewers or tools (looked for in the
# user agent, in lower case). A simple rule on purpose: a robot that poses as a browser is counted,
# as in every log analysis without profiling.
BOT_WORDS = (
    "bot", "crawl", "spider", "slurp", "archiver", "scrap", "fetch", "monitor", "uptime", "pingdom", "check",
    "scan", "preview", "lighthouse", "headless", "phantomjs", "selenium", "puppeteer", "playwright", "curl",
    "wget", "httpie", "python", "aiohttp", "httpx", "go-http-client", "java/", "okhttp", "libwww", "perl",
    "ruby", "php/", "node-fetch", "axios", "facebookexternalhit", "whatsapp", "telegram", "slack", "discord",
    "embedly", "mediapartners",
)  # fmt: skip


@functools.lru_cache(maxsize=2048)
def is_bot(user_agent):
    """A client without a user agent, or one that says it is a robot or a tool. Remembered per user
    agent: browsers send a few hundred different ones, and a regular expression over the whole
    string cost more than the page cache's hit itself."""
    if not user_agent:
        return True
    lowered = user_agent.lower()
    return any(word in lowered for word in BOT_WORDS)


def is_prefetch(*purposes):
    """Speculative loads (Sec-Purpose / Purpose: prefetch or prerender, X-Moz: prefetch,
    X-Purpose: preview): the page may never be shown."""
    for value in purposes:
        if value:
            value = value.lower()
            if "prefetch" in value or "prerender" in value or "preview" in value:
                return True
    return False


@functools.cache
def _prefixes():
    codes = tuple(code for code, _name in settings.LANGUAGES)
    return codes, tuple(f"/{code}/" for code in codes), tuple(f"/{code}/_util/" for code in codes)


def page_prefixes():
    """("/de/", "/en/"): a quick test before the others."""
    return _prefixes()[1]


def language_of(path):
    """The language code of a page address (/de/…: "de"), or "" when it has no language prefix."""
    codes, prefixes, _util = _prefixes()
    for code, prefix in zip(codes, prefixes, strict=True):
        if path.startswith(prefix):
            return code
    return ""


def is_page_path(path):
    _codes, prefixes, util = _prefixes()
    return len(path) <= MAX_PATH and path.startswith(prefixes) and not path.startswith(util)


def counts(method, path, status, content_type, user_agent, *purposes):
    """Whether this answer is a visit. `path` is the decoded path without the query string."""
    return (
        method == "GET"
        and int(status) == 200
        and (content_type or "").lower().startswith("text/html")
        and is_page_path(path)
        and not is_prefetch(*purposes)
        and not is_bot(user_agent)
    )


def path_of(request_uri):
    """The decoded path of a request URI as logged by nginx ($request_uri: "/de/a%C3%A4/?x=1")."""
    return unquote(request_uri.split("?", 1)[0].split("#", 1)[0])
