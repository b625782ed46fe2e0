"""The council's addresses from before the calendar was a page (/de/rat/sitzungen/7/,
/en/council/committees/): each answers with a permanent redirect to the calendar page's sub-page.
What the new address would not show (an unknown or closed meeting) is not found here either."""

from django.http import Http404, HttpResponsePermanentRedirect
from django.views.decorators.http import require_GET

from council.models import Committee, Meeting, calendar_url

SHOWN = {"meeting": Meeting.objects.public, "committee": Committee.objects.all}


@require_GET
def moved_to_calendar_page(request, route, pk=None):
    if pk is not None and not SHOWN[route]().filter(pk=pk).exists():
        raise Http404("not found")
    url = calendar_url(route, *([] if pk is None else [pk]))
    if not url:
        raise Http404("no calendar page")
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)
