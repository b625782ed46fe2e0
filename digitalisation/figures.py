"""How far digitalisation has come, computed from the live public services of one language tree.

The rule (docs/digitalisation.md): a service is *online* from OZG maturity level 2 (apply online).
It is *fully digital* when all of these hold and the editor gave no reason against it:
- it is online (level 2 or more) and the site links an online application (a form page of this
  site, or the address of an external online service);
- every application is confirmed automatically (always true for this site's form pages, which
  show a reference number and send a confirmation; for an external service the editor says so);
- applications are processed without retyping (the editor says so);
- where a fee applies, it can be paid online (the editor says so).
A reason in "why not fully digital" marks a service as not fully digital whatever else holds.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from lebenslagen.models import LebenslagePage, LebenslageService
from onlineforms.models import FormPage
from pagecache import tag
from services.enums import DigitalGap, FeeKind, OzgLevel
from services.models import ServicePage

ONLINE_LEVEL = OzgLevel.ONLINE_APPLICATION

# What a service still lacks, in the order a citizen meets it.
MISSING = {
    "online": _("no online application"),
    "confirmation": _("no automatic confirmation"),
    "processing": _("retyped by the office"),
    "payment": _("fee not payable online"),
}

# Why a service is not fully digital, as the report says it (services.enums.DigitalGap's values).
REASONS = {
    DigitalGap.IN_PERSON: _("The law requires appearing in person"),
    DigitalGap.OUTSIDE_BODY: _("An outside body is needed"),
    DigitalGap.NO_INTERFACE: _("An interface is missing"),
    DigitalGap.PLANNED: _("Planned, not yet implemented"),
}

# The audiences of the report; a service counts in each that applies.
AUDIENCES = {
    "citizens": _("Citizens"),
    "clubs": _("Clubs and associations"),
    "businesses": _("Businesses"),
}

SERVICE_FIELDS = (
    "id",
    "title",
    "url_path",
    "locale_id",
    "translation_key",
    "ozg_level",
    "audience",
    "audience_clubs",
    "start_url",
    "start_page_id",
    "fee_kind",
    "digital_confirmation",
    "digital_processing",
    "digital_payment",
    "digital_gap",
    "digital_outside_body",
    "digital_target_date",
)


@dataclass
class Assessment:
    """The digitalisation facts of one service, computed and given."""

    level: int
    online: bool
    missing: list = field(default_factory=list)
    gap: str = ""
    outside_body: str = ""
    target_date: object = None
    audiences: tuple = ()

    @property
    def fully_digital(self):
        return self.online and not self.missing and not self.gap


def audiences_of(service):
    result = []
    if service.audience in ("citizens", "both"):
        result.append("citizens")
    if service.audience_clubs:
        result.append("clubs")
    if service.audience in ("businesses", "both"):
        result.append("businesses")
    return tuple(result)


def assess(service, form_page_ids):
    """The facts of `service` (a ServicePage or a page restored from a revision); `form_page_ids`
    are the live form pages of this site, whose confirmation is automatic."""
    own_form = service.start_page_id is not None and service.start_page_id in form_page_ids
    applies_online = own_form or bool(service.start_url)
    missing = []
    if not applies_online:
        missing.append("online")
    if not (own_form or service.digital_confirmation):
        missing.append("confirmation")
    if not service.digital_processing:
        missing.append("processing")
    if service.fee_kind != FeeKind.FREE and not service.digital_payment:
        missing.append("payment")
    return Assessment(
        level=service.ozg_level,
        online=service.ozg_level >= ONLINE_LEVEL,
        missing=missing,
        gap=service.digital_gap or "",
        outside_body=service.digital_outside_body if service.digital_gap == DigitalGap.OUTSIDE_BODY else "",
        target_date=service.digital_target_date,
        audiences=audiences_of(service),
    )


def live_form_page_ids():
    tag(FormPage)  # pagecache: a form page published or taken away changes what counts as digital
    return set(FormPage.objects.live().public().values_list("id", flat=True))


def share(part, whole):
    """Percentage with one decimal, 0 for an empty whole."""
    return round(100 * part / whole, 1) if whole else 0.0


def group(key, label, assessments):
    assessments = list(assessments)
    total = len(assessments)
    online = sum(a.online for a in assessments)
    fully = sum(a.fully_digital for a in assessments)
    return {
        "key": str(key),
        "label": str(label),
        "services": total,
        "online": online,
        "fully_digital": fully,
        "online_share": share(online, total),
        "fully_digital_share": share(fully, total),
    }


def summary(assessments):
    """The figures a snapshot keeps: headline, by maturity level, by audience."""
    assessments = list(assessments)
    return {
        "headline": group("all", _("All services"), assessments),
        "by_level": [
            group(value, label, [a for a in assessments if a.level == value]) for value, label in OzgLevel.choices
        ],
        "by_audience": [
            group(key, label, [a for a in assessments if key in a.audiences]) for key, label in AUDIENCES.items()
        ],
    }


def services_in(locale_id):
    """The live, public services of one language tree (only what citizens can see counts)."""
    tag(ServicePage)  # pagecache: any service published, changed or taken away
    return list(ServicePage.objects.live().public().filter(locale_id=locale_id).only(*SERVICE_FIELDS).order_by("title"))


def by_lebenslage(locale_id, assessed):
    """One group per live Lebenslage of the language, with the services it lists."""
    tag(LebenslagePage)  # pagecache: a Lebenslage's services or title changed
    lagen = list(
        LebenslagePage.objects.live().public().filter(locale_id=locale_id).only("id", "title", "slug").order_by("title")
    )
    keys = {}
    for page_id, key in LebenslageService.objects.filter(page__in=lagen).values_list("page_id", "service__translation_key"):
        keys.setdefault(page_id, set()).add(key)
    return [
        group(lage.slug, lage.title, [a for service, a in assessed if service.translation_key in keys.get(lage.id, ())])
        for lage in lagen
    ]


def gap_label(gap):
    return str(REASONS.get(gap, ""))


def not_fully_digital(assessed):
    rows = []
    for service, a in assessed:
        if a.fully_digital:
            continue
        rows.append(
            {
                "service": service,
                "title": service.title,
                "level": a.level,
                "reason": a.gap,
                "reason_label": gap_label(a.gap),
                "outside_body": a.outside_body,
                "missing": list(a.missing),
                "missing_labels": [str(MISSING[key]) for key in a.missing],
                "target_date": a.target_date,
            }
        )
    rows.sort(key=lambda row: (row["target_date"] is None, row["target_date"] or 0, row["title"]))
    return rows


def current(locale_id):
    """Everything the dashboard shows for one language, computed now."""
    forms = live_form_page_ids()
    assessed = [(service, assess(service, forms)) for service in services_in(locale_id)]
    figures = summary(a for _service, a in assessed)
    figures["by_lebenslage"] = by_lebenslage(locale_id, assessed)
    figures["not_fully_digital"] = not_fully_digital(assessed)
    return figures
