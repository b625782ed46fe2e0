"""Calendar queries: meetings and event occurrences between two dates, filtered, in the visitor's language.
Everything is a query over dates on the canonical (German) rows; nothing is ever moved around.
Only published meetings (public, canonical: `Meeting.objects.published()`) ever come out of here."""

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from urllib.parse import urlencode

from django.db.models import prefetch_related_objects
from django.utils import timezone, translation

from core.i18n import localize_all
from core.params import choice_list, choice_param, int_list
from core.sitecache import kept
from council.enums import CommitteeKind, EventCategory
from council.models.records import Committee, Entry, Event, Location, Meeting, local_tz
from pagecache import expires_at, is_recording, next_midnight, tag

UPCOMING_HORIZON = timedelta(days=366)
MAX_FILTER_VALUES = 50


@dataclass
class Filters:
    committees: list = field(default_factory=list)  # canonical committee pks
    kinds: list = field(default_factory=list)
    categories: list = field(default_factory=list)
    show: str = "all"  # all, meetings, events

    @classmethod
    def from_query(cls, query):
        """Filters from a query string. Values that name nothing are dropped (a filter form may be stale)."""
        committee_ids = int_list(query, "committee", max_items=MAX_FILTER_VALUES, lenient=True)
        committees = list(Committee.objects.canonical().filter(pk__in=committee_ids).values_list("pk", flat=True))
        kinds = choice_list(query, "kind", CommitteeKind.values)
        categories = choice_list(query, "category", EventCategory.values)
        show = choice_param(query, "show", ("meetings", "events"), default="all")
        return cls(sorted(committees), kinds, categories, show)

    @property
    def active(self):
        return bool(self.committees or self.kinds or self.categories or self.show != "all")

    @property
    def wants_meetings(self):
        if self.show == "events":
            return False
        return self.show == "meetings" or not self.categories or bool(self.committees or self.kinds)

    @property
    def wants_events(self):
        if self.show == "meetings":
            return False
        return self.show == "events" or not (self.committees or self.kinds) or bool(self.categories)

    def meetings(self, queryset=None):
        queryset = (queryset if queryset is not None else Meeting.objects.all()).published()
        if self.committees:
            queryset = queryset.filter(committees__in=self.committees)
        if self.kinds:
            queryset = queryset.filter(committees__kind__in=self.kinds)
        if self.committees or self.kinds:
            queryset = queryset.distinct()
        return queryset

    def events(self, queryset=None):
        queryset = (queryset if queryset is not None else Event.objects.all()).canonical()
        if self.categories:
            queryset = queryset.filter(category__in=self.categories)
        return queryset

    def query_string(self):
        pairs = [("committee", pk) for pk in self.committees]
        pairs += [("kind", kind) for kind in self.kinds]
        pairs += [("category", category) for category in self.categories]
        if self.show != "all":
            pairs.append(("show", self.show))
        return urlencode(pairs)


def localize_meetings(meetings):
    """Canonical meetings in the active language, with committees and place fetched in a few queries,
    each knowing its canonical pk (for its URL). The place is its translation in the active language,
    the German place where it has none."""
    meetings = list(meetings)
    if not meetings:
        return []
    prefetch_related_objects(meetings, "committees", "location")
    committees = localize_all([c for m in meetings for c in m.committees.all()])
    places = {m.location_id: m.location for m in meetings if m.location_id}
    places = dict(zip(places, localize_all(list(places.values())), strict=True))
    localized = localize_all(meetings)
    position = 0
    for original, meeting in zip(meetings, localized, strict=True):
        count = len(original.committees.all())
        meeting._committee_list = committees[position : position + count]
        position += count
        meeting._canonical_pk = original.pk
        if meeting.location_id == original.location_id:
            meeting.location = places.get(original.location_id)
    return localized


def localize_events(events):
    events = list(events)
    localized = localize_all(events)
    for original, event in zip(events, localized, strict=True):
        event._canonical_pk = original.pk
    return localized


def entries_between(start, end, filters=None, now=None):
    """Calendar entries overlapping [start, end), sorted by start."""
    filters = filters or Filters()
    now = now or timezone.now()
    tag(Meeting, Event, Committee, Location)  # pagecache: any record's change
    entries = []
    if filters.wants_meetings:
        meetings = filters.meetings(Meeting.objects.between(start, end).select_related("location"))
        for meeting in localize_meetings(meetings):
            entries += meeting_entries(meeting, start, end, now)
    if filters.wants_events:
        events = list(filters.events(Event.objects.between(start, end)))
        for event in localize_events(events):
            for occurrence in event.occurrences(start, end):
                entries.append(Entry("event", event, occurrence, occurrence + event.duration))
    entries.sort(key=lambda entry: (entry.start, entry.kind, entry.title))
    # pagecache: an entry starts ("live now") or ends (leaves "upcoming"); "today" changes at midnight.
    expires_at(next_midnight(now), *(moment for entry in entries for moment in (entry.start, entry.end) if moment > now))
    return entries


def meeting_entries(meeting, start, end, now=None):
    """The calendar entries of a meeting in [start, end): one at the date it is held, and for a moved
    meeting a pointer at its old date."""
    now = now or timezone.now()
    found = []
    if not meeting.has_new_date:
        if meeting.start < end and meeting.end >= start:
            found.append(Entry("meeting", meeting, meeting.start, meeting.end, meeting.is_live(now)))
        return found
    if meeting.held_start < end and meeting.held_end >= start:
        found.append(
            Entry(
                "meeting", meeting, meeting.held_start, meeting.held_end, meeting.is_live(now), moved_from=meeting.start
            )
        )
    if meeting.start < end and meeting.end >= start:
        found.append(Entry("meeting", meeting, meeting.start, meeting.end, moved_to=meeting.held_start))
    return found


def upcoming(filters=None, limit=None, now=None, horizon=UPCOMING_HORIZON):
    now = now or timezone.now()
    entries = entries_between(now, now + horizon, filters, now)
    return entries[:limit] if limit else entries


def live_meetings(now=None):
    """The meetings with a livestream running now, in the visitor's language (every page's header
    asks): kept in the process until a meeting or location changes, the first of them ends or the
    next livestream starts (council.apps registers the models with core.sitecache)."""
    if now is None:
        return kept(("council-live-meetings", translation.get_language()), lambda: _live_meetings(timezone.now()))
    return _live_meetings(now)


def _live_meetings(now):
    meetings = localize_meetings(Meeting.objects.published().live(now).select_related("location").order_by("held_from"))
    tag(Meeting)  # pagecache: "live now" ends with the meeting, and the next one starts it again
    expires_at(*(meeting.held_end for meeting in meetings))
    if is_recording():
        expires_at(Meeting.objects.published().held().exclude(livestream_url="").filter(held_from__gt=now).order_by("held_from").values_list("held_from", flat=True).first())
    return meetings


def day_bounds(day):
    tz = local_tz()
    start = timezone.make_aware(datetime.combine(day, time.min), tz)
    return start, timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min), tz)


def month_grid(year, month, entries):
    """Weeks (Monday first) of days, each with its entries; days outside the month are None."""
    by_day = {}
    for entry in entries:
        local_start = timezone.localtime(entry.start, local_tz()).date()
        local_end = timezone.localtime(entry.end - timedelta(seconds=1), local_tz()).date()
        day = local_start
        while day <= local_end:
            by_day.setdefault(day, []).append(entry)
            day += timedelta(days=1)
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        weeks.append([(day, by_day.get(day, [])) if day.month == month else (day, None) for day in week])
    return weeks


def month_bounds(year, month):
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return day_bounds(first)[0], day_bounds(following)[0], first, following
