"""What each kind of demo content file holds (checked by demo.content.read). German (`de`) is the
source; `en` has the same keys and lists of the same length, translated. demo/content/README.md
says what the texts should be like."""

from council.enums import CommitteeKind, EventCategory
from services.consistency import LEIKA_KEY, offer_disagreements

from .content import ContentError, Either, OneOf, Optional, Pattern


def bilingual(schema):
    return {"de": schema, "en": schema}


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DATE = Pattern(r"\d{4}-\d{2}-\d{2}", "2026-12-24")
HOURS = Pattern(r"\d{2}:\d{2}-\d{2}:\d{2}", "08:00-12:30")
AMOUNT = Pattern(r"\d+\.\d{2}", "37.00")
TEXT = Optional(str, "")
INDEX_PAGE = bilingual({"slug": str, "title": str, "intro": str})
UPCOMING_MEETINGS = Optional({"committees": [str], "title": bilingual(str)})

SITE = {
    "home": bilingual({"title": str, "hero_title": str, "hero_intro": str, "search_placeholder": str}),
    "settings": {"site_name": str, "address": str, "phone": str, "email": str},
    "footer_links": [str],
    "top_services": [str],
    "admin_email": str,
}

LEGAL_PAGE = bilingual(
    {"slug": str, "title": str, "intro": str, "body": [Either(({"heading": str}, {"paragraph": str}))]}
)

OFFICE = {
    "street": str,
    "postcode": Pattern(r"\d{5}", "45999"),
    "city": str,
    "phone": str,
    "email": str,
    "map_url": TEXT,
    "hours": {day: Optional([HOURS], []) for day in WEEKDAYS},
    "closures": Optional([{"start": DATE, "end": DATE, "reason": bilingual(str)}], []),
    **bilingual({"name": str, "department": TEXT, "accessibility": TEXT}),
}

SERVICES_INDEX = {"page": INDEX_PAGE, "faq_title": bilingual(str)}
SERVICE = {
    "offices": [str],
    # The real key of the federal catalogue (LeiKa); docs/editors.md says where the demo's came from.
    "leika": Pattern(LEIKA_KEY.pattern, "99008001012000"),
    "online_url": TEXT,
    "appointment_url": TEXT,
    "audience": [OneOf(("citizens", "businesses"))],
    "ozg_level": OneOf((0, 1, 2, 3, 4)),
    "fee": Either(
        (
            {"kind": OneOf(("free",))},
            {"kind": OneOf(("fixed",)), "amount": AMOUNT},
            {"kind": OneOf(("range",)), "min": AMOUNT, "max": AMOUNT},
        )
    ),
    "video": Optional({"url": str, **bilingual({"title": str, "transcript": str})}),
    "upcoming_meetings": UPCOMING_MEETINGS,
    **bilingual(
        {
            "title": str,
            "official_name": TEXT,
            "teaser": str,
            "search_terms": TEXT,
            "description": TEXT,
            "requirements": TEXT,
            "documents": Optional([str], []),
            "steps": Optional([str], []),
            "fee_note": TEXT,
            "processing_time": TEXT,
            "deadlines": TEXT,
            "legal_basis": Optional([{"title": str, "url": TEXT}], []),
            "notes": TEXT,
            "other_ways": TEXT,
            "faq": Optional([{"q": str, "a": str}], []),
        }
    ),
}


def check_service_facts(services, forms):
    """ContentError naming the file and the field if a service's OZG level and its online offer
    disagree (services.consistency): from level 2 on, a service needs an online start, which is its
    `online_url` or a form of forms/ that names it; below level 2 it has neither. `services` and
    `forms` are what demo.city.services_content and demo.forms.forms_content read."""
    started_by_form = {form["service"] for form in forms.values()}
    for key, data in services.items():
        online = bool(data["online_url"]) or key in started_by_form
        if offer_disagreements(data["ozg_level"], online):
            level = data["ozg_level"]
            if online:
                raise ContentError(
                    f"services/{key}.yaml: ozg_level: {level} says information only, but the service "
                    "has an online start (online_url, or a form in forms/ naming it); use 2 or higher"
                )
            raise ContentError(
                f"services/{key}.yaml: ozg_level: {level} promises an online application, but the service "
                "has no online start (online_url, or a form in forms/ naming it); use 0 or 1, or add one"
            )


LEBENSLAGEN_INDEX = {"page": INDEX_PAGE, "guide_title": bilingual(str)}
LEBENSLAGE = {
    "icon": OneOf(
        ("move", "baby", "rings", "passport", "school", "house", "bin", "paw", "car", "briefcase", "candle", "hands")
    ),
    "services": [str],
    "related": Optional([str], []),
    "upcoming_meetings": UPCOMING_MEETINGS,
    **bilingual(
        {"title": str, "intro": str, "guide": Optional([{"title": str, "text": TEXT, "service": Optional(str)}], [])}
    ),
}

FORM_FIELD = {
    "key": Pattern(r"[a-z_]+", "telefon"),
    "type": str,  # a field type of onlineforms (bookings adds "pickup")
    "required": bool,
    **bilingual({"label": str, "help": TEXT, "choices": Optional([str], [])}),
}
FORMS_INDEX = {"page": INDEX_PAGE, "common_fields": [FORM_FIELD]}
FORM = {
    "service": str,
    "office_email": str,
    "retention_days": int,
    **bilingual({"slug": str, "title": str, "intro": str, "thank_you": str, "confirmation": str}),
    # A field is written out, or named by the key of one of the index's common fields.
    "fields": [Either((str, FORM_FIELD))],
}

SYNONYMS = bilingual([{"terms": str, "note": TEXT}])
PROMOTIONS = [{"query": str, "service": str, "description": str}]

COMMITTEE = {
    "kind": OneOf(tuple(CommitteeKind.values)),
    "de": {"title": str, "short_name": str, "genitive": str},
    "en": {"title": str, "short_name": str},
    # Meetings: on this weekday every `every_weeks` weeks, from `hour` for `hours`.
    "meetings": {
        "weekday": OneOf(WEEKDAYS),
        "hour": int,
        "every_weeks": int,
        "hours": int,
        "location": str,
        "streamed": bool,
    },
    "topics": [bilingual(str)],
}
CALENDAR_PAGE = bilingual({"slug": str, "title": str})
# A meeting place: the address as it is; the building and room named in each language.
LOCATION = {"street_address": str, "postal_code": str, "locality": str, **bilingual({"name": str, "room": str})}
MEETINGS = {
    "stream_url": str,
    "opening_items": [bilingual(str)],
    "closing_items": [bilingual(str)],
    "closed_item": bilingual(str),
    "results": [bilingual(str)],
    "cancel_note": bilingual(str),
    "move_note": bilingual(str),
}
EVENT = {
    "category": OneOf(tuple(EventCategory.values)),
    "starts_in_days": int,
    "hour": int,
    "hours": int,
    "recurrence": TEXT,
    "address": str,
    "cancelled": Optional(bool, False),
    # Upcoming dates a recurring event leaves out, counted from the day of seeding (1 = its next date).
    "skip": Optional([int], []),
    **bilingual({"title": str, "place": str, "description": str}),
}
