"""Do a service's facts agree? The one place that says when the OZG maturity level and the online
offer contradict each other, and when the LeiKa key is missing or malformed.

The levels are those of `services.enums.OzgLevel`: 0 and 1 offer information (and forms to
download) only; from 2 on the citizen applies online, so the page needs an online start (an online
service address or a form page of this site). A page that offers an online start, on the other
hand, is at least level 2.

Used by the editor (`ServicePageForm` refuses to publish a level that promises an online application
without an online start; `wagtail_hooks` warns after publishing about the rest) and by the demo
content check (`demo.schema.check_service_facts`). See docs/editors.md, "Facts that must agree".
"""

import re
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from services.enums import OzgLevel

# A LeiKa key (Leistungsschlüssel of the federal catalogue, FIM baustein Leistungen): 14 digits,
# e.g. 99008001012000 = Personalausweis Ausstellung (99 catalogue, 008 group, 001 object,
# 012 Verrichtung, 000 detail).
LEIKA_KEY = re.compile(r"\d{14}")
LEIKA_SEPARATORS = re.compile(r"[\s.\-]")

# From this level on, the citizen applies online.
FIRST_ONLINE_LEVEL = OzgLevel.ONLINE_APPLICATION


@dataclass(frozen=True)
class Finding:
    """One disagreement: `code` for programs, `field` the form field it belongs to, `message` for
    editors (translated when shown). A blocking finding stops publishing; the others warn."""

    code: str
    field: str
    message: Promise
    blocking: bool = False

    def __str__(self):
        return str(self.message)


LEVEL_WITHOUT_START = Finding(
    "level_without_start",
    "ozg_level",
    _(
        "This OZG level promises an online application, but the service has no online start. Add an "
        "online service address or a form page (tab 'Access and responsibility'), or choose level 0 or 1."
    ),
    blocking=True,
)
START_BELOW_LEVEL = Finding(
    "start_below_level",
    "ozg_level",
    _(
        "The service offers an online start, but its OZG level says information only. Choose level 2 "
        "or higher, or remove the online start."
    ),
)
LEIKA_MISSING = Finding(
    "leika_missing",
    "leika_key",
    _("The service has no LeiKa key. Add the 14-digit key from the federal service catalogue (tab 'Identity')."),
)
LEIKA_MALFORMED = Finding(
    "leika_malformed",
    "leika_key",
    _("A LeiKa key has exactly 14 digits, e.g. 99115001000000."),
    blocking=True,
)


def normalise_leika_key(value):
    """The key as stored: editors paste it as printed in the catalogue ("99 008 001 012 000")."""
    return LEIKA_SEPARATORS.sub("", value or "")


def offer_disagreements(ozg_level, online):
    """What is wrong with the OZG level `ozg_level` (0-4) of a service that has an online start or
    not (`online`)."""
    claims_online = int(ozg_level) >= FIRST_ONLINE_LEVEL
    if claims_online and not online:
        return [LEVEL_WITHOUT_START]
    if online and not claims_online:
        return [START_BELOW_LEVEL]
    return []


def leika_disagreements(leika_key):
    """What is wrong with `leika_key` ("" when the service has none)."""
    if not leika_key:
        return [LEIKA_MISSING]
    if not LEIKA_KEY.fullmatch(leika_key):
        return [LEIKA_MALFORMED]
    return []


def disagreements(ozg_level, online, leika_key):
    """All findings for a service; an empty list when its facts agree."""
    return offer_disagreements(ozg_level, online) + leika_disagreements(leika_key)


def service_disagreements(service):
    """`disagreements` for a ServicePage (or anything with ozg_level, start_url, start_page_id, leika_key)."""
    online = bool(service.start_url or service.start_page_id)
    return disagreements(service.ozg_level, online, service.leika_key)
