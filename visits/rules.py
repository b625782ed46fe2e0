"""What counts as a visit (docs/visits.md). Plain Python, shared by both sources: the middleware
and the WSGI entrance (`visits.middleware`, `visits.wsgi`) and the nginx log import
(`visits.nginx_log`), so a switch of VISITS_SOURCE does not change what is counted.

A visit is a GET of a public page address (under a language prefix, not /<lang>/_util/) that was
answered 200 with HTML, by a client that does not call itself a robot, and that is not a prefetch.
HEAD is not counted: nobody reads what it sends (link checkers and uptime monitors send it)."""

import re
from urllib.parse import unquote

from django.conf import settings

# Longer paths are not counted (no page has one; a made-up one must not fill the counters).
MAX_PATH = 400

# Clients that name themselves robots, crawlers, monitors, previewers or tools. A simple rule on
# purpose: a robot that poses as a browser is counted, as in every log analysis without profiling.
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|archiver|scrap|fetch|monitor|uptime|pingdom|check|scan|"
    r"preview|lighthouse|headless|phantomjs|selenium|puppeteer|playwright|"
    r"curl|wget|httpie|python|aiohttp|httpx|go-http-client|java/|okhttp|libwww|perl|ruby|php/|node-fetch|axios|"
    r"facebookexternalhit|whatsapp|telegram|slack|discord|embedly|ia_archiver|mediapartners|adsbot",
    re.IGNORECASE,
)


def is_bot(user_agent):
    """A client without a user agent, or one that says it is a robot or a tool."""
    return not user_agent or BOT_PATTERN.search(user_agent) is not None


def is_prefetch(*purposes):
    """Speculative loads (Sec-Purpose / Purpose: prefetch or prerender, X-Moz: prefetch,
    X-Purpose: preview): the page may never be shown."""
    for value in purposes:
        if value and any(word in value.lower() for word in ("prefetch", "prerender", "preview")):
            return True
    return False


def language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def language_of(path):
    """The language code of a page address (/de/…: "de"), or "" when it has no language prefix."""
    for code, _name in settings.LANGUAGES:
        if path.startswith(f"/{code}/"):
            return code
    return ""


def is_page_path(path):
    if len(path) > MAX_PATH or not path.startswith(language_prefixes()):
        return False
    return not any(path.startswith(f"/{code}/_util/") for code, _name in settings.LANGUAGES)


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
