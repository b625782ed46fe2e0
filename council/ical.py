"""iCalendar (RFC 5545) for meetings and events, built with the icalendar library: times in
Europe/Berlin with a VTIMEZONE, UIDs that never change, SEQUENCE that rises with every change,
cancelled meetings as STATUS:CANCELLED and the livestream link inside the event.

Every text is plain text (RFC 5545 TEXT): calendar apps show DESCRIPTION as they please, several as
HTML, so markup that reached a title, note or description (an editor's paste, an OParl source) is
reduced to its text, links to "text (address)", entities to characters (`plain_text`)."""

import re
from datetime import UTC, datetime, time, timedelta
from html.parser import HTMLParser

from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as VEvent
from icalendar.prop import vRecur

from council.enums import EventCategory, MeetingState
from council.models import local_tz

PRODID = "-//Stadtportal//Council calendar//DE"

_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
_SKIP_TAGS = {"script", "style", "head", "title", "template", "noscript"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = 0
        self.links = []  # hrefs of the open <a> elements

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.parts)))

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            text = "".join(self.parts[start:]).strip()
            if href.startswith(("http://", "https://", "mailto:")) and href.removeprefix("mailto:") != text:
                self.parts.append(f" ({href})")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)

    def text(self):
        return "".join(self.parts)


def _strip_once(value):
    parser = _TextExtractor()
    parser.feed(value)
    parser.close()
    return parser.text()


def plain_text(value):
    """Text without markup: tags removed, links as "text (address)", entities decoded, control
    characters dropped, at most one empty line in a row. Decoding may reveal new tags
    ("&lt;b&gt;"), so this repeats until nothing changes."""
    text = str(value or "")
    for _round in range(5):
        if "<" not in text and "&" not in text:
            break
        stripped = _strip_once(text)
        if stripped == text:
            break
        text = stripped
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


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


def _utc_until(value):
    """UNTIL in UTC, as RFC 5545 asks beside a DTSTART with a time zone; a rule's date or local time
    means local wall-clock time (council.models.records.local_rule_text)."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.min)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, local_tz())
    return value.astimezone(UTC)


def _when(value):
    """A date and time in the feed's language, in its locale's format."""
    return formats.date_format(_local(value), "DATETIME_FORMAT")


def meeting_component(meeting, request, domain):
    """A VEVENT for a localized meeting (see schedule.localize_meetings)."""
    event = VEvent()
    event.add("uid", uid("meeting", meeting, domain))
    event.add("dtstamp", meeting.updated_at)
    event.add("last-modified", meeting.updated_at)
    event.add("created", meeting.created_at)
    event.add("sequence", meeting.sequence)
    # A moved meeting is the same event at its new date (its SEQUENCE rose with the move), so a
    # calendar app moves the entry it has instead of showing a cancelled one and missing the new date.
    event.add("dtstart", _local(meeting.held_start))
    event.add("dtend", _local(meeting.held_end))
    name = plain_text(meeting.title)
    summary = name
    description = []
    if meeting.state == MeetingState.CANCELLED:
        event.add("status", "CANCELLED")
        summary = _("Cancelled: %(name)s") % {"name": name}
    elif meeting.has_new_date:
        event.add("status", "CONFIRMED")
        description.append(_("Moved from %(date)s.") % {"date": _when(meeting.start)})
    elif meeting.is_moved:
        event.add("status", "TENTATIVE")  # moved, the new date not yet known
        summary = _("Moved: %(name)s") % {"name": name}
        description.append(_("The new date is not known yet."))
    else:
        event.add("status", "CONFIRMED")
    event.add("summary", summary)
    if meeting.location:
        event.add("location", plain_text(meeting.location.one_line()))
    committees = meeting.committee_list()
    if committees:
        event.add("categories", [plain_text(c.title) for c in committees])
    url = request.build_absolute_uri(meeting.get_absolute_url())
    event.add("url", url)
    if meeting.note:
        description.append(plain_text(meeting.note))
    if meeting.livestream_url:
        description.append(_("Livestream: %(url)s") % {"url": meeting.livestream_url})
        event.add("conference", meeting.livestream_url, parameters={"VALUE": "URI", "LABEL": _("Livestream")})
    if meeting.recording_url:
        description.append(_("Recording: %(url)s") % {"url": meeting.recording_url})
    description.append(_("Agenda and documents: %(url)s") % {"url": url})
    event.add("description", "\n\n".join(part for part in description if part))
    event.add("class", "PUBLIC")
    return event


def event_component(item, request, domain):
    """A VEVENT for an event; None for a recurring event that its rule and exceptions leave without a
    date. DTSTART is the first date on which the event really takes place (a `start` that the rule
    excludes would be shown by calendar apps, RFC 5545 counting DTSTART as the first instance); the
    rule's COUNT shrinks by the dates left out before it, and the later exceptions are EXDATEs."""
    position, first = item.first_occurrence_position()
    if first is None:
        return None
    event = VEvent()
    event.add("uid", uid("event", item, domain))
    event.add("dtstamp", item.updated_at)
    event.add("last-modified", item.updated_at)
    event.add("created", item.created_at)
    event.add("sequence", item.sequence)
    event.add("dtstart", _local(first))
    event.add("dtend", _local(first + item.duration))
    event.add("summary", plain_text(item.title))
    if item.recurrence:
        rule = vRecur.from_ical(item.recurrence)
        if "COUNT" in rule and position:
            rule["COUNT"] = [int(rule["COUNT"][0]) - position]
        if "UNTIL" in rule:
            rule["UNTIL"] = [_utc_until(rule["UNTIL"][0])]
        event.add("rrule", rule)
        skipped = item.skipped_occurrences(after=first)
        if skipped:
            event.add("exdate", [_local(value) for value in skipped])
    event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
    place = plain_text(", ".join(part for part in (item.place, item.address) if part))
    if place:
        event.add("location", place)
    event.add("categories", [str(EventCategory(item.category).label)])
    url = request.build_absolute_uri(item.get_absolute_url())
    event.add("url", url)
    description = [plain_text(item.description)] if item.description else []
    if item.info_url:
        description.append(item.info_url)
    description.append(url)
    event.add("description", "\n\n".join(part for part in description if part))
    return event


def build(name, meetings, events, request, language):
    with translation.override(language):
        calendar = new_calendar(plain_text(name))
        domain = request.get_host().split(":")[0]
        for meeting in meetings:
            calendar.add_component(meeting_component(meeting, request, domain))
        for event in events:
            component = event_component(event, request, domain)
            if component is not None:
                calendar.add_component(component)
        calendar.add_missing_timezones()
        return calendar.to_ical()
