"""The calendar for citizens: upcoming list, month view, archive, one meeting, one event, committees,
and the form that builds a personal feed address. Plain views with URLs in both languages."""

from datetime import date

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.i18n import localize_all
from core.params import MAX_PAGE, InvalidParameter, int_param
from council import schedule
from council.enums import CommitteeKind, EventCategory
from council.models import Committee, Event, Meeting, local_tz

MIN_YEAR, MAX_YEAR = 1990, 2100


def _localized_committees():
    """Committees in the visitor's language: the council first, then committees, districts, boards."""
    order = {kind: index for index, kind in enumerate(CommitteeKind.values)}
    committees = sorted(Committee.objects.canonical(), key=lambda c: (order.get(c.kind, 99), c.name))
    localized = localize_all(committees)
    for original, committee in zip(committees, localized, strict=True):
        committee._canonical_pk = original.pk
    return localized


def _page_number(request):
    """A page number; anything else (a stale link, a made-up value) shows the first page."""
    return int_param(request.GET, "page", 1, min=1, max=MAX_PAGE, lenient=True)


def _filter_context(filters):
    committees = _localized_committees()
    return {
        "filters": filters,
        "filter_query": filters.query_string(),
        "all_committees": committees,
        "committee_kinds": CommitteeKind.choices,
        "event_categories": EventCategory.choices,
        "this_month": timezone.localtime(timezone.now(), local_tz()).date(),
    }


@require_GET
def calendar_list(request):
    filters = schedule.Filters.from_query(request.GET)
    now = timezone.now()
    paginator = Paginator(schedule.upcoming(filters, now=now), 25)
    page_obj = paginator.get_page(_page_number(request))
    today = timezone.localtime(now, local_tz()).date()
    return render(
        request,
        "council/calendar_list.html",
        {
            **_filter_context(filters),
            "page_title": _("Calendar"),
            "page_obj": page_obj,
            "entries": page_obj.object_list,
            "this_month": today,
            "view": "list",
        },
    )


def _valid_month(year, month):
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        raise Http404(_("There is no calendar for this month."))


@require_GET
def calendar_month(request, year, month):
    _valid_month(year, month)
    filters = schedule.Filters.from_query(request.GET)
    start, end, first, following = schedule.month_bounds(year, month)
    entries = schedule.entries_between(start, end, filters)
    previous = date(year - (month == 1), (month - 2) % 12 + 1, 1)
    today = timezone.localtime(timezone.now(), local_tz()).date()
    return render(
        request,
        "council/calendar_month.html",
        {
            **_filter_context(filters),
            "page_title": first,
            "month": first,
            "weeks": schedule.month_grid(year, month, entries),
            "entries": entries,
            "previous_month": previous if previous.year >= MIN_YEAR else None,
            "next_month": following if following.year <= MAX_YEAR else None,
            "today": today,
            "view": "month",
        },
    )


@require_GET
def archive(request):
    """Past meetings, newest first, by year."""
    now = timezone.now()
    current_year = timezone.localtime(now, local_tz()).year
    filters = schedule.Filters.from_query(request.GET)
    meetings = filters.meetings(Meeting.objects.past(now))
    years = sorted({d.year for d in meetings.dates("start", "year")}, reverse=True)
    try:
        year = int_param(request.GET, "year", "", min=MIN_YEAR, max=current_year)
    except InvalidParameter:
        raise Http404(_("There is no archive for this year.")) from None
    if year:
        start, _end, _f, _n = schedule.month_bounds(year, 1)
        end = schedule.month_bounds(year + 1, 1)[0]
        meetings = meetings.filter(start__gte=start, start__lt=end)
    paginator = Paginator(meetings.select_related("location", "minutes_document"), 25)
    page_obj = paginator.get_page(_page_number(request))
    return render(
        request,
        "council/archive.html",
        {
            **_filter_context(filters),
            "page_title": _("Past meetings"),
            "page_obj": page_obj,
            "meetings": schedule.localize_meetings(page_obj.object_list),
            "years": years,
            "year": year,
            "view": "archive",
        },
    )


