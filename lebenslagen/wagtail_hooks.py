from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lebenslagen.models import LebenslagePage
from pagecache import tag
from services.topics import ServiceTopics


def _pages(locale_id):
    tag(LebenslagePage)  # pagecache: any Lebenslage's change (its service links included)
    return list(
        LebenslagePage.objects.live().public().filter(locale_id=locale_id).only("id", "title", "slug").order_by("title")
    )


def _for_service(service):
    tag(LebenslagePage)  # pagecache: a Lebenslage that starts or stops listing this service
    return list(
        LebenslagePage.objects.live()
        .public()
        .filter(locale_id=service.locale_id, service_links__service__translation_key=service.translation_key)
        .distinct()
        .order_by("title")
    )


@hooks.register("register_service_topics")
def lebenslagen_group_services():
    """Services are filtered by Lebenslage in the A–Z, and a service page lists its Lebenslagen."""
    return ServiceTopics(
        param="lebenslage",
        label=_("Life situation"),
        all_label=_("All life situations"),
        unknown_message=_("That life situation does not exist. Showing all services."),
        heading=_("Part of these life situations"),
        pages=_pages,
        service_keys=LebenslagePage.service_translation_keys,
        for_service=_for_service,
    )
