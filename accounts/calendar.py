"""My calendar: what a citizen follows (CalendarChoice), the entries it gives, the private iCal feed,
and the meetings due for a reminder. Built only from council's public pieces: its Filters and
localizing queries (council.models.schedule), its feed window (council.feeds) and its iCalendar
writer (council.ical), so the private feed is exactly the public feeds' format."""

from datetime import timedelta

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import CalendarChoice, token_digest
from council import ical
from council.enums import EventCategory, MeetingState
from council.feeds import FEED_FUTURE, FEED_PAST
from council.models import Event, Meeting, schedule

REMINDER_HOURS = (1, 3, 24, 48)
UPCOMING_LIMIT = 30


def choice_of(citizen):
    """The citizen's calendar choice (made the first time it is asked for)."""
    choice, _created = CalendarChoice.objects.get_or_create(citizen=citizen)
    return choice


def committee_ids(choice):
    return sorted(choice.committees.values_list("pk", flat=True))


def categories(choice):
    return [c for c in choice.categories if c in EventCategory.values]


def filters(choice):
    """council's calendar filters for this choice; None when nothing is chosen (council's own
    filters would then mean "everything")."""
    ids, chosen = committee_ids(choice), categories(choice)
    if not ids and not chosen:
        return None
    return schedule.Filters(committees=ids, categories=chosen)


def upcoming(choice, now=None, limit=UPCOMING_LIMIT):
    """The next entries of the chosen committees and categories (council's calendar entries)."""
    chosen = filters(choice)
    if chosen is None:
        return []
    return schedule.upcoming(chosen, limit=limit, now=now)


def feed_choice(token):
    """The choice whose feed token this is, or None (unknown, or replaced by a newer address)."""
    if not token or len(token) > 100:
        return None
    return CalendarChoice.objects.select_related("citizen").filter(feed_digest=token_digest(token)).first()


def feed_body(choice, request):
    """The private feed: the chosen committees' meetings and the chosen categories' events in the
    public feeds' window, as council writes them, in the citizen's language."""
    now = timezone.now()
    ids, chosen = committee_ids(choice), categories(choice)
    meetings, events = [], []
    if ids:
        window = Meeting.objects.held_between(now - FEED_PAST, now + FEED_FUTURE).select_related("location")
        meetings = schedule.Filters(committees=ids).meetings(window)
    if chosen:
        events = schedule.Filters(categories=chosen).events(Event.objects.between(now - FEED_PAST, now + FEED_FUTURE))
    language = choice.citizen.language
    with translation.override(language):
        name = _("My calendar")
        return ical.build(name, schedule.localize_meetings(meetings), schedule.localize_events(events), request, language)


def meetings_due(choice, now=None):
    """The chosen committees' meetings that start within the citizen's reminder time from now:
    published, not cancelled, and (if moved) at a known new date."""
    now = now or timezone.now()
    ids = committee_ids(choice)
    if not ids:
        return Meeting.objects.none()
    due = (
        Meeting.objects.held()
        .exclude(state=MeetingState.CANCELLED)
        .exclude(state=MeetingState.MOVED, moved_to__isnull=True)
        .filter(held_from__gt=now, held_from__lte=now + timedelta(hours=choice.reminder_hours))
    )
    return schedule.Filters(committees=ids).meetings(due)