def _canonical_or_redirect(queryset, pk, view_name):
    obj = get_object_or_404(queryset, pk=pk)
    canonical = obj.get_canonical()
    if canonical.pk != obj.pk:
        return None, HttpResponsePermanentRedirect(reverse(view_name, args=[canonical.pk]))
    return canonical, None


@require_GET
def meeting_detail(request, pk):
    """A public meeting with its public agenda. A closed meeting is not found (see council.models)."""
    canonical, redirect = _canonical_or_redirect(Meeting.objects.public(), pk, "council:meeting")
    if redirect:
        return redirect
    meeting = schedule.localize_meetings([canonical])[0]
    return render(
        request,
        "council/meeting_detail.html",
        {
            "page_title": meeting.name,
            "meeting": meeting,
            "agenda": meeting.public_agenda(),
            "has_closed_items": meeting.has_closed_items(),
            "live": meeting.is_live(),
            "feed_url": reverse("council_feeds:meeting_ics", args=[canonical.pk]),
        },
    )


@require_GET
def event_detail(request, pk):
    canonical, redirect = _canonical_or_redirect(Event.objects.all(), pk, "council:event")
    if redirect:
        return redirect
    event = schedule.localize_events([canonical])[0]
    now = timezone.now()
    next_dates = event.occurrences(now, now + schedule.UPCOMING_HORIZON, limit=10)[:10] if event.recurrence else []
    return render(
        request,
        "council/event_detail.html",
        {
            "page_title": event.title,
            "event": event,
            "next_dates": next_dates,
            "category_label": EventCategory(event.category).label,
            "feed_url": reverse("council_feeds:event_ics", args=[canonical.pk]),
        },
    )


@require_GET
def committee_list(request):
    localized = _localized_committees()
    return render(
        request,
        "council/committee_list.html",
        {
            "page_title": _("Council and committees"),
            "committees": localized,
            "this_month": timezone.localtime(timezone.now(), local_tz()).date(),
        },
    )


@require_GET
def committee_detail(request, pk):
    canonical = get_object_or_404(Committee, pk=pk)
    if canonical.canonical_pk != canonical.pk:
        return HttpResponsePermanentRedirect(reverse("council:committee", args=[canonical.canonical_pk]))
    committee = localize_all([canonical])[0]
    committee._canonical_pk = canonical.pk
    filters = schedule.Filters(committees=[canonical.pk], show="meetings")
    upcoming = schedule.upcoming(filters, limit=10)
    recent = schedule.localize_meetings(filters.meetings(Meeting.objects.past())[:5])
    return render(
        request,
        "council/committee_detail.html",
        {
            "page_title": committee.name,
            "committee": committee,
            "entries": upcoming,
            "recent": recent,
            "feed_url": reverse("council_feeds:committee_ics", args=[canonical.pk]),
        },
    )


@require_GET
def subscribe(request):
    """Build a personal feed address from chosen committees and categories (no account needed)."""
    filters = schedule.Filters.from_query(request.GET)
    filters.kinds, filters.show = [], "all"
    language = get_language()
    language_query = "" if language == settings.LANGUAGE_CODE else f"?lang={language}"
    feed_url = None
    if filters.committees or filters.categories:
        feed_url = request.build_absolute_uri(reverse("council_feeds:personal_ics")) + "?" + filters.query_string()
        if language_query:
            feed_url += "&" + language_query[1:]
    context = _filter_context(filters)
    context.update(
        {
            "page_title": _("Subscribe to the calendar"),
            "feed_url": feed_url,
            "submitted": "committee" in request.GET or "category" in request.GET or "submitted" in request.GET,
            "all_meetings_url": request.build_absolute_uri(reverse("council_feeds:meetings_ics")) + language_query,
            "all_events_url": request.build_absolute_uri(reverse("council_feeds:events_ics")) + language_query,
        }
    )
    return render(request, "council/subscribe.html", context)
