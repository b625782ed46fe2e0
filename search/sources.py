"""What the search covers. Each source names a model, the citizen-visible rows of it in one locale,
and the fields that carry the citizens' words, with their weight in ranking.

The results page, the API, the vocabulary and the facets are generic over this list; a new
indexed model (council meetings, events) joins the search by adding a Source here."""

from dataclasses import dataclass, field

from django.apps import apps
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Source:
    key: str
    label: str
    model_label: str
    # field name -> weight; the first is the title
    fields: dict = field(default_factory=dict)
    summary_fields: tuple = ()
    prior: float = 0.0
    is_page: bool = True

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def available(self):
        try:
            self.model  # noqa: B018
        except LookupError:
            return False
        return True

    def queryset(self, locale):
        model = self.model
        if self.is_page:
            return model.objects.live().public().filter(locale=locale)
        queryset = model.objects.filter(locale=locale)
        if hasattr(queryset, "public"):
            # A model that has non-public rows says which are public (council meetings: the
            # rule in council.models); they are never search results, nor words in the vocabulary.
            queryset = queryset.public()
        elif any(field.name == "public" for field in model._meta.fields):
            queryset = queryset.filter(public=True)
        return queryset

    def visible(self, obj, now=None):
        """Checks that are no search filter fields: an expired page whose unpublishing has not run
        yet, or a page scheduled for later, is not shown."""
        if not self.is_page:
            return True
        now = now or timezone.now()
        if obj.expire_at and obj.expire_at <= now:
            return False
        return not (obj.go_live_at and obj.go_live_at > now)

    def summary(self, obj):
        for name in self.summary_fields:
            value = getattr(obj, name, "") or ""
            if value:
                return str(value)
        return ""


SOURCES = [
    Source(
        key="service",
        label=_("Service"),
        model_label="services.ServicePage",
        fields={"title": 10, "search_terms": 8, "official_name": 5, "teaser": 3, "search_description": 2},
        summary_fields=("teaser", "listing_summary", "search_description"),
        prior=1.0,
    ),
    Source(
        key="lebenslage",
        label=_("Life situation"),
        model_label="lebenslagen.LebenslagePage",
        fields={"title": 10, "intro": 3, "guide_title": 2, "search_description": 2},
        summary_fields=("intro", "listing_summary", "search_description"),
        prior=0.5,
    ),
    Source(
        key="office",
        label=_("Office"),
        model_label="services.Office",
        fields={"name": 10, "department": 4},
        summary_fields=("department",),
        is_page=False,
    ),
    Source(
        key="page",
        label=_("Page"),
        model_label="cms.StandardPage",
        fields={"title": 10, "intro": 3, "listing_summary": 3, "search_description": 2},
        summary_fields=("intro", "listing_summary", "search_description"),
    ),
]
COUNCIL_SOURCES = [
    # Join automatically once the council app makes these models index.Indexed (with a
    # FilterField("locale_id")); results link through get_absolute_url().
    Source(
        key="meeting",
        label=_("Council meeting"),
        model_label="council.Meeting",
        fields={"name": 10, "note": 2},
        summary_fields=("note",),
        is_page=False,
    ),
    Source(
        key="event",
        label=_("Event"),
        model_label="council.Event",
        fields={"title": 10, "place": 3, "description": 2},
        summary_fields=("description", "place"),
        is_page=False,
    ),
]

ALL_TYPES_LABEL = _("All types")


def active_sources():
    from modelsearch import index

    indexed = set(index.get_indexed_models())
    return [s for s in SOURCES + COUNCIL_SOURCES if s.available() and s.model in indexed]


def source_for(key):
    return next((s for s in active_sources() if s.key == key), None)
