"""The demo town's service catalogue: offices, services, Lebenslagen, the A–Z and Lebenslagen index
pages and the home page's top services, German first and then English through wagtail-localize
(content: offices/, services/, lebenslagen/, site.yaml)."""

import re
from datetime import date, time
from decimal import Decimal

from django.utils.text import slugify
from wagtail.models import Locale

from home.models import HomeTopService
from lebenslagen.models import LebenslagenIndexPage, LebenslagePage, LebenslageService, RelatedLebenslage
from services.models import Office, OfficeDirectoryPage, ServiceIndexPage, ServiceOffice, ServicePage
from services.offices import office_slug

from . import schema
from .content import known, read_kind
from .foundation import site_content, translate_home_page, upsert_child
from .translate import Strings, page_strings, rich, translate

WEEKDAYS = schema.WEEKDAYS


# offices/_index.yaml also holds what the office directory page says.
OFFICES_INDEX = {"page": schema.INDEX_PAGE}


def offices_content():
    return read_kind("offices", schema.OFFICE, OFFICES_INDEX)[1]


def office_directory_content():
    return read_kind("offices", schema.OFFICE, OFFICES_INDEX)[0]["page"]


def english_office_slug(name):
    """The English address of an office: its English name without the German one in brackets
    ("Citizens' Office (Bürgerbüro)" -> citizens-office)."""
    return office_slug(re.sub(r"\s*\([^)]*\)", "", name))


def services_content():
    return read_kind("services", schema.SERVICE, schema.SERVICES_INDEX)


def lebenslagen_content():
    return read_kind("lebenslagen", schema.LEBENSLAGE, schema.LEBENSLAGEN_INDEX)


def seed_offices():
    german = Locale.objects.get(language_code="de")
    offices = {}
    for key, data in offices_content().items():
        de, en = data["de"], data["en"]
        office = Office.objects.filter(locale=german, email=data["email"]).first() or Office(locale=german)
        office.name = de["name"]
        office.slug = key  # the German address is the file's name: /de/aemter/buergerbuero/
        office.department = de["department"]
        office.street, office.postcode, office.city = data["street"], data["postcode"], data["city"]
        office.phone, office.email, office.map_url = data["phone"], data["email"], data["map_url"]
        office.accessibility = de["accessibility"]
        office.opening_hours = [
            ("hours", {"weekday": str(day), "opens": time.fromisoformat(opens), "closes": time.fromisoformat(closes)})
            for day, name in enumerate(WEEKDAYS)
            for opens, closes in (hours.split("-") for hours in data["hours"][name])
        ]
        office.closures = [
            (
                "closure",
                {
                    "start": date.fromisoformat(closure["start"]),
                    "end": date.fromisoformat(closure["end"]),
                    "reason": closure["reason"]["de"],
                },
            )
            for closure in data["closures"]
        ]
        office.save()
        strings = Strings()
        for field in ("name", "department", "accessibility"):
            strings.add(de[field], en[field])
        strings.add(key, english_office_slug(en["name"]))
        for closure in data["closures"]:
            strings.add(closure["reason"]["de"], closure["reason"]["en"])
        translate(office, strings)
        offices[key] = office
    return offices


def upsert_index(home, model, spec):
    de, en = spec["de"], spec["en"]
    page = upsert_child(home, model, de["slug"], title=de["title"], intro=de["intro"], show_in_menus=True)
    strings = page_strings(page, en["title"], en["slug"])
    strings.add(de["intro"], en["intro"])
    translate(page, strings)
    return page


def seed_office_directory(home):
    """The office directory in German and English (not in the main menu: the A–Z and every service
    page lead to it)."""
    spec = office_directory_content()
    de, en = spec["de"], spec["en"]
    page = upsert_child(home, OfficeDirectoryPage, de["slug"], title=de["title"], intro=de["intro"])
    strings = page_strings(page, en["title"], en["slug"])
    strings.add(de["intro"], en["intro"])
    translate(page, strings)
    return page


