"""What the project's own pages contribute to the search (search/registry.py): standard pages.
The weights here are the only ones: they rank the hits and are the index boosts of the fields."""

from django.utils.translation import gettext_lazy as _

from cms.models import StandardPage
from search.registry import Source, register

STANDARD_PAGES = register(
    Source(
        key="page",
        label=_("Page"),
        model=StandardPage,
        fields={"title": 10, "intro": 3, "listing_summary": 3, "search_description": 2},
        summary_fields=("intro", "listing_summary", "search_description"),
    )
)
