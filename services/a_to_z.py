"""The A–Z list: German alphabetical order (DIN 5007-1: Ä as A, ß as ss), letters, filters."""

import string
from itertools import groupby

from django.utils.translation import gettext as _

from cms.params import choice_param, raw_value
from services.enums import Audience

UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "à": "a", "á": "a", "é": "e", "è": "e"})
LETTERS = list(string.ascii_uppercase)


def german_sort_key(text):
    folded = text.casefold().translate(UMLAUTS)
    return (folded, text)


def initial(text):
    folded = german_sort_key(text)[0].lstrip()
    letter = folded[:1].upper()
    return letter if letter in LETTERS else "#"


def build_index(index_page, request):
    from lebenslagen.models import LebenslagePage
    from services.models import ServicePage

    services = (
        ServicePage.objects.child_of(index_page)
        .live()
        .public()
        .only(
            "id",
            "title",
            "url_path",
            "teaser",
            "audience",
            "status",
            "status_from",
            "status_until",
            "locale_id",
            "translation_key",
        )
    )
    lebenslagen = list(
        LebenslagePage.objects.live()
        .public()
        .filter(locale_id=index_page.locale_id)
        .only("id", "title", "slug")
        .order_by("title")
    )
    selected_lebenslage = None
    wanted = (raw_value(request.GET, "lebenslage") or "")[:100]
    if wanted:
        selected_lebenslage = next((lage for lage in lebenslagen if lage.slug == wanted), None)
        if selected_lebenslage is not None:
            keys = selected_lebenslage.service_translation_keys()
            services = services.filter(translation_key__in=keys)
    audience = choice_param(request.GET, "audience", (Audience.CITIZENS, Audience.BUSINESSES))
    if audience:
        services = services.filter(audience__in=[audience, Audience.BOTH])

    services = sorted(services, key=lambda s: german_sort_key(s.title))
    groups = [(letter, list(items)) for letter, items in groupby(services, key=lambda s: initial(s.title))]
    present = {letter for letter, _items in groups}
    return {
        "letters": [(letter, letter in present) for letter in LETTERS] + ([("#", True)] if "#" in present else []),
        "groups": groups,
        "service_count": len(services),
        "lebenslagen": lebenslagen,
        "selected_lebenslage": selected_lebenslage,
        "unknown_lebenslage": bool(wanted) and selected_lebenslage is None,
        "audience": audience,
        "audience_choices": [
            ("", _("Everyone")),
            (Audience.CITIZENS.value, _("Citizens")),
            (Audience.BUSINESSES.value, _("Businesses")),
        ],
        "is_filtered": bool(selected_lebenslage or audience),
    }
