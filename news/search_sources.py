"""What news contribute to the search (search/registry.py): the live articles and press releases.
The weights here are the only ones: they rank the hits and are the index boosts of the fields."""

from django.utils.translation import gettext_lazy as _

from news.models import NewsPage
from search.registry import Source, register

NEWS = register(
    Source(
        key="news",
        label=_("News"),
        model=NewsPage,
        fields={"title": 10, "teaser": 4, "search_description": 2},
        summary_fields=("teaser", "listing_summary", "search_description"),
    )
)
