"""A small bilingual town: the home page, three legal pages, an office, the A–Z page with five services
and three Lebenslagen, each German page with its English wagtail-localize translation. Enough for the catalogue
tests (lists, filters, curated order, guides, both languages) at a fraction of the demo's cost."""

from dataclasses import dataclass
from decimal import Decimal

from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.models import HomePage, HomeTopService
from lebenslagen.models import LebenslagePage
from services.models import Office, ServicePage
from tests.factories.cms import StandardPageFactory
from tests.factories.lebenslagen import LebenslagenIndexPageFactory, LebenslagePageFactory
from tests.factories.services import OfficeFactory, ServiceIndexPageFactory, ServicePageFactory
from tests.factories.site import HOME_STRINGS, bilingual_site
from tests.factories.translation import translate

VIDEO_URL = "https://www.youtube.com/watch?v=Wm4nLdA7eQz"

# {German: English} for every text of the town.
ENGLISH = {
    "Impressum": "Legal notice",
    "impressum": "legal-notice",
    "Verantwortlich ist die Stadt Musterstadt.": "The Town of Musterstadt is responsible.",
    "Datenschutzerklärung": "Privacy policy",
    "datenschutz": "privacy",
    "Ihre Rechte": "Your rights",
    "Fragen zum Datenschutz an datenschutz@musterstadt.example.": "Questions about privacy to datenschutz@musterstadt.example.",
    "Erklärung zur Barrierefreiheit": "Accessibility statement",
    "barrierefreiheit": "accessibility",
    "Bürgerbüro": "Citizens' Office",
    "Fachbereich Bürgerdienste": "Citizens' Services Department",
    "Leistungen A–Z": "Services A–Z",
    "leistungen": "services",
    "Lebenslagen": "Life situations",
    "lebenslagen": "life-situations",
    "Personalausweis beantragen": "Applying for an identity card",
    "personalausweis-beantragen": "applying-for-an-identity-card",
    "Den Personalausweis im Bürgerbüro beantragen.": "Apply for an identity card at the Citizens' Office.",
    "Aktuelles biometrisches Passfoto": "A current biometric passport photo",
    "Termin im Bürgerbüro buchen": "Book an appointment at the Citizens' Office",
    "Antrag persönlich stellen": "Apply in person",
    "Personalausweisgesetz (PAuswG)": "Identity Card Act (PAuswG)",
    "So beantragen Sie Ihren Personalausweis": "How to apply for your identity card",
    "Bringen Sie ein Passfoto mit.": "Bring a passport photo.",
    "Hund anmelden": "Registering a dog",
    "hund-anmelden": "registering-a-dog",
    "Einen Hund zur Hundesteuer anmelden.": "Register a dog for dog tax.",
    "Gewerbe anmelden": "Registering a business",
    "gewerbe-anmelden": "registering-a-business",
    "Ein Gewerbe beim Gewerbeamt anmelden.": "Register a business with the trade office.",
    "Wohnsitz anmelden": "Registering your address",
    "wohnsitz-anmelden": "registering-your-address",
    "Nach dem Umzug den Wohnsitz anmelden.": "Register your address after moving.",
    "Fundsachen": "Lost property",
    "fundsachen": "lost-property",
    "Verlorenes im Fundbüro suchen.": "Look for lost things at the lost property office.",
    "Umzug": "Moving house",
    "umzug": "moving-house",
    "Was bei einem Umzug zu tun ist.": "What to do when you move.",
    "In zwei Wochen erledigt": "Done in two weeks",
    "Innerhalb von zwei Wochen nach dem Einzug.": "Within two weeks of moving in.",
    "Den Hund ummelden": "Re-register the dog",
    "Hund & Haustier": "Pets",
    "hund-haustier": "pets",
    "Was Halterinnen und Halter von Tieren erledigen.": "What pet owners need to do.",
    "Todesfall": "Bereavement",
    "todesfall": "bereavement",
    "Was nach einem Todesfall zu tun ist.": "What to do after a death.",
}

