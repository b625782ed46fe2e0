"""The demo's Digitalisierungsstand: the digitalisation facts of Lindenfeld's services, the dashboard
page below each home page (German source, English through wagtail-localize) and a year of monthly
snapshots, rising to today's real figures. Idempotent: a second run changes nothing."""

import random
from datetime import date

from django.utils import timezone

from digitalisation import figures, snapshots
from digitalisation.models import DigitalisationPage, Snapshot, SnapshotSource
from services.models import ServicePage

from .foundation import upsert_child
from .translate import page_strings, translate

DONE = {"digital_confirmation": True, "digital_processing": True, "digital_payment": True}
IN_PERSON = {"digital_gap": "in_person"}
KREIS = "Landkreis Lindenfeld-Land"
AWL = "Abfallwirtschaftsbetrieb Lindenfeld (AWL)"


def outside(body, target=None):
    return {"digital_gap": "outside_body", "digital_outside_body": body, "digital_target_date": target}


def planned(target, **facts):
    return {"digital_gap": "planned", "digital_target_date": target, **facts}


# The facts the site cannot know, per service (demo/content/services/<key>.yaml). Own form pages
# (hund-anmelden, allgemeine-anfrage, maengelmelder, sperrmuell-anmelden) confirm by themselves.
FACTS = {
    # Fully digital
    "wohnsitz-anmelden": DONE,
    "wohnsitz-abmelden": DONE,
    "meldebescheinigung": DONE,
    "gewerbe-anmelden": DONE,
    "gewerbe-abmelden": DONE,
    "wunschkennzeichen": DONE,
    "fahrzeug-abmelden": DONE,
    "kita-platz": DONE,
    "wohnberechtigungsschein": DONE,
    "hund-anmelden": {"digital_processing": True},
    "sperrmuell-anmelden": {"digital_processing": True},
    "maengelmelder": {"digital_processing": True, "audience_clubs": True},
    "allgemeine-anfrage": {"digital_processing": True, "audience_clubs": True},
    "halteverbot-umzug": {**DONE, "audience_clubs": True},
    # The law requires appearing in person (fingerprints, signatures, declarations before the registrar)
    "personalausweis-beantragen": IN_PERSON,
    "vorlaeufiger-personalausweis": IN_PERSON,
    "reisepass-beantragen": IN_PERSON,
    "kinderreisepass": IN_PERSON,
    "eheschliessung-anmelden": IN_PERSON,
    "vaterschaftsanerkennung": IN_PERSON,
    "beglaubigung": IN_PERSON,
    # An outside body is needed
    "fahrzeug-zulassen": outside(KREIS, date(2027, 6, 30)),
    "fahrzeug-ummelden": outside(KREIS, date(2027, 6, 30)),
    "grundsicherung": outside(KREIS),
    "hilfe-zum-lebensunterhalt": outside(KREIS),
    "elterngeld": outside("Elterngeldstelle des Landes", date(2027, 3, 31)),
    "kita-beitraege": outside("Kita-Träger (Kita gGmbH Lindenfeld)", date(2027, 9, 1)),
    "abfallbehaelter-aendern": outside(AWL, date(2027, 12, 31)),
    "gruenabfall": outside(AWL),
    "elektroaltgeraete": outside(AWL),
    "schadstoffmobil": outside(AWL),
    "abfallkalender": {**outside(AWL), "audience_clubs": True},
    # An interface to the office's software is missing
    "baugenehmigung": {"digital_gap": "no_interface", "digital_confirmation": True, "audience_clubs": True,
                       "digital_target_date": date(2027, 12, 31)},
    "bauvoranfrage": {"digital_gap": "no_interface", "digital_confirmation": True,
                      "digital_target_date": date(2027, 12, 31)},
    "melderegisterauskunft": {"digital_gap": "no_interface", "digital_confirmation": True, "digital_payment": True},
    "fundsachen": {"digital_gap": "no_interface", "digital_confirmation": True, "audience_clubs": True},
    # Planned
    "eheurkunde": planned(date(2027, 2, 28), digital_confirmation=True, digital_processing=True),
    "sterbeurkunde": planned(date(2027, 2, 28), digital_confirmation=True, digital_processing=True),
    "bewohnerparkausweis": planned(date(2027, 4, 30), digital_confirmation=True),
    "trauung-buchen": planned(date(2027, 5, 31), digital_confirmation=True),
    "fuehrungszeugnis": outside("Bundesamt für Justiz", None),
    "hund-abmelden": planned(date(2027, 1, 31), digital_confirmation=True),
    "hundesteuer-ermaessigung": planned(date(2027, 6, 30)),
    "grosser-hund-anzeigen": planned(date(2027, 6, 30)),
    "schulanmeldung": planned(date(2027, 10, 31)),
    "schuelerfahrkarte": planned(date(2027, 10, 31)),
    "stadtpass": planned(date(2027, 8, 31)),
    "bildung-teilhabe": planned(date(2027, 8, 31)),
    "gaststaette-anzeigen": planned(date(2027, 9, 30)),
    "sondernutzung-aussengastronomie": planned(date(2027, 4, 30)),
    "hausnummer": planned(date(2028, 3, 31)),
    "grabstaette": planned(date(2028, 6, 30)),
    "behindertenparkausweis": planned(date(2027, 11, 30)),
    "auskunftssperre": planned(date(2027, 3, 31)),
    "ausweisverlust-melden": planned(date(2027, 3, 31)),
    "geburt-beurkunden": planned(date(2028, 1, 31)),
    "sterbefall-beurkunden": planned(date(2028, 1, 31)),
    "pflegeberatung": {"digital_gap": "in_person"},
    "grundsteuer": planned(date(2027, 12, 31)),
    "wohngeld": outside(KREIS, date(2027, 9, 30)),
}