def fee_fields(fee):
    kind = fee["kind"]
    return {
        "fee_kind": kind,
        "fee_amount": Decimal(fee["amount"]) if kind == "fixed" else Decimal(fee["min"]) if kind == "range" else None,
        "fee_amount_max": Decimal(fee["max"]) if kind == "range" else None,
    }


def upcoming_block(data, committees, where):
    """The ("upcoming_meetings", value) stream entry a page's content asks for, or None."""
    embed = data["upcoming_meetings"]
    if not embed:
        return None
    keys = known(committees, embed["committees"], f"{where}: upcoming_meetings.committees")
    value = {"title": embed["title"]["de"], "committees": [committees[k] for k in keys], "categories": [], "count": 3}
    return ("upcoming_meetings", value)


def help_stream(data, faq_title, committees):
    stream = []
    text = data["de"]
    if video := data["video"]:
        stream.append(
            (
                "video",
                {
                    "url": video["url"],
                    "title": video["de"]["title"],
                    "cover": None,
                    "transcript": rich(video["de"]["transcript"]),
                    "captions": True,
                },
            )
        )
    if text["faq"]:
        stream.append(
            ("faq", {"title": faq_title, "items": [{"question": f["q"], "answer": rich(f["a"])} for f in text["faq"]]})
        )
    if block := upcoming_block(data, committees, f"services/{data['key']}.yaml"):
        stream.append(block)
    return stream


def service_fields(data, faq_title, committees):
    text = data["de"]
    return {
        "title": text["title"],
        "official_name": text["official_name"],
        "leika_key": data["leika"],
        "teaser": text["teaser"],
        "audience": "both" if len(data["audience"]) > 1 else data["audience"][0],
        "search_terms": text["search_terms"],
        "description": rich(text["description"]),
        "requirements": rich(text["requirements"]),
        "required_documents": [("document", d) for d in text["documents"]],
        "procedure": [("step", s) for s in text["steps"]],
        **fee_fields(data["fee"]),
        "fee_note": text["fee_note"],
        "processing_time": text["processing_time"],
        "deadlines": text["deadlines"],
        "legal_basis": [("law", {"title": law["title"], "url": law["url"]}) for law in text["legal_basis"]],
        "notes": rich(text["notes"]),
        "start_url": data["online_url"],
        "ozg_level": data["ozg_level"],
        "other_ways": text["other_ways"],
        "appointment_url": data["appointment_url"],
        "help": help_stream(data, faq_title, committees),
        "status": "normal",
        "status_reason": "",
    }


def add_upcoming_title(strings, data):
    if embed := data["upcoming_meetings"]:
        strings.add(embed["title"]["de"], embed["title"]["en"])


def service_strings(page, data, faq_title):
    de, en = data["de"], data["en"]
    strings = page_strings(page, en["title"], slugify(en["title"]))
    for field in ("official_name", "teaser", "search_terms", "fee_note", "processing_time", "deadlines", "other_ways"):
        strings.add(de[field], en[field])
    for field in ("description", "requirements", "notes"):
        strings.add_paragraphs(de[field], en[field])
    strings.add_list(de["documents"], en["documents"])
    strings.add_list(de["steps"], en["steps"])
    strings.add_list([law["title"] for law in de["legal_basis"]], [law["title"] for law in en["legal_basis"]])
    strings.add(faq_title["de"], faq_title["en"])
    for fde, fen in zip(de["faq"], en["faq"], strict=True):
        strings.add(fde["q"], fen["q"])
        strings.add_paragraphs(fde["a"], fen["a"])
    if video := data["video"]:
        strings.add(video["de"]["title"], video["en"]["title"])
        strings.add_paragraphs(video["de"]["transcript"], video["en"]["transcript"])
    add_upcoming_title(strings, data)
    return strings


