"""Starter editor data for the search: synonyms and best bets. Idempotent; seed_demo calls it.

Editors own this data afterwards (Snippets › Search synonyms; Settings › Promoted search results)."""

from django.core.management.base import BaseCommand

SYNONYMS = {
    "de": [
        ("Knöllchen, Strafzettel, Verwarnungsgeld, Bußgeldbescheid", "Parkverstöße: Anfragen an das Ordnungsamt"),
        ("Perso, Personalausweis, Ausweis, Identitätskarte", ""),
        ("Einwohnermeldeamt, Meldeamt, Bürgerbüro, Bürgeramt", "Alte und andere Namen des Bürgerbüros"),
        ("ummelden, Wohnsitz anmelden, Adresse ändern", ""),
        ("umgezogen, umziehen, Umzug", ""),
        ("Müll, Abfall", ""),
        ("Müllabfuhr, Abfuhr, Abholung", ""),
        ("Hochzeit, Eheschließung, heiraten, Trauung", ""),
        ("Kita, Kindergarten, Kindertagesstätte, Krippe", ""),
        ("gestorben, verstorben, Todesfall, Sterbefall", ""),
        ("KFZ, Auto, Fahrzeug, PKW", ""),
        ("Nummernschild, Kennzeichen", ""),
        ("Laterne, Straßenbeleuchtung", ""),
        ("Vermieterbescheinigung, Wohnungsgeberbestätigung", ""),
        ("selbstständig, selbständig, Existenzgründung", ""),
        ("Kneipe, Gaststätte, Restaurant", ""),
        ("Handy, Mobiltelefon, Smartphone", ""),
        ("Geldbörse, Portemonnaie, Geldbeutel", ""),
        ("Fernseher, Elektroaltgeräte", ""),
    ],
    "en": [
        ("ID, identity card, ID card, Personalausweis", ""),
        ("rubbish, waste, garbage, trash", ""),
        ("bin, wheelie bin, waste bin", ""),
        ("flat, apartment, home", ""),
        ("car, vehicle, motor vehicle", ""),
        ("died, death, passed away", ""),
        ("business, company, trade", ""),
        ("baby, newborn, birth", ""),
        ("grave, burial plot", ""),
        ("school bus, school travel pass, school ticket", ""),
        ("parking ticket, fine, penalty notice", ""),
    ],
}

# query -> German service key (the English query gets the English translation of the same page)
PROMOTIONS = {
    "knöllchen": ("allgemeine-anfrage", "Fragen zu einem Verwarnungsgeld beantwortet das Ordnungsamt."),
    "knoellchen": ("allgemeine-anfrage", "Fragen zu einem Verwarnungsgeld beantwortet das Ordnungsamt."),
    "strafzettel": ("allgemeine-anfrage", "Fragen zu einem Verwarnungsgeld beantwortet das Ordnungsamt."),
    "parking ticket": ("allgemeine-anfrage", "Questions about a parking fine are answered by the Public Order Office."),
}


class Command(BaseCommand):
    help = "Create the starter search synonyms and promotions (idempotent)."

    def handle(self, *args, **options):
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion
        from wagtail.models import Locale

        from search.models import Synonym
        from services.models import ServicePage

        created = 0
        for language, groups in SYNONYMS.items():
            for terms, note in groups:
                _obj, was_created = Synonym.objects.get_or_create(
                    language=language, terms=terms, defaults={"note": note}
                )
                created += was_created
        german = Locale.objects.filter(language_code="de").first()
        for query_string, (key, description) in PROMOTIONS.items():
            page = ServicePage.objects.filter(locale=german, slug=key).first()
            if page is None:
                continue
            query = Query.get(query_string)
            SearchPromotion.objects.get_or_create(
                query=query, page=page, defaults={"description": description, "sort_order": 0}
            )
        if options["verbosity"]:
            self.stdout.write(f"Search: {created} synonyms created, promotions for {len(PROMOTIONS)} queries.")
