"""What services contribute to the search (search/registry.py): services, offered while typing,
and offices, which link to their own page in the office directory. The weights here are the only
ones: they rank the hits and are the index boosts of the fields."""

from django.utils.translation import gettext_lazy as _

from search.registry import Source, register
from services.models import Office, ServicePage


def office_link(office, request=None):
    """The office's own page; while its language has no office directory page, the first service
    it is responsible for."""
    url = office.get_url(request)
    if url:
        return url
    service = (
        ServicePage.objects.live()
        .public()
        .filter(locale_id=office.locale_id, responsible_offices__office__translation_key=office.translation_key)
        .order_by("title")
        .first()
    )
    return service.get_url(request) if service else ""


SERVICES = register(
    Source(
        key="service",
        label=_("Service"),
        model=ServicePage,
        fields={"title": 10, "search_terms": 8, "official_name": 5, "teaser": 3, "search_description": 2},
        summary_fields=("teaser", "listing_summary", "search_description"),
        prior=1.0,
        suggest=True,
    )
)
OFFICES = register(
    Source(
        key="office",
        label=_("Office"),
        model=Office,
        fields={"name": 10, "department": 4},
        summary_fields=("department",),
        link=office_link,
    )
)
