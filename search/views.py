from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """Strip control characters (NUL included) and cap the length, so no input reaches the backend unchecked."""
    text = "".join(ch if ch.isprintable() else " " for ch in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = Page.objects.none()
    if query:
        locale = Locale.get_active()
        pages = Page.objects.live().public().filter(locale=locale).specific()
        results = pages.search(query, operator="or")
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    return render(
        request,
        "search/search.html",
        {
            "search_query": query,
            "results": page,
            "page_title": _("Search results for “%(query)s”") % {"query": query} if query else _("Search"),
        },
    )
