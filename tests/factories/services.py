"""Small helpers that build pages fast for tests that need many of them."""

from decimal import Decimal

from services.models import Office, ServiceIndexPage, ServiceOffice, ServicePage


def german_service_index():
    return ServiceIndexPage.objects.get(locale__language_code="de")


def make_service(title, index=None, publish=True, office=None, **fields):
    """A complete German service (valid for publishing) below the A–Z page."""
    index = index or german_service_index()
    office = office or Office.objects.filter(locale=index.locale).first()
    defaults = {
        "teaser": f"{title}: kurz erklärt.",
        "fee_kind": "fixed",
        "fee_amount": Decimal("10.00"),
        "audience": "citizens",
    }
    defaults.update(fields)
    page = ServicePage(title=title, **defaults)
    page.responsible_offices.add(ServiceOffice(office=office))
    index.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.live = False
        page.save()
        page.save_revision()
    return page


def make_many_services(count, index=None, prefix="Testleistung"):
    """Many published services without revisions or translations: only for list and query-count tests."""
    index = index or german_service_index()
    office = Office.objects.filter(locale=index.locale).first()
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
