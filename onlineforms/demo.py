"""Demo online services: the Sperrmüll booking, dog registration, a contact form and the
Mängelmelder, German first and translated into English through wagtail-localize. Idempotent."""

from cms.demo.city import Strings
from cms.demo.translate import page_strings, translate

INDEX = {
    "de": {
        "title": "Online-Dienste",
        "slug": "online-dienste",
        "intro": "Anträge, Anmeldungen und Meldungen, die Sie rund um die Uhr online erledigen können.",
    },
    "en": {
        "title": "Online services",
        "slug": "online-services",
        "intro": "Applications, registrations and reports you can complete online at any time.",
    },
}

# field: (key, type, required, {de: (label, help, choices)}, {en: ...})
NAME = ("name", "singleline", True, ("Vor- und Nachname", "", ""), ("First name and surname", "", ""))
EMAIL = (
    "email",
    "email",
    True,
    ("E-Mail-Adresse", "An diese Adresse schicken wir die Bestätigung.", ""),
    ("Email address", "We send the confirmation to this address.", ""),
)
PHONE = (
    "telefon",
    "singleline",
    False,
    ("Telefon (freiwillig)", "Für Rückfragen.", ""),
    ("Phone (optional)", "In case we have questions.", ""),
)
ADDRESS = ("adresse", "address", True, ("Anschrift", "", ""), ("Address", "", ""))
CONSENT = (
    "einwilligung",
    "consent",
    True,
    ("Ich willige ein, dass die Stadt Lindenfeld meine Angaben zur Bearbeitung dieses Anliegens verarbeitet.", "", ""),
    ("I agree that the Town of Lindenfeld processes my details to deal with this request.", "", ""),
)

