"""The results page (/de/search/, /en/search/), the JSON search API and autocomplete.

All three call search.engine.search(), so an app sees the same results in the same order as
the page. All three are throttled per client (core.throttle, scope "search", settings.RATELIMITS):
the page and the API share one bucket; autocomplete, which asks while the visitor types, has its
own bucket at the same rate, so typing does not use up the searches. Over the limit the page
answers 429 with a page in the visitor's language, the API 429 JSON; both with Retry-After."""

import re

from django.conf import settings
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page

from core import throttle
from core.params import MAX_PAGE, choice_param, int_param
from pagecache import tag
from search import registry
from search.engine import MAX_QUERY_LENGTH, clean_query, materialise
from search.engine import search as run_search
from search.models import QueryLog, normalise_for_log

RESULTS_PER_PAGE = 10
API_PER_PAGE = 20
SUGGESTIONS = 8
SUGGESTION_MIN_SCORE = 5  # at least one word matched in a title or search term, not just the body text
_SLUG = re.compile(r"[-a-z0-9]{1,100}")
THROTTLE_SCOPE = "search"

__all__ = ["MAX_QUERY_LENGTH", "api", "clean_query", "search", "suggest"]


def _param(request, name, allowed=None):
    value = (request.GET.get(name) or "").strip()[:100]
    if allowed is not None:
        return value if value in allowed else ""
    return value if _SLUG.fullmatch(value) else ""


def _page_number(request):
    """A page number; anything that is not one (a typo, "²", a huge number) shows the first page."""
    return int_param(request.GET, "page", 1, min=1, max=MAX_PAGE, lenient=True)


def _throttled_json(request, scope=THROTTLE_SCOPE):
    response = _json({"error": str(_("Too many requests. Please wait a moment and try again."))}, status=429)
    response["Retry-After"] = str(throttle.window_seconds(scope) or 60)
    response["Cache-Control"] = "no-store"
    return response


def log_query(query, language, results):
    """Count the search for today's report; only the normalised query, nothing about the person."""
    text = normalise_for_log(query)
    if not text:
        return
    today = timezone.localdate()
    updated = QueryLog.objects.filter(date=today, language=language, query=text).update(
        count=F("count") + 1, results=results
    )
    if not updated:
        try:
            with transaction.atomic():
                QueryLog.objects.create(date=today, language=language, query=text, count=1, results=results)
        except IntegrityError:  # created meanwhile by a parallel request
            QueryLog.objects.filter(date=today, language=language, query=text).update(
                count=F("count") + 1, results=results
            )


def hit_url(hit, request=None):
    """Where a hit links to: its source says (search/registry.py); a promoted page of a type the
    search does not cover links to itself; an external promotion to its address."""
    if hit.obj is None:
        return hit.url
    if hit.source:
        return hit.source.url(hit.obj, request)
    return hit.obj.get_url(request) if isinstance(hit.obj, Page) else ""


def _filters(request):
    """The chosen group of each registered facet, e.g. {"lebenslage": "umzug"}."""
    return {facet.key: _param(request, facet.key) for facet in registry.facets()}


def _kinds():
    return {source.key for source in registry.sources()}


def language_name(code):
    return str(dict(settings.LANGUAGE_NAMES).get(code, code))


def translation_of(hit, request=None):
    """The visitor's-language version of a hit found in another language, as {title, url, language}."""
    if hit.translation is None or hit.source is None:
        return None
    url = hit.source.url(hit.translation, request)
    if not url:
        return None
    title = getattr(hit.translation, "title", None) or getattr(hit.translation, "name", "") or str(hit.translation)
    return {"title": title, "url": url, "language": hit.translation.locale.language_code}


def _prepare(hits, request, language):
    for hit in hits:
        hit.link = hit_url(hit, request)
        hit.language_name = language_name(hit.language)
        translation_ = translation_of(hit, request)
        hit.translation_link = translation_["url"] if translation_ else ""
        hit.translation_title = translation_["title"] if translation_ else ""
        hit.translation_language_name = language_name(language)


def serialise(hit, request=None):
    return {
        "title": hit.title,
        "url": hit_url(hit, request),
        "type": hit.kind,
        "type_label": str(hit.kind_label),
        "summary": hit.summary,
        "language": hit.language,
        "other_language": hit.other_language,
        "promoted": hit.promoted,
        "translation": translation_of(hit, request),
        **{
            facet.hit_key: [{"title": title, "slug": slug} for title, slug in hit.groups.get(facet.key, ())]
            for facet in registry.facets()
        },
    }


