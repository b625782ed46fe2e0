"""Every public page type renders in at most 15 queries, and in as many with 1,000 services as with 60.

The counts are taken once per module on the seeded demo (every page type: calendar, forms, booking,
offices), first as seeded (60 services), then after 940 more services in each language, linked to a
Lebenslage and an office, are added with the factories. The added rows live in a transaction that is
rolled back at the end of the module. Each count is of a second request (the first fills the
in-process caches: sites, locales, home pages)."""

import pytest
from django.db import transaction
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Locale, Page

from council.models import Event, Meeting
from lebenslagen.models import LebenslagePage, LebenslageService
from onlineforms.models import FormPage
from onlineforms.submissions import Submission, sent_token
from services.models import Office, ServiceIndexPage
from tests.factories.services import make_many_services
from tests.queries import capture_queries

pytestmark = pytest.mark.demo

MAX_QUERIES = 15
EXTRA_SERVICES = 940


def page_urls():
    """{page type: address} on the demo, in German (and a few in English)."""
    de = Locale.objects.get(language_code="de")
    en = Locale.objects.get(language_code="en")

    def first(model, locale=de):
        return model.objects.live().filter(locale=locale).order_by("path").first()

    from cms.models import StandardPage
    from council.models.calendar_page import CouncilCalendarPage
    from lebenslagen.models import LebenslagenIndexPage
    from services.models import OfficeDirectoryPage

    service = Page.objects.get(url_path__endswith="/personalausweis-beantragen/", locale=de)
    az = first(ServiceIndexPage)
    calendar = first(CouncilCalendarPage)
    today = timezone.localdate()
    meeting = Meeting.objects.published().filter(locale=de).order_by("pk").first()
    event = Event.objects.filter(locale=de).order_by("pk").first()
    forms = list(FormPage.objects.live().filter(locale=de).order_by("path"))
    booking = next(form for form in forms if form.form_fields.filter(field_type="pickup").exists())
    form = next(form for form in forms if form.pk != booking.pk)
    submission = Submission.objects.create(
        page=form, form_key=form.translation_key, form_data={}, language="de", reference="SP-2026-990001"
    )
    office = Office.objects.filter(locale=de).order_by("pk").first()
    return {
        "home": "/de/",
        "home (en)": "/en/",
        "standard page": first(StandardPage).url,
        "a-z": az.url,
        "a-z (en)": first(ServiceIndexPage, en).url,
        "a-z lebenslage filter": az.url + "?lebenslage=umzug",
        "a-z audience filter": az.url + "?audience=businesses&lebenslage=umzug",
        "a-z letter": az.url + "?letter=T",
        "a-z letter filtered": az.url + "?letter=T&audience=citizens",
        "service page": service.url,
        "service page (en)": service.get_translation(en).url,
        "lebenslagen index": first(LebenslagenIndexPage).url,
        "lebenslage page": Page.objects.get(url_path__endswith="/lebenslagen/umzug/", locale=de).url,
        "office directory": first(OfficeDirectoryPage).url,
        "office page": office.get_url(),
        "calendar list": calendar.url,
        "calendar month": calendar.url + calendar.reverse_subpage("month", args=(today.year, today.month)),
        "meeting": calendar.url + calendar.reverse_subpage("meeting", args=(meeting.pk,)),
        "event": calendar.url + calendar.reverse_subpage("event", args=(event.pk,)),
        "archive": calendar.url + calendar.reverse_subpage("archive"),
        "form page": form.url,
        "form confirmation": f"{form.url}?sent={sent_token(submission)}",
        "booking page": booking.url,
        "search results": "/de/search/?q=Personalausweis",
        "404": "/de/gibt-es-nicht/",
    }


def count(client, url):
    client.get(url)  # fills the in-process caches
    with capture_queries() as queries:
        response = client.get(url)
    return response.status_code, len(queries)


def add_services(number):
    """`number` more services in each language, listed by the Lebenslage Umzug and (through
    make_many_services) the first office of their language."""
    umzug = LebenslagePage.objects.get(slug="umzug", locale__language_code="de")
    for language in ("de", "en"):
        index = ServiceIndexPage.objects.get(locale__language_code=language)
        pages = make_many_services(number, index=index, prefix="Testleistung" if language == "de" else "Test service")
        if language == "de":
            start = umzug.service_links.count()
            LebenslageService.objects.bulk_create(
                LebenslageService(page=umzug, service=page, sort_order=start + n) for n, page in enumerate(pages)
            )


@pytest.fixture(scope="module")
def counts(demo_site, django_db_blocker):
    """{page type: {"60": (status, queries), "1000": (status, queries)}}."""
    result = {}
    with django_db_blocker.unblock(), override_settings(PAGECACHE_ENABLED=False):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            client = Client()
            urls = page_urls()
            for name, url in urls.items():
                result[name] = {"60": count(client, url)}
            add_services(EXTRA_SERVICES)
            for name, url in urls.items():
                result[name]["1000"] = count(client, url)
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
    return result


PAGE_TYPES = [
    "home",
    "home (en)",
    "standard page",
    "a-z",
    "a-z (en)",
    "a-z lebenslage filter",
    "a-z audience filter",
    "a-z letter",
    "a-z letter filtered",
    "service page",
    "service page (en)",
    "lebenslagen index",
    "lebenslage page",
    "office directory",
    "office page",
    "calendar list",
    "calendar month",
    "meeting",
    "event",
    "archive",
    "form page",
    "form confirmation",
    "booking page",
    "search results",
    "404",
]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_queries_are_few_and_do_not_grow_with_the_catalogue(counts, page_type):
    (status_60, at_60), (status_1000, at_1000) = counts[page_type]["60"], counts[page_type]["1000"]
    expected = 404 if page_type == "404" else 200
    assert status_60 == status_1000 == expected
    assert at_60 <= MAX_QUERIES, f"{page_type}: {at_60} queries with 60 services"
    assert at_1000 == at_60, f"{page_type}: {at_60} queries with 60 services, {at_1000} with 1,000"
