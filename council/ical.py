"""iCalendar (RFC 5545) for meetings and events, built with the icalendar library: times in
Europe/Berlin with a VTIMEZONE, UIDs that never change, SEQUENCE that rises with every change,
cancelled meetings as STATUS:CANCELLED and the livestream link inside the event."""

from datetime import timedelta

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as VEvent
from icalendar.prop import vRecur

from council.enums import EventCategory, MeetingState
from council.models import local_tz

PRODID = "-//Stadtportal//Council calendar//DE"


def new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(local_tz()))
    calendar.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    return calendar


def uid(kind, obj, domain):
    return f"{kind}-{obj.translation_key}@{domain}"


def _local(value):
    return timezone.localtime(value, local_tz())


def meeting_component(meeting, request, domain):
    """A VEVENT for a localized meeting (see schedule.localize_meetings)."""
    event = VEvent()
    event.add("uid", uid("meeting", meeting, domain))
    event.add("dtstamp", meeting.updated_at)
    event.add("last-modified", meeting.updated_at)
    event.add("created", meeting.created_at)
    event.add("sequence", meeting.sequence)
    event.add("dtstart", _local(meeting.start))
    event.add("dtend", _local(meeting.end))
    summary = meeting.name
    description = []
    if meeting.state == MeetingState.CANCELLED:
        event.add("status", "CANCELLED")
        summary = _("Cancelled: %(name)s") % {"name": meeting.name}
    elif meeting.state == MeetingState.MOVED:
        event.add("status", "CANCELLED")
        summary = _("Moved: %(name)s") % {"name": meeting.name}
        if meeting.moved_to:
            description.append(_("New date: %(date)s") % {"date": _local(meeting.moved_to).strftime("%d.%m.%Y %H:%M")})
    else:
        event.add("status", "CONFIRMED")
    event.add("summary", summary)
    if meeting.location:
        event.add("location", meeting.location.one_line())
    committees = meeting.committee_list()
    if committees:
        event.add("categories", [c.name for c in committees])
    url = request.build_absolute_uri(meeting.get_absolute_url())
    event.add("url", url)
    if meeting.note:
        description.append(meeting.note)
    if not meeting.public:
        description.append(_("This meeting is not public."))
    if meeting.livestream_url:
        description.append(_("Livestream: %(url)s") % {"url": meeting.livestream_url})
        event.add("conference", meeting.livestream_url, parameters={"VALUE": "URI", "LABEL": _("Livestream")})
    if meeting.recording_url:
        description.append(_("Recording: %(url)s") % {"url": meeting.recording_url})
    description.append(_("Agenda and documents: %(url)s") % {"url": url})
    event.add("description", "\n\n".join(description))
    event.add("class", "PUBLIC")
    return event


def event_component(item, request, domain):
    event = VEvent()
    event.add("uid", uid("event", item, domain))
    event.add("dtstamp", item.updated_at)
    event.add("last-modified", item.updated_at)
    event.add("created", item.created_at)
    event.add("sequence", item.sequence)
    event.add("dtstart", _local(item.start))
    event.add("dtend", _local(item.end))
    event.add("summary", item.title)
    if item.recurrence:
        event.add("rrule", vRecur.from_ical(item.recurrence))
    event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
    place = ", ".join(part for part in (item.place, item.address) if part)
    if place:
        event.add("location", place)
    event.add("categories", [str(EventCategory(item.category).label)])
    url = request.build_absolute_uri(item.get_absolute_url())
    event.add("url", url)
    description = [item.description] if item.description else []
    if item.info_url:
        description.append(item.info_url)
    description.append(url)
    event.add("description", "\n\n".join(description))
    return event


def build(name, meetings, events, request, language):
    with translation.override(language):
        calendar = new_calendar(name)
        domain = request.get_host().split(":")[0]
        for meeting in meetings:
            calendar.add_component(meeting_component(meeting, request, domain))
        for event in events:
            calendar.add_component(event_component(event, request, domain))
        calendar.add_missing_timezones()
        return calendar.to_ical()
