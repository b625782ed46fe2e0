from datetime import date

from digitalisation.models import DigitalisationPage
from services.models import ServicePage
from tests.factories.translation import translate

ENGLISH = {"Digitalisierungsstand": "Digitalisation status", "digitalisierungsstand": "digitalisation-status"}


def dashboard(home):
    """A published dashboard below the German home page and its English translation."""
    page = DigitalisationPage(title="Digitalisierungsstand", slug="digitalisierungsstand", intro="Wie weit wir sind.")
    home.add_child(instance=page)
    page.save_revision().publish()
    english = translate(page, {**ENGLISH, "Wie weit wir sind.": "How far we are."})
    return DigitalisationPage.objects.get(pk=page.pk), english


def set_facts(service, **facts):
    """Give a service (and its translations: the facts are synchronised) new facts and publish them."""
    for page in [service, *service.get_translations()]:
        page = ServicePage.objects.get(pk=page.pk)
        for name, value in facts.items():
            setattr(page, name, value)
        page.save_revision().publish()


def known_facts(town):
    """The town's five services with facts whose figures are known (see test_figures)."""
    set_facts(town.service("wohnsitz"), digital_confirmation=True, digital_processing=True)  # level 3, free: fully digital
    set_facts(
        town.service("gewerbe"),
        ozg_level=2,
        start_url="https://service.musterstadt.example/gewerbe",
        digital_confirmation=True,
        digital_processing=True,
    )  # online, but the fee of 10 EUR cannot be paid online
    set_facts(town.service("personalausweis"), digital_gap="in_person")
    set_facts(
        town.service("hund"), ozg_level=1, audience_clubs=True, digital_gap="planned", digital_target_date=date(2027, 6, 30)
    )