FORMS = [
    {
        "key": "sperrmuell",
        "service": "sperrmuell-anmelden",
        "office": "abfallberatung@lindenfeld.example",
        "retention_days": 90,
        "de": {
            "title": "Sperrmüll-Abholung buchen",
            "slug": "sperrmuell-buchen",
            "intro": "Wählen Sie einen freien Abholtermin: Standard kostenlos, Express gegen Gebühr. Sie erhalten sofort eine E-Mail; mit dem Link darin bestätigen Sie den Termin.",
            "thank_you": "Über den Link in der Bestätigungs-E-Mail können Sie den Termin bis zum Vortag verschieben oder absagen.",
            "confirmation": "vielen Dank für Ihre Sperrmüll-Anmeldung. Ihr Wunschtermin ist für Sie reserviert; bitte bestätigen Sie ihn mit dem Link unten.",
        },
        "en": {
            "title": "Book a bulky-waste pickup",
            "slug": "book-bulky-waste-pickup",
            "intro": "Choose a free pickup date: standard free of charge, express for a fee. You get an email straight away; confirm the date with the link in it.",
            "thank_you": "With the link in the confirmation email you can move or cancel the pickup until the day before.",
            "confirmation": "thank you for booking a bulky-waste pickup. Your date is reserved for you; please confirm it with the link below.",
        },
        "fields": [
            (
                "termin",
                "pickup",
                True,
                ("Abholtermin", "Nur freie Termine werden angezeigt.", ""),
                ("Pickup date", "Only free dates are shown.", ""),
            ),
            NAME,
            ADDRESS,
            (
                "gegenstaende",
                "multiline",
                True,
                ("Was sollen wir abholen?", "Zum Beispiel: 1 Sofa, 2 Stühle, 1 Matratze. Höchstens 5 Kubikmeter.", ""),
                ("What should we collect?", "For example: 1 sofa, 2 chairs, 1 mattress. At most 5 cubic metres.", ""),
            ),
            EMAIL,
            PHONE,
            CONSENT,
        ],
    },
    {
        "key": "hund",
        "service": "hund-anmelden",
        "office": "steueramt@lindenfeld.example",
        "retention_days": 365,
        "de": {
            "title": "Hund anmelden (Hundesteuer)",
            "slug": "hund-anmelden",
            "intro": "Melden Sie Ihren Hund innerhalb von zwei Wochen nach Anschaffung oder Zuzug an. Den Steuerbescheid und die Hundesteuermarke schicken wir Ihnen zu.",
            "thank_you": "Das Steueramt prüft Ihre Anmeldung und schickt Ihnen Bescheid und Steuermarke per Post.",
            "confirmation": "vielen Dank für die Anmeldung Ihres Hundes.",
        },
        "en": {
            "title": "Register a dog (dog tax)",
            "slug": "register-dog",
            "intro": "Register your dog within two weeks of getting it or moving here. We will send you the tax notice and the dog tax tag.",
            "thank_you": "The tax office checks your registration and sends you the notice and the tax tag by post.",
            "confirmation": "thank you for registering your dog.",
        },
        "fields": [
            NAME,
            ADDRESS,
            EMAIL,
            ("hundename", "singleline", True, ("Name des Hundes", "", ""), ("Dog's name", "", "")),
            (
                "rasse",
                "singleline",
                True,
                ("Rasse", "Bei Mischlingen die erkennbaren Rassen.", ""),
                ("Breed", "For mixed breeds, the breeds you can tell.", ""),
            ),
            ("seit", "date", True, ("Hund gehalten seit", "", ""), ("Keeping the dog since", "", "")),
            (
                "anzahl",
                "radio",
                True,
                ("Wie viele Hunde halten Sie insgesamt?", "", "1\n2\n3 oder mehr"),
                ("How many dogs do you keep in total?", "", "1\n2\n3 or more"),
            ),
            CONSENT,
        ],
    },
    {
        "key": "kontakt",
        "service": "allgemeine-anfrage",
        "office": "buergerbuero@lindenfeld.example",
        "retention_days": 180,
        "de": {
            "title": "Kontaktformular",
            "slug": "kontakt",
            "intro": "Ihre Frage an die Stadtverwaltung. Wir leiten sie an die zuständige Stelle weiter und antworten in der Regel innerhalb von drei Werktagen.",
            "thank_you": "Wir melden uns in der Regel innerhalb von drei Werktagen.",
            "confirmation": "vielen Dank für Ihre Nachricht.",
        },
        "en": {
            "title": "Contact form",
            "slug": "contact",
            "intro": "Your question to the town administration. We pass it on to the office in charge and usually answer within three working days.",
            "thank_you": "We usually reply within three working days.",
            "confirmation": "thank you for your message.",
        },
        "fields": [
            NAME,
            EMAIL,
            (
                "thema",
                "dropdown",
                True,
                ("Thema", "", "Bürgerservice\nAbfall\nSteuern\nSonstiges"),
                ("Topic", "", "Citizen services\nWaste\nTaxes\nOther"),
            ),
            ("nachricht", "multiline", True, ("Ihre Nachricht", "", ""), ("Your message", "", "")),
            CONSENT,
        ],
    },
    {
        "key": "maengel",
        "service": "maengelmelder",
        "office": "ordnungsamt@lindenfeld.example",
        "retention_days": 90,
        "de": {
            "title": "Mängelmelder",
            "slug": "maengelmelder",
            "intro": "Schlagloch, defekte Laterne, wilder Müll? Melden Sie uns, wo etwas nicht in Ordnung ist – gern mit Foto.",
            "thank_you": "Der Bauhof prüft Ihre Meldung. Bei Gefahr rufen Sie bitte die 110.",
            "confirmation": "vielen Dank für Ihre Meldung.",
        },
        "en": {
            "title": "Report a problem",
            "slug": "report-a-problem",
            "intro": "Pothole, broken street light, fly-tipping? Tell us where something is wrong, with a photo if you like.",
            "thank_you": "The depot checks your report. If anyone is in danger, please call 110.",
            "confirmation": "thank you for your report.",
        },
        "fields": [
            (
                "art",
                "dropdown",
                True,
                ("Was ist das Problem?", "", "Straße oder Gehweg\nBeleuchtung\nMüll\nGrünanlage\nSonstiges"),
                ("What is the problem?", "", "Road or pavement\nStreet lighting\nRubbish\nPark or green space\nOther"),
            ),
            (
                "ort",
                "singleline",
                True,
                ("Wo genau?", "Straße, Hausnummer oder markanter Punkt.", ""),
                ("Where exactly?", "Street, house number or landmark.", ""),
            ),
            ("beschreibung", "multiline", True, ("Beschreibung", "", ""), ("Description", "", "")),
            (
                "foto",
                "upload",
                False,
                ("Foto (freiwillig)", "JPEG, PNG oder PDF, höchstens 10 MB.", ""),
                ("Photo (optional)", "JPEG, PNG or PDF, at most 10 MB.", ""),
            ),
            (
                "email",
                "email",
                False,
                ("E-Mail-Adresse (freiwillig)", "Wenn Sie eine Bestätigung möchten.", ""),
                ("Email address (optional)", "If you would like a confirmation.", ""),
            ),
            CONSENT,
        ],
    },
]


