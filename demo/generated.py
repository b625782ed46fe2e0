"""`seed_demo --services N`: N generated services, spread over the Lebenslagen, in German and
English, for benchmarks and load tests. They are marked in the title ("Nr. …") and get their own
slug range, so running it again with the same N changes nothing."""

import random

from lebenslagen.models import LebenslageService
from services.models import ServiceOffice, ServicePage

from .city import fee_fields
from .translate import page_strings, rich, translate

SUBJECTS = [
    ("Sondernutzungserlaubnis", "special use permit"),
    ("Baumfällgenehmigung", "tree felling permit"),
    ("Plakatierungserlaubnis", "poster permit"),
    ("Veranstaltungsanzeige", "event notification"),
    ("Ausnahmegenehmigung", "exemption permit"),
    ("Bescheinigung", "certificate"),
    ("Zuschuss", "grant"),
    ("Parkerlaubnis", "parking permit"),
    ("Auskunft", "information request"),
    ("Zulassung", "approval"),
]
ACTIONS = [("beantragen", "Apply for a"), ("verlängern", "Renew a"), ("ändern", "Change a")]


def generated_spec(number):
    subject_de, subject_en = SUBJECTS[number % len(SUBJECTS)]
    action_de, action_en = ACTIONS[(number // len(SUBJECTS)) % len(ACTIONS)]
    title_de = f"{subject_de} Nr. {number} {action_de}"
    title_en = f"{action_en} {subject_en} no. {number}"
    return {
        "slug": f"generiert-{number:05d}",
        "de": {
            "title": title_de,
            "teaser": f"So können Sie {subject_de} Nr. {number} bei der Stadt Lindenfeld {action_de}.",
            "description": f"Diese Leistung wurde für Lasttests erzeugt. Sie beschreibt, wie Sie {subject_de} Nr. {number} {action_de}.",
            "search_terms": f"{subject_de}, Antrag {number}",
            "documents": ["Personalausweis oder Reisepass", f"Formular Nr. {number}"],
            "steps": ["Formular ausfüllen", "Unterlagen einreichen", "Bescheid abwarten"],
        },
        "en": {
            "title": title_en,
            "teaser": f"How to {action_en.lower()} {subject_en} no. {number} from the Town of Lindenfeld.",
            "description": f"This service was generated for load tests. It describes how to {action_en.lower()} {subject_en} no. {number}.",
            "search_terms": f"{subject_en}, application {number}",
            "documents": ["Identity card or passport", f"Form no. {number}"],
            "steps": ["Fill in the form", "Hand in the documents", "Wait for the decision"],
        },
    }


def seed_generated(count, service_index, offices, lebenslagen, stdout=None):
    office_list = list(offices.values())
    lage_list = list(lebenslagen.values())
    rng = random.Random(4711)
    created = linked = 0
    for number in range(1, count + 1):
        spec = generated_spec(number)
        lage = lage_list[number % len(lage_list)]
        existing = ServicePage.objects.child_of(service_index).filter(slug=spec["slug"]).first()
        if existing is not None:
            # seed_city resets the curated lists, so the generated links are put back.
            _link, made = LebenslageService.objects.get_or_create(
                page=lage, service=existing, defaults={"sort_order": 1000 + number}
            )
            linked += made
            continue
        de, en = spec["de"], spec["en"]
        page = ServicePage(
            slug=spec["slug"],
            locale=service_index.locale,
            title=de["title"],
            teaser=de["teaser"],
            description=rich(de["description"]),
            search_terms=de["search_terms"],
            required_documents=[("document", d) for d in de["documents"]],
            procedure=[("step", s) for s in de["steps"]],
            audience=rng.choice(["citizens", "businesses", "both"]),
            ozg_level=rng.randint(0, 4),
            **fee_fields(rng.choice([{"kind": "free"}, {"kind": "fixed", "amount": f"{rng.randint(5, 120)}.00"}])),
        )
        page.responsible_offices.add(ServiceOffice(office=office_list[number % len(office_list)]))
        service_index.add_child(instance=page)
        page.save_revision().publish()
        strings = page_strings(page, en["title"], f"generated-{number:05d}")
        for field in ("teaser", "description", "search_terms"):
            strings.add(de[field], en[field])
        strings.add_list(de["documents"], en["documents"])
        strings.add_list(de["steps"], en["steps"])
        translate(page, strings)
        LebenslageService.objects.create(page=lage, service=page, sort_order=1000 + number)
        created += 1
        if stdout and created % 50 == 0:
            stdout.write(f"  {created} generated services …")
    return created, linked