def search(request):
    if throttle.hit(request, THROTTLE_SCOPE):
        return throttle.too_many_requests(request, THROTTLE_SCOPE)
    # pagecache: what a search page shows (results themselves, with ?q=, are not stored: docs/caching.md).
    tag(Page, *registry.models(), "model:search.synonym", "model:wagtailsearchpromotions.searchpromotion")
    language = translation.get_language() or settings.LANGUAGE_CODE
    query = clean_query(request.GET.get("q", ""))
    kind = _param(request, "type", _kinds())
    filters = _filters(request)
    outcome = run_search(query, language, kind=kind, filters=filters)
    paginator = Paginator(outcome.hits, RESULTS_PER_PAGE)
    page = paginator.get_page(_page_number(request))
    materialise(page.object_list)
    promotions = outcome.promotions if page.number == 1 else []
    _prepare([*page.object_list, *promotions], request, language)
    if query and page.number == 1 and not kind and not outcome.filters:
        log_query(query, language, outcome.total + len(outcome.promotions))
    if query:
        title = _("Search results for “%(query)s”") % {"query": query}
    else:
        title = _("Search")
    return render(
        request,
        "search/search.html",
        {
            "search_query": query,
            "results": page,
            "promotions": promotions,
            "total": outcome.total + len(outcome.promotions),
            "types": outcome.facets["type"],
            "groups": [
                (facet, outcome.facets[facet.key], outcome.filters.get(facet.key, ""))
                for facet in registry.facets()
                if outcome.facets[facet.key]
            ],
            "selected_type": kind,
            "selected": {"type": kind, **outcome.filters},
            "page_title": title,
        },
    )


def _api_language(request):
    codes = [code for code, _name in settings.LANGUAGES]
    return choice_param(request.GET, "lang", codes, default=settings.LANGUAGE_CODE)


def _json(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=60"
    return response


@require_GET
def api(request):
    """GET /api/search/?q=…&lang=de|en&type=service&lebenslage=umzug&page=1 (type: a registered
    source, lebenslage: a registered facet)"""
    language = _api_language(request)
    with translation.override(language):
        if throttle.hit(request, THROTTLE_SCOPE):
            return _throttled_json(request)
        query = clean_query(request.GET.get("q", ""))
        kind = _param(request, "type", _kinds())
        outcome = run_search(query, language, kind=kind, filters=_filters(request))
        paginator = Paginator(outcome.hits, API_PER_PAGE)
        page = paginator.get_page(_page_number(request))
        materialise(page.object_list)
        if query and page.number == 1 and not kind and not outcome.filters:
            log_query(query, language, outcome.total + len(outcome.promotions))
        return _json(
            {
                "query": query,
                "language": language,
                "count": outcome.total + len(outcome.promotions),
                "page": page.number,
                "pages": paginator.num_pages,
                "promotions": [serialise(h, request) for h in (outcome.promotions if page.number == 1 else [])],
                "results": [serialise(h, request) for h in page.object_list],
                "facets": {
                    "type": [{"value": k, "label": str(label), "count": c} for k, label, c in outcome.facets["type"]],
                    **{
                        facet.key: [{"value": s, "label": t, "count": c} for s, t, c in outcome.facets[facet.key]]
                        for facet in registry.facets()
                    },
                },
            }
        )


@require_GET
def suggest(request):
    """GET /api/search/suggest/?q=…&lang=de: up to eight hits of the sources registered for
    autocomplete (the services) for the combobox."""
    language = _api_language(request)
    with translation.override(language):
        if throttle.hit(request, THROTTLE_SCOPE, value=f"suggest:{throttle.client_ip(request)}"):
            return _throttled_json(request)
        query = clean_query(request.GET.get("q", ""))
        if len(query) < 2:
            return _json({"query": query, "suggestions": []})
        outcome = run_search(query, language, suggest=True, prefix=True)
        materialise(outcome.hits[:SUGGESTIONS])
        return _json(
            {
                "query": query,
                "suggestions": [
                    {"title": h.title, "url": hit_url(h, request), "summary": h.summary}
                    for h in outcome.hits[:SUGGESTIONS]
                    if h.score >= SUGGESTION_MIN_SCORE
                ],
            }
        )