def upsert_service(index, data, offices, faq_title, committees):
    fields = service_fields(data, faq_title["de"], committees)
    keys = known(offices, data["offices"], f"services/{data['key']}.yaml: offices")
    links = [ServiceOffice(office=offices[key], sort_order=order) for order, key in enumerate(keys)]
    page = ServicePage.objects.child_of(index).filter(slug=data["key"]).first()
    if page is None:
        page = ServicePage(slug=data["key"], locale=index.locale, **fields)
        for link in links:
            page.responsible_offices.add(link)
        index.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
        page.responsible_offices = links
    page.save_revision().publish()
    translate(page, service_strings(page, data, faq_title))
    return page


def upsert_lebenslage(index, data, services, guide_title, committees):
    where = f"lebenslagen/{data['key']}.yaml"
    de = data["de"]
    known(services, [step["service"] for step in de["guide"] if step["service"]], f"{where}: de.guide")
    guide = [
        ("step", {"title": step["title"], "text": step["text"], "service": services.get(step["service"])})
        for step in de["guide"]
    ]
    block = upcoming_block(data, committees, where)
    fields = {
        "title": de["title"],
        "intro": de["intro"],
        "icon": data["icon"],
        "guide_title": guide_title if guide else "",
        "guide": guide,
        "body": [block] if block else [],
    }
    keys = known(services, data["services"], f"{where}: services")
    links = [LebenslageService(service=services[key], sort_order=i) for i, key in enumerate(keys)]
    page = LebenslagePage.objects.child_of(index).filter(slug=data["key"]).first()
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


def lebenslage_strings(page, data, guide_title):
    de, en = data["de"], data["en"]
    strings = page_strings(page, en["title"], slugify(en["title"]))
    strings.add(de["intro"], en["intro"])
    strings.add(guide_title["de"], guide_title["en"])
    add_upcoming_title(strings, data)
    for sde, sen in zip(de["guide"], en["guide"], strict=True):
        strings.add(sde["title"], sen["title"])
        strings.add(sde["text"], sen["text"])
    return strings


def seed_city(home, committees):
    """Offices, services and Lebenslagen in German and English. `committees` maps committee keys to
    the German committees (seed_council), for the pages that show upcoming meetings."""
    offices = seed_offices()
    services_index, services_data = services_content()
    lebenslagen_index, lebenslagen_data = lebenslagen_content()
    lebenslagen_parent = upsert_index(home, LebenslagenIndexPage, lebenslagen_index["page"])
    service_parent = upsert_index(home, ServiceIndexPage, services_index["page"])
    seed_office_directory(home)

    faq_title = services_index["faq_title"]
    services = {
        key: upsert_service(service_parent, data, offices, faq_title, committees) for key, data in services_data.items()
    }

    guide_title = lebenslagen_index["guide_title"]
    pages = {
        key: upsert_lebenslage(lebenslagen_parent, data, services, guide_title["de"], committees)
        for key, data in lebenslagen_data.items()
    }
    for key, data in lebenslagen_data.items():
        page = pages[key]
        related = known(pages, data["related"], f"lebenslagen/{key}.yaml: related")
        page.related_links = [
            RelatedLebenslage(lebenslage=pages[other], sort_order=i) for i, other in enumerate(related)
        ]
        page.save_revision().publish()
        translate(page, lebenslage_strings(page, data, guide_title))

    top = known(services, site_content()["top_services"], "site.yaml: top_services")
    home.top_services = [HomeTopService(service=services[key], sort_order=i) for i, key in enumerate(top)]
    home.save_revision().publish()
    translate_home_page(home)
    return {"offices": offices, "services": services, "lebenslagen": pages, "service_index": service_parent}


def retranslate_lebenslagen(lebenslagen):
    """Publish the German Lebenslagen again and bring their English copies up to date (after more
    services were linked to them)."""
    index, lebenslagen_data = lebenslagen_content()
    guide_title = index["guide_title"]
    for key, data in lebenslagen_data.items():
        # Fresh from the database, so the new service links are part of the revision.
        page = LebenslagePage.objects.get(pk=lebenslagen[key].pk)
        page.save_revision().publish()
        translate(page, lebenslage_strings(page, data, guide_title))