def upsert_form_page(index, spec, privacy_page):
    from cms.demo.foundation import upsert_child
    from onlineforms.models import FormField, FormPage

    de = spec["de"]
    page = upsert_child(
        index,
        FormPage,
        de["slug"],
        title=de["title"],
        intro=de["intro"],
        thank_you_text=de["thank_you"],
        confirmation_text=de["confirmation"],
        office_email=spec["office"],
        retention_days=spec["retention_days"],
        privacy_page=privacy_page,
    )
    wanted = [(key, kind, required, de_f) for key, kind, required, de_f, _en in spec["fields"]]
    current = [
        (f.clean_name, f.field_type, f.required, (f.label, f.help_text, f.choices)) for f in page.form_fields.all()
    ]
    if current != wanted:
        page.form_fields = [
            FormField(
                clean_name=key,
                field_type=kind,
                required=required,
                label=label,
                help_text=help_text,
                choices=choices,
                sort_order=i,
                locale=page.locale,
            )
            for i, (key, kind, required, (label, help_text, choices)) in enumerate(wanted)
        ]
        page.save_revision().publish()
        # Reload: the published fields have primary keys, which wagtail-localize needs.
        page = FormPage.objects.get(pk=page.pk)
    strings = Strings(page_strings(page, spec["en"]["title"], spec["en"]["slug"]))
    en = spec["en"]
    strings.add(de["intro"], en["intro"])
    strings.add(de["thank_you"], en["thank_you"])
    strings.add(de["confirmation"], en["confirmation"])
    for _key, _kind, _req, (label, help_text, choices), (label_en, help_en, choices_en) in spec["fields"]:
        strings.add(label, label_en)
        strings.add(help_text, help_en)
        strings.add(choices, choices_en)
        # wagtail-localize shows multi-line text with <br/> between the lines.
        strings.add(choices.replace("\n", "<br/>"), choices_en.replace("\n", "<br/>"))
    translate(page, strings)
    return page


def link_service(service, form_page):
    """The service's start button leads to the form (in both languages)."""
    for page in [service, *service.get_translations()]:
        page = page.specific
        if page.start_page_id == form_page.pk and not page.start_url:
            continue
        page.start_page_id, page.start_url = form_page.pk, ""
        page.save_revision().publish()


def seed_forms(home, services):
    """Create or update the demo forms below a FormIndexPage under `home` (German) and link them
    from the services with the keys in FORMS. `services` maps service keys to German ServicePages."""
    from cms.demo.foundation import upsert_child
    from onlineforms.models import FormIndexPage

    index = upsert_child(
        home, FormIndexPage, INDEX["de"]["slug"], title=INDEX["de"]["title"], intro=INDEX["de"]["intro"]
    )
    strings = Strings(page_strings(index, INDEX["en"]["title"], INDEX["en"]["slug"]))
    strings.add(INDEX["de"]["intro"], INDEX["en"]["intro"])
    translate(index, strings)
    privacy = home.get_children().filter(slug="datenschutz").first()
    pages = {}
    for spec in FORMS:
        page = upsert_form_page(index, spec, privacy)
        pages[spec["key"]] = page
        service = services.get(spec["service"])
        if service is not None:
            link_service(service, page)
    return pages
