"""Seeds the demo town's service catalogue: offices, services, Lebenslagen, the A–Z index and the
home page's top services, German first and then English through wagtail-localize."""

import html
from datetime import date, time
from decimal import Decimal

from django.utils.text import slugify
from wagtail.models import Locale

from cms.demo.data.lebenslagen import LEBENSLAGEN
from cms.demo.data.offices import OFFICES
from cms.demo.translate import page_strings, translate

INDEXES = {
    "services": {
        "de": {
            "title": "Leistungen A–Z",
            "slug": "leistungen",
            "intro": "Alle Leistungen der Stadtverwaltung Lindenfeld von A bis Z. Filtern Sie nach Lebenslage oder danach, ob Sie als Privatperson oder als Unternehmen kommen.",
        },
        "en": {
            "title": "Services A–Z",
            "slug": "services",
            "intro": "Every service of the Lindenfeld town administration from A to Z. Filter by life situation, or by whether you come as a private person or as a business.",
        },
    },
    "lebenslagen": {
        "de": {
            "title": "Lebenslagen",
            "slug": "lebenslagen",
            "intro": "Sie wissen, was passiert ist, aber nicht, welches Amt zuständig ist? Wählen Sie Ihre Lebenslage: Wir zeigen Ihnen, was zu tun ist.",
        },
        "en": {
            "title": "Life situations",
            "slug": "life-situations",
            "intro": "You know what has happened, but not which office deals with it? Choose your situation and we will show you what to do.",
        },
    },
}
TOP_SERVICES = [
    "personalausweis-beantragen",
    "wohnsitz-anmelden",
    "sperrmuell-anmelden",
    "hund-anmelden",
    "geburt-beurkunden",
    "gewerbe-anmelden",
]


def all_services():
    from cms.demo.data import services_a, services_b, services_c

    return [*services_a.SERVICES, *services_b.SERVICES, *services_c.SERVICES]


def paragraphs(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def rich(text):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs(text))


class Strings(dict):
    """German → English strings for one object. Adds the forms wagtail-localize may use for a
    string (as typed, and HTML-escaped as in rich text)."""

    def add(self, de, en):
        if not de:
            return
        self[de] = en
        self[html.escape(de, quote=False)] = html.escape(en, quote=False)
        self[html.escape(de)] = html.escape(en)

    def add_paragraphs(self, de, en):
        de_p, en_p = paragraphs(de), paragraphs(en)
        if len(de_p) != len(en_p):
            raise ValueError(f"paragraph count differs: {de[:60]!r}")
        for a, b in zip(de_p, en_p, strict=True):
            self.add(a, b)

    def add_list(self, de, en):
        for a, b in zip(de, en, strict=True):
            self.add(a, b)


def seed_offices():
    from services.models import Office

    german = Locale.objects.get(language_code="de")
    offices = {}
    for data in OFFICES:
        de, en = data["de"], data["en"]
        office = Office.objects.filter(locale=german, email=data["email"]).first() or Office(locale=german)
        office.name = de["name"]
        office.department = de.get("department", "")
        office.street, office.postcode, office.city = data["street"], data["postcode"], data["city"]
        office.phone, office.email, office.map_url = data["phone"], data["email"], data.get("map_url", "")
        office.accessibility = de.get("accessibility", "")
        office.opening_hours = [
            ("hours", {"weekday": str(day), "opens": time.fromisoformat(a), "closes": time.fromisoformat(b)})
            for day, a, b in data["hours"]
        ]
        office.closures = [
            ("closure", {"start": date.fromisoformat(a), "end": date.fromisoformat(b), "reason": reason["de"]})
            for a, b, reason in data.get("closures", [])
        ]
        office.save()
        strings = Strings()
        for field in ("name", "department", "accessibility"):
            strings.add(de.get(field, ""), en.get(field, ""))
        for _a, _b, reason in data.get("closures", []):
            strings.add(reason["de"], reason["en"])
        translate(office, strings)
        offices[data["key"]] = office
    return offices


