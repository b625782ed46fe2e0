"""What life situations contribute to the search (search/registry.py): the Lebenslage pages, and
a facet that narrows the results to one life situation (?lebenslage=<slug>) and names, on each
service, the life situations that list it. The weights here are the only ones: they rank the
hits and are the index boosts of the fields."""

from django.utils.translation import gettext_lazy as _

from core.sitecache import GenerationMemo
from lebenslagen.models import LebenslagePage, LebenslageService
from search.registry import Facet, Source, register, register_facet
from services.models import ServicePage


def _links_in(language):
    """{service translation key: {Lebenslage id: (title, slug)}} of the live Lebenslagen in `language`."""
    by_key = {}
    rows = (
        LebenslageService.objects.filter(page__live=True, page__locale__language_code=language)
        .order_by("page__path")
        .values_list("service__translation_key", "page__id", "page__title", "page__slug")
    )
    for key, page_id, title, slug in rows:
        by_key.setdefault(key, {}).setdefault(page_id, (title, slug))
    return by_key


# Every link of a language, kept in the process until the page tree changes.
_links = GenerationMemo(size=16)


def lebenslagen_of(hits, language):
    """For each hit, the (title, slug) of the live life situations in `language` that list it;
    a life situation belongs to itself."""
    by_key = _links.get(language, lambda: _links_in(language)) if any(isinstance(hit.obj, ServicePage) for hit in hits) else {}
    found = []
    for hit in hits:
        if isinstance(hit.obj, ServicePage) and hit.language == language:
            found.append(list(by_key.get(hit.obj.translation_key, {}).values()))
        elif isinstance(hit.obj, LebenslagePage):
            found.append([(hit.obj.title, hit.obj.slug)])
        else:
            found.append([])
    return found


LEBENSLAGEN = register(
    Source(
        key="lebenslage",
        label=_("Life situation"),
        model=LebenslagePage,
        fields={"title": 10, "intro": 3, "guide_title": 2, "search_description": 2},
        summary_fields=("intro", "listing_summary", "search_description"),
        prior=0.5,
    )
)
register_facet(
    Facet(
        key="lebenslage",
        label=_("Life situation"),
        all_label=_("All life situations"),
        hit_label=_("Life situation:"),
        hit_key="lebenslagen",
        groups=lebenslagen_of,
        is_group=lambda obj: isinstance(obj, LebenslagePage),
    )
)
