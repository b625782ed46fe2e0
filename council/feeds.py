"""Subscribable iCal feeds and single-item downloads. Outside the language prefix; `?lang=en` for English.
Only published meetings (`Meeting.objects.published()`, see council.models) are in any feed."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotFound
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.params import InvalidParameter, choice_param, int_list
from council import ical
from council.enums import EventCategory
from council.models import Committee, Event, Meeting, schedule

FEED_PAST = timedelta(days=180)
FEED_FUTURE = timedelta(days=550)
MAX_SELECTION = 50


def _language(request):
    return choice_param(request.GET, "lang", dict(settings.LANGUAGES), default=settings.LANGUAGE_CODE)


def _plain(response_class, message):
    return response_class(message, content_type="text/plain; charset=utf-8")


def _response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _window_meetings(queryset):
    """Meetings held in the feed's window (a moved meeting at its new date)."""
    now = timezone.now()
    return queryset.held_between(now - FEED_PAST, now + FEED_FUTURE).select_related("location")


def _window_events(queryset):
    now = timezone.now()
    return queryset.filter(start__lte=now + FEED_FUTURE).filter(Q(end__gte=now - FEED_PAST) | ~Q(recurrence=""))


def _feed(request, name, meetings, events, filename):
    language = _language(request)
    with translation.override(language):
        meetings = schedule.localize_meetings(meetings)
        events = schedule.localize_events(events)
        return _response(ical.build(str(name), meetings, events, request, language), filename)


@require_GET
@cache_control(max_age=900, public=True)
def meetings_ics(request):
    with translation.override(_language(request)):
        name = _("Council meetings")
    return _feed(request, name, _window_meetings(Meeting.objects.published()), [], "meetings.ics")


@require_GET
@cache_control(max_age=900, public=True)
def events_ics(request):
    with translation.override(_language(request)):
        name = _("City events")
    return _feed(request, name, [], _window_events(Event.objects.canonical()), "events.ics")


@require_GET
@cache_control(max_age=900, public=True)
def committee_ics(request, pk):
    committee = get_object_or_404(Committee.objects.canonical(), pk=pk)
    filters = schedule.Filters(committees=[committee.pk], show="meetings")
    with translation.override(_language(request)):
        name = getattr(committee.localized, "title", committee.title)
    return _feed(request, name, _window_meetings(filters.meetings()), [], f"committee-{committee.pk}.ics")


@require_GET
@cache_control(max_age=900, public=True)
def category_ics(request, category):
    if category not in EventCategory.values:
        return HttpResponseNotFound("Unknown event category.", content_type="text/plain; charset=utf-8")
    with translation.override(_language(request)):
        name = str(EventCategory(category).label)
    events = _window_events(Event.objects.canonical().filter(category=category))
    return _feed(request, name, [], events, f"events-{category}.ics")


@require_GET
@cache_control(max_age=900, public=True)
def personal_ics(request):
    """A visitor's own choice, all in the URL: ?committee=3&committee=5&category=culture.
    Its messages are in the feed's language (?lang=), as a calendar app shows them to the visitor."""
    with translation.override(_language(request)):
        raw_committees = request.GET.getlist("committee")
        categories = request.GET.getlist("category")
        if not raw_committees and not categories:
            return _plain(
                HttpResponseBadRequest,
                _("Choose at least one committee (committee=ID) or event category (category=NAME)."),
            )
        if len(raw_committees) + len(categories) > MAX_SELECTION:
            return _plain(HttpResponseBadRequest, _("Too many choices."))
        try:
            ids = sorted(int_list(request.GET, "committee", max_items=MAX_SELECTION))
        except InvalidParameter:
            return _plain(HttpResponseBadRequest, _("A committee must be given by its number."))
        known = set(Committee.objects.canonical().filter(pk__in=ids).values_list("pk", flat=True))
        unknown = [str(pk) for pk in ids if pk not in known]
        bad_categories = [c for c in categories if c not in EventCategory.values]
        if unknown or bad_categories:
            parts = []
            if unknown:
                parts.append(_("unknown committee: %(ids)s") % {"ids": ", ".join(unknown)})
            if bad_categories:
                shown = ", ".join(c[:50] for c in bad_categories[:10])
                parts.append(_("unknown event category: %(names)s") % {"names": shown})
            return _plain(
                HttpResponseNotFound,
                _("This feed address names something we do not have (%(problems)s).") % {"problems": "; ".join(parts)},
            )
    meetings = _window_meetings(schedule.Filters(committees=ids).meetings()) if ids else []
    events = _window_events(Event.objects.canonical().filter(category__in=categories)) if categories else []
    with translation.override(_language(request)):
        name = _("My calendar")
    return _feed(request, name, meetings, events, "calendar.ics")


@require_GET
def meeting_ics(request, pk):
    meeting = get_object_or_404(Meeting.objects.published(), pk=pk)
    return _feed(request, meeting.title, [meeting], [], f"meeting-{meeting.pk}.ics")


@require_GET
def event_ics(request, pk):
    event = get_object_or_404(Event.objects.canonical(), pk=pk)
    return _feed(request, event.title, [], [event], f"event-{event.pk}.ics")