def upsert_index(home, model, spec):
    from cms.demo.foundation import upsert_child

    de = spec["de"]
    page = upsert_child(home, model, de["slug"], title=de["title"], intro=de["intro"], show_in_menus=True)
    strings = Strings(page_strings(page, spec["en"]["title"], spec["en"]["slug"]))
    strings.add(de["intro"], spec["en"]["intro"])
    translate(page, strings)
    return page


def fee_fields(fee):
    kind = fee["kind"]
    return {
        "fee_kind": kind,
        "fee_amount": Decimal(fee["amount"]) if kind == "fixed" else Decimal(fee["min"]) if kind == "range" else None,
        "fee_amount_max": Decimal(fee["max"]) if kind == "range" else None,
    }


def help_stream(data, lang):
    from council.demo import upcoming_block

    stream = []
    text = data[lang]
    video = data.get("video")
    if video:
        stream.append(
            (
                "video",
                {
                    "url": video["url"],
                    "title": video[lang]["title"],
                    "cover": None,
                    "transcript": rich(video[lang]["transcript"]),
                    "captions": True,
                },
            )
        )
    if text.get("faq"):
        title = "Häufige Fragen" if lang == "de" else "Frequently asked questions"
        stream.append(
            ("faq", {"title": title, "items": [{"question": f["q"], "answer": rich(f["a"])} for f in text["faq"]]})
        )
    if lang == "de" and (block := upcoming_block(data["key"])):
        stream.append(block)
    return stream


def service_fields(data, lang="de"):
    text = data[lang]
    return {
        "title": text["title"],
        "official_name": text.get("official_name", ""),
        "leika_key": data.get("leika") or "",
        "teaser": text["teaser"],
        "audience": "both" if len(data["audience"]) > 1 else data["audience"][0],
        "search_terms": text.get("search_terms", ""),
        "description": rich(text.get("description", "")),
        "requirements": rich(text.get("requirements", "")),
        "required_documents": [("document", d) for d in text.get("documents", [])],
        "procedure": [("step", s) for s in text.get("steps", [])],
        **fee_fields(data["fee"]),
        "fee_note": text.get("fee_note", ""),
        "processing_time": text.get("processing_time", ""),
        "deadlines": text.get("deadlines", ""),
        "legal_basis": [
            ("law", {"title": law["title"], "url": law.get("url") or ""}) for law in text.get("legal_basis", [])
        ],
        "notes": rich(text.get("notes", "")),
        "start_url": data.get("online_url") or "",
        "ozg_level": data.get("ozg_level", 0),
        "other_ways": text.get("other_ways", ""),
        "appointment_url": data.get("appointment_url") or "",
        "help": help_stream(data, lang),
        "status": data.get("status", {}).get("status", "normal"),
        "status_reason": data.get("status", {}).get(lang, ""),
    }


def service_strings(page, data):
    de, en = data["de"], data["en"]
    strings = Strings(page_strings(page, en["title"], slugify(en["title"])))
    for field in ("official_name", "teaser", "search_terms", "fee_note", "processing_time", "deadlines", "other_ways"):
        strings.add(de.get(field, ""), en.get(field, ""))
    for field in ("description", "requirements", "notes"):
        strings.add_paragraphs(de.get(field, ""), en.get(field, ""))
    strings.add_list(de.get("documents", []), en.get("documents", []))
    strings.add_list(de.get("steps", []), en.get("steps", []))
    strings.add_list(
        [law["title"] for law in de.get("legal_basis", [])], [law["title"] for law in en.get("legal_basis", [])]
    )
    strings.add("Häufige Fragen", "Frequently asked questions")
    for fde, fen in zip(de.get("faq", []), en.get("faq", []), strict=True):
        strings.add(fde["q"], fen["q"])
        strings.add_paragraphs(fde["a"], fen["a"])
    if data.get("video"):
        strings.add(data["video"]["de"]["title"], data["video"]["en"]["title"])
        strings.add_paragraphs(data["video"]["de"]["transcript"], data["video"]["en"]["transcript"])
    if data.get("status"):
        strings.add(data["status"]["de"], data["status"]["en"])
    from council.demo import EMBED_TITLES

    for de_title, en_title in EMBED_TITLES.items():
        strings.add(de_title, en_title)
    return strings


