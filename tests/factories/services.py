from datetime import time
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from services.models import Office, OfficeDirectoryPage, ServiceIndexPage, ServiceOffice, ServicePage
from tests.factories.pages import PublishedPageFactory

# Monday and Thursday with a lunch break, Saturday morning.
OPENING_HOURS = [
    (0, time(8), time(12, 30)),
    (0, time(14), time(16)),
    (3, time(8), time(18)),
    (5, time(9), time(12)),
]


class OfficeFactory(DjangoModelFactory):
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="de"))
    name = "Bürgerbüro"
    department = "Fachbereich Bürgerdienste"
    street = "Rathausplatz 1"
    postcode = "12345"
    city = "Musterstadt"
    phone = "+49 1234 5678-100"
    email = factory.Sequence(lambda n: f"office{n}@musterstadt.example")
    opening_hours = factory.LazyFunction(
        lambda: [
            ("hours", {"weekday": str(day), "opens": opens, "closes": closes}) for day, opens, closes in OPENING_HOURS
        ]
    )

    class Meta:
        model = Office


class OfficeDirectoryPageFactory(PublishedPageFactory):
    title = "Ämter und Einrichtungen"
    slug = "aemter"
    intro = "Alle Ämter mit Adresse und Öffnungszeiten."

    class Meta:
        model = OfficeDirectoryPage


class ServiceIndexPageFactory(PublishedPageFactory):
    title = "Leistungen A–Z"
    slug = "leistungen"

    class Meta:
        model = ServiceIndexPage


class ServicePageFactory(PublishedPageFactory):
    """A complete service (valid for publishing). `offices=[...]` sets the responsible offices
    (default: a new Bürgerbüro in the page's locale)."""

    title = factory.Sequence(lambda n: f"Testleistung {n:04d}")
    teaser = factory.LazyAttribute(lambda page: f"{page.title}: kurz erklärt.")
    fee_kind = "fixed"
    fee_amount = Decimal("10.00")
    audience = "citizens"

    class Meta:
        model = ServicePage

    @factory.post_generation
    def offices(page, create, extracted, **kwargs):
        if not create:
            return
        offices = extracted if extracted is not None else [OfficeFactory(locale=page.locale)]
        for number, office in enumerate(offices):
            ServiceOffice.objects.create(page=page, office=office, sort_order=number)


def german_service_index():
    return ServiceIndexPage.objects.get(locale__language_code="de")


def make_service(title, index=None, publish=True, office=None, **fields):
    """A complete German service (valid for publishing) below the A–Z page."""
    index = index or german_service_index()
    office = office or Office.objects.filter(locale=index.locale).first() or OfficeFactory(locale=index.locale)
    return ServicePageFactory(parent=index, title=title, publish=publish, offices=[office], **fields)


def make_many_services(count, index=None, prefix="Testleistung"):
    """Many published services without revisions or translations: only for list and query-count tests."""
    index = index or german_service_index()
    office = Office.objects.filter(locale=index.locale).first() or OfficeFactory(locale=index.locale)
    pages = []
    for number in range(count):
        page = ServicePage(
            title=f"{prefix} {number:04d}",
            teaser="Für Messungen.",
            fee_kind="free",
            live=True,
            has_unpublished_changes=False,
        )
        page.responsible_offices.add(ServiceOffice(office=office))
        index.add_child(instance=page)
        pages.append(page)
    return pages
