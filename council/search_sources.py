"""What the council calendar contributes to the search (search/registry.py): public meetings and
events, linked through their get_absolute_url(). Only public meetings are found (the rule in
council.models: MeetingQuerySet.public). The weights here are the only ones: they rank the hits
and are the index boosts of the fields."""

from django.utils.translation import gettext_lazy as _

from council.models import Event, Meeting
from search.registry import Source, register

MEETINGS = register(
    Source(
        key="meeting",
        label=_("Council meeting"),
        model=Meeting,
        fields={"title": 10, "note": 2},
        summary_fields=("note",),
    )
)
EVENTS = register(
    Source(
        key="event",
        label=_("Event"),
        model=Event,
        fields={"title": 10, "place": 3, "description": 2},
        summary_fields=("description", "place"),
    )
)