def upsert_service(index, data, offices):
    from services.models import ServiceOffice, ServicePage

    fields = service_fields(data)
    slug = data["key"]
    page = ServicePage.objects.child_of(index).filter(slug=slug).first()
    if page is None:
        page = ServicePage(slug=slug, locale=index.locale, **fields)
        for order, key in enumerate(data["offices"]):
            page.responsible_offices.add(ServiceOffice(office=offices[key], sort_order=order))
        index.add_child(instance=page)
        page.save_revision().publish()
    else:
        for name, value in fields.items():
            setattr(page, name, value)
        page.responsible_offices = [
            ServiceOffice(office=offices[key], sort_order=i) for i, key in enumerate(data["offices"])
        ]
        page.save_revision().publish()
    translate(page, service_strings(page, data))
    return page


def upsert_lebenslage(index, data, services):
    from lebenslagen.models import LebenslagePage, LebenslageService

    de = data["de"]
    guide = [
        ("step", {"title": step["title"], "text": step.get("text", ""), "service": services.get(step.get("service"))})
        for step in de.get("guide", [])
    ]
    from council.demo import upcoming_block

    block = upcoming_block(data["key"])
    fields = {
        "title": de["title"],
        "intro": de["intro"],
        "icon": data["icon"],
        "guide_title": "Schritt für Schritt" if guide else "",
        "guide": guide,
        "body": [block] if block else [],
    }
    page = LebenslagePage.objects.child_of(index).filter(slug=data["key"]).first()
    links = [LebenslageService(service=services[key], sort_order=i) for i, key in enumerate(data["services"])]
    if page is None:
        page = LebenslagePage(slug=data["key"], locale=index.locale, **fields)
        page.service_links = links
        index.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
        page.service_links = links
    page.save_revision().publish()
    return page


def lebenslage_strings(page, data):
    de, en = data["de"], data["en"]
    strings = Strings(page_strings(page, en["title"], slugify(en["title"])))
    strings.add(de["intro"], en["intro"])
    strings.add("Schritt für Schritt", "Step by step")
    from council.demo import EMBED_TITLES

    for de_title, en_title in EMBED_TITLES.items():
        strings.add(de_title, en_title)
    for sde, sen in zip(de.get("guide", []), en.get("guide", []), strict=True):
        strings.add(sde["title"], sen["title"])
        strings.add(sde.get("text", ""), sen.get("text", ""))
    return strings


def seed_city(home, stdout=None):
    from home.models import HomeTopService
    from lebenslagen.models import LebenslagenIndexPage, RelatedLebenslage
    from services.models import ServiceIndexPage

    offices = seed_offices()
    lebenslagen_index = upsert_index(home, LebenslagenIndexPage, INDEXES["lebenslagen"])
    service_index = upsert_index(home, ServiceIndexPage, INDEXES["services"])

    services = {}
    for data in all_services():
        services[data["key"]] = upsert_service(service_index, data, offices)

    pages = {data["key"]: upsert_lebenslage(lebenslagen_index, data, services) for data in LEBENSLAGEN}
    for data in LEBENSLAGEN:
        page = pages[data["key"]]
        page.related_links = [
            RelatedLebenslage(lebenslage=pages[key], sort_order=i) for i, key in enumerate(data["related"])
        ]
        page.save_revision().publish()
        translate(page, lebenslage_strings(page, data))

    from cms.demo.foundation import translate_home_page

    home.top_services = [
        HomeTopService(service=services[key], sort_order=i) for i, key in enumerate(TOP_SERVICES) if key in services
    ]
    home.save_revision().publish()
    translate_home_page(home)
    return {"offices": offices, "services": services, "lebenslagen": pages, "service_index": service_index}
