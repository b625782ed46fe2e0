"""What a submission costs: the server's fees, never anything the browser sends.

A charge comes from the service the form belongs to (its ServicePage's fixed fee, where the
editors ticked "fee payable online") and from the apps that register a charge provider here
(bookings: the fee of an express pickup that is still held for its payment). Providers are
callables (submission) -> [Charge], registered in their AppConfig.ready()."""

from dataclasses import dataclass
from decimal import Decimal

from services.enums import FeeKind
from services.models import ServicePage


@dataclass(frozen=True)
class Charge:
    description: str
    amount: Decimal


_providers = []


def register(provider):
    if provider not in _providers:
        _providers.append(provider)
    return provider


def service_of(submission):
    """The published service whose start button leads to the submission's form (any language)."""
    page = submission.page
    if page is None:
        return None
    return (
        ServicePage.objects.live()
        .filter(start_page__translation_key=page.translation_key, locale__language_code=submission.language)
        .first()
        or ServicePage.objects.live().filter(start_page__translation_key=page.translation_key).first()
    )


def service_charges(submission):
    service = service_of(submission)
    if service and service.digital_payment and service.fee_kind == FeeKind.FIXED and service.fee_amount:
        return [Charge(service.title, service.fee_amount)]
    return []


def charges_for(submission):
    """[Charge] the submission owes now, from the service and every registered provider."""
    found = service_charges(submission)
    for provider in _providers:
        found.extend(provider(submission) or [])
    return [c for c in found if c.amount > 0]


def amount_due(submission):
    return sum((c.amount for c in charges_for(submission)), Decimal("0"))
