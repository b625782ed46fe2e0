"""The council app's models: the records (committees, meetings with agendas, places, city events,
OParl sources) in records.py, the calendar queries over them in schedule.py, and the calendar page
that shows them in calendar_page.py."""

from council.models.calendar_page import CouncilCalendarPage
from council.models.records import (
    DEFAULT_DURATION,
    AgendaItem,
    CanonicalQuerySet,
    CanonicalRowMixin,
    Committee,
    Entry,
    Event,
    Location,
    Meeting,
    OParlMixin,
    OParlSource,
    calendar_page,
    calendar_url,
    default_locale,
    document_is_closed,
    document_is_public,
    local_tz,
    restricted_collection_ids,
    validate_rrule,
)

__all__ = [
    "DEFAULT_DURATION",
    "AgendaItem",
    "CanonicalQuerySet",
    "CanonicalRowMixin",
    "Committee",
    "CouncilCalendarPage",
    "Entry",
    "Event",
    "Location",
    "Meeting",
    "OParlMixin",
    "OParlSource",
    "calendar_page",
    "calendar_url",
    "default_locale",
    "document_is_closed",
    "document_is_public",
    "local_tz",
    "restricted_collection_ids",
    "validate_rrule",
]