SERVICES = {
    "personalausweis": {
        "title": "Personalausweis beantragen",
        "teaser": "Den Personalausweis im Bürgerbüro beantragen.",
        "official_name": "Personalausweis Ausstellung",
        "fee_amount": Decimal("37.00"),
        "required_documents": [("document", "Aktuelles biometrisches Passfoto")],
        "procedure": [("step", "Termin im Bürgerbüro buchen"), ("step", "Antrag persönlich stellen")],
        "legal_basis": [("law", {"title": "Personalausweisgesetz (PAuswG)", "url": ""})],
        "help": [
            (
                "video",
                {
                    "url": VIDEO_URL,
                    "title": "So beantragen Sie Ihren Personalausweis",
                    "cover": None,
                    "transcript": RichText("<p>Bringen Sie ein Passfoto mit.</p>"),
                    "captions": True,
                },
            )
        ],
    },
    "hund": {"title": "Hund anmelden", "teaser": "Einen Hund zur Hundesteuer anmelden.", "fee_kind": "free"},
    "gewerbe": {
        "title": "Gewerbe anmelden",
        "teaser": "Ein Gewerbe beim Gewerbeamt anmelden.",
        "audience": "businesses",
    },
    "wohnsitz": {
        "title": "Wohnsitz anmelden",
        "teaser": "Nach dem Umzug den Wohnsitz anmelden.",
        "fee_kind": "free",
        "start_url": "https://service.musterstadt.example/wohnsitz-anmelden",
        "ozg_level": 3,
    },
    "fundsachen": {"title": "Fundsachen", "teaser": "Verlorenes im Fundbüro suchen.", "fee_kind": "free"},
}


@dataclass
class Town:
    """Primary keys of the town's German objects; the properties read them fresh from the database,
    so a test that changes a page does not change it for the next test."""

    office_pk: int
    services_pks: dict
    lebenslagen_pks: dict

    @property
    def home(self):
        return HomePage.objects.get(locale__language_code="de")

    @property
    def office(self):
        return Office.objects.get(pk=self.office_pk)

    def service(self, key, language="de"):
        page = ServicePage.objects.get(pk=self.services_pks[key])
        return page if language == "de" else page.get_translation(_locale(language)).specific

    def lebenslage(self, key, language="de"):
        page = LebenslagePage.objects.get(pk=self.lebenslagen_pks[key])
        return page if language == "de" else page.get_translation(_locale(language)).specific


def _locale(language):
    return Locale.objects.get(language_code=language)


def build_town():
    home, _home_en = bilingual_site()
    legal = [
        StandardPageFactory(parent=home, title="Impressum", intro="Verantwortlich ist die Stadt Musterstadt."),
        StandardPageFactory(
            parent=home,
            title="Datenschutzerklärung",
            slug="datenschutz",
            body=[
                ("heading", {"text": "Ihre Rechte", "level": "h2"}),
                ("paragraph", RichText("<p>Fragen zum Datenschutz an datenschutz@musterstadt.example.</p>")),
            ],
        ),
        StandardPageFactory(parent=home, title="Erklärung zur Barrierefreiheit", slug="barrierefreiheit"),
    ]
    for page in legal:
        translate(page, ENGLISH)
    office = OfficeFactory()
    translate(office, ENGLISH)
    index = ServiceIndexPageFactory(parent=home)
    translate(index, ENGLISH)
    services = {key: ServicePageFactory(parent=index, offices=[office], **fields) for key, fields in SERVICES.items()}
    for page in services.values():
        translate(page, ENGLISH)
    HomeTopService.objects.create(page=home, service=services["personalausweis"], sort_order=0)
    home = HomePage.objects.get(pk=home.pk)  # fresh: the tree below it has grown
    home.save_revision().publish()
    translate(home, HOME_STRINGS)
    lebenslagen_index = LebenslagenIndexPageFactory(parent=home)
    translate(lebenslagen_index, ENGLISH)
    guide = [
        (
            "step",
            {
                "title": "Wohnsitz anmelden",
                "text": "Innerhalb von zwei Wochen nach dem Einzug.",
                "service": services["wohnsitz"],
            },
        ),
        ("step", {"title": "Den Hund ummelden", "text": "", "service": services["hund"]}),
    ]
    lebenslagen = {
        "umzug": LebenslagePageFactory(
            parent=lebenslagen_index,
            title="Umzug",
            intro="Was bei einem Umzug zu tun ist.",
            guide_title="In zwei Wochen erledigt",
            guide=guide,
            services=[services["wohnsitz"], services["hund"], services["personalausweis"]],
        ),
        "hund-haustier": LebenslagePageFactory(
            parent=lebenslagen_index,
            title="Hund & Haustier",
            slug="hund-haustier",
            intro="Was Halterinnen und Halter von Tieren erledigen.",
            services=[services["hund"]],
        ),
        "todesfall": LebenslagePageFactory(
            parent=lebenslagen_index, title="Todesfall", intro="Was nach einem Todesfall zu tun ist."
        ),
    }
    for page in lebenslagen.values():
        translate(page, ENGLISH)
    return Town(office.pk, {k: p.pk for k, p in services.items()}, {k: p.pk for k, p in lebenslagen.items()})