FACT_FIELDS = (
    "audience_clubs",
    "digital_confirmation",
    "digital_processing",
    "digital_payment",
    "digital_gap",
    "digital_outside_body",
    "digital_target_date",
)
DEFAULTS = {name: ServicePage._meta.get_field(name).get_default() for name in FACT_FIELDS}

PAGE = {
    "de": {
        "title": "Digitalisierungsstand",
        "slug": "digitalisierungsstand",
        "intro": "Wie weit die Verwaltung von Lindenfeld digital ist: welche Leistungen Sie online erledigen "
        "können, welche vollständig digital ablaufen und was noch fehlt. Die Seite hält sich selbst aktuell.",
    },
    "en": {
        "title": "Digitalisation status",
        "slug": "digitalisation-status",
        "intro": "How far Lindenfeld's administration has come with digitalisation: which services you can "
        "handle online, which run fully digitally and what is still missing. This page keeps itself up to date.",
    },
}


def seed_facts(services):
    """Set the facts on each German service and its translations (the fields are synchronised);
    publish only where something changed. Returns how many pages were published."""
    published = 0
    for key, service in services.items():
        wanted = {**DEFAULTS, **FACTS.get(key, {})}
        for page in [service, *service.get_translations()]:
            page = ServicePage.objects.get(pk=page.pk)
            if all(getattr(page, name) == value for name, value in wanted.items()):
                continue
            for name, value in wanted.items():
                setattr(page, name, value)
            page.save_revision().publish()
            published += 1
    return published


def seed_page(home):
    de, en = PAGE["de"], PAGE["en"]
    page = upsert_child(home, DigitalisationPage, de["slug"], title=de["title"], intro=de["intro"])
    strings = page_strings(page, en["title"], en["slug"])
    strings.add(de["intro"], en["intro"])
    translate(page, strings)
    return page


def level_then(level, months_ago, offset):
    """A service's maturity level `months_ago` months back: one level lower for every six months."""
    return max(0, level - (months_ago + offset) // 6)


def seed_history(months=12):
    """The current month's real snapshot and, before it, `months - 1` months of a plausible history
    that rises to it (each service was a level lower for every six months back; services fully
    digital today became so at a month of their own). Reproducible: the same seed every run."""
    current = snapshots.take()
    this_month = current[0].month if current else snapshots.month_of(timezone.localdate())
    forms = figures.live_form_page_ids()
    for snapshot in current:
        services = figures.services_in(snapshot.locale_id)
        assessed = [(s, figures.assess(s, forms)) for s in services]
        for months_ago in range(1, months):
            month = snapshots.add_months(this_month, -months_ago)
            past = []
            for service, facts in assessed:
                rng = random.Random(f"{service.translation_key}")
                offset, digital_since = rng.randint(0, 5), rng.randint(0, months)
                facts = figures.Assessment(
                    level=level_then(facts.level, months_ago, offset),
                    online=level_then(facts.level, months_ago, offset) >= figures.ONLINE_LEVEL,
                    missing=list(facts.missing) + ([] if months_ago < digital_since else ["processing"]),
                    gap=facts.gap,
                    audiences=facts.audiences,
                )
                past.append(facts)
            Snapshot.objects.update_or_create(
                locale_id=snapshot.locale_id,
                month=month,
                defaults={"figures": snapshots.plain(figures.summary(past)), "source": SnapshotSource.DEMO},
            )
    recent = Snapshot.objects.filter(month__gt=snapshots.add_months(this_month, -months))
    return recent.values("month").distinct().count()


def seed_digitalisation(home, services):
    """The facts, the dashboard page in both languages and a year of monthly snapshots."""
    published = seed_facts(services)
    page = seed_page(home)
    count = seed_history()
    return {"page": page, "published": published, "snapshots": count}
