"""What the search covers, as the feature apps register it. The search knows no feature app.

Each app that contributes to the search has a `search_sources.py` module; the search app imports
every one of them when Django starts (search/apps.py, like the admin's `admin.py`). It registers:

- a `Source` per model: which rows citizens may find, the fields that carry their words with
  the weight of each (the one weight table: the ranking, the vocabulary and the backend's index
  boosts all come from it), how a hit is summarised and linked, and whether it is offered while
  typing;
- a `Facet` per second way of narrowing the results (the life situations a service belongs to).

Saving, deleting, publishing or moving a row of a registered model refreshes the vocabulary
(search/tasks.py); the index itself follows every save through Wagtail."""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from wagtail.models import Page
from wagtail.search import index

_sources = []
_facets = []


def _default_link(obj, request=None):
    url = getattr(obj, "get_absolute_url", None)
    return url() if url else ""


@dataclass(frozen=True)
class Source:
    key: str  # the result type: ?type=<key>, "type" in the API
    label: str
    model: type
    # field name -> weight, the first is the title. The only place a field's weight is written:
    # `register` gives the model's index the same weights as boosts.
    fields: dict
    summary_fields: tuple = ()
    prior: float = 0.0
    suggest: bool = False  # offered by autocomplete while the visitor types
    link: Callable = _default_link  # (obj, request) -> URL; pages use their own URL

    @property
    def is_page(self):
        return issubclass(self.model, Page)

    @property
    def title_field(self):
        return next(iter(self.fields))

    def queryset(self, locale):
        model = self.model
        if self.is_page:
            return model.objects.live().public().filter(locale=locale)
        queryset = model.objects.filter(locale=locale)
        if hasattr(queryset, "public"):
            # A model that has non-public rows says which are public (council meetings: the
            # rule in council.models); they are never search results, nor words in the vocabulary.
            queryset = queryset.public()
        elif any(f.name == "public" for f in model._meta.fields):
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

    def url(self, obj, request=None):
        if self.is_page:
            return obj.get_url(request)
        return self.link(obj, request)

    def index_fields(self):
        """The weighted fields as the model's index sees them (boost = weight)."""
        return [index.SearchField(name, boost=weight) for name, weight in self.fields.items()]


@dataclass(frozen=True)
class Facet:
    """A way to narrow the results besides their type, contributed by an app: ?<key>=<slug>."""

    key: str  # query parameter and facet name in the API
    label: str  # heading over the facet's links
    all_label: str  # the link that drops the filter
    hit_label: str  # before the groups on a result ("Life situation:")
    hit_key: str  # a result's groups in the API
    # (hits, language) -> for each hit a list of (title, slug) groups it belongs to
    groups: Callable
    # obj -> True where a hit is itself one of the groups (not labelled with itself)
    is_group: Callable = lambda obj: False


def register(source):
    """Add a source to the search and give its model's index the source's weights as boosts
    (later entries of `search_fields` win in Wagtail's `get_search_fields`)."""
    if any(s.key == source.key for s in _sources):
        raise ImproperlyConfigured(f"A search source with the key {source.key!r} is already registered.")
    concrete = {f.name for f in source.model._meta.get_fields()}
    missing = [name for name in source.fields if name not in concrete]
    if missing:
        raise ImproperlyConfigured(f"{source.model.__name__} has no field {', '.join(missing)} to search.")
    if not issubclass(source.model, index.Indexed):
        raise ImproperlyConfigured(f"{source.model.__name__} is not index.Indexed.")
    source.model.search_fields = [*source.model.search_fields, *source.index_fields()]
    _sources.append(source)
    return source


def register_facet(facet):
    if any(f.key == facet.key for f in _facets) or facet.key in ("q", "type", "page", "lang"):
        raise ImproperlyConfigured(f"The search facet key {facet.key!r} is taken.")
    _facets.append(facet)
    return facet


def sources():
    return list(_sources)


def facets():
    return list(_facets)


def source_of(obj):
    return next((s for s in _sources if isinstance(obj, s.model)), None)


def models():
    return tuple(s.model for s in _sources)
