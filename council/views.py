"""The council's addresses from before the calendar was a page (/de/rat/sitzungen/7/,
/en/council/committees/): each answers with a permanent redirect to the calendar page's sub-page."""

from django.http import Http404, HttpResponsePermanentRedirect
from django.views.decorators.http import require_GET

from council.models import calendar_url


@require_GET
def moved_to_calendar_page(request, route, pk=None):
    url = calendar_url(route, *([] if pk is None else [pk]))
    if not url:
        raise Http404("no calendar page")
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)
