"""Starting, ending and refunding payments; what billing does when a payment changes.

A payment attempt is created when the citizen presses "Pay" (views.pay): amount and purpose from
billing.charges, the variant from the settings' list (billing.receivers turns the changes into
billing's signals and e-mails). An attempt still open after BILLING_HOLD_MINUTES is timed out by
`expire_overdue` (the expire_payments task and management command)."""

import logging
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from payments import PaymentError, PaymentStatus

from billing import charges
from billing.models import OPEN_STATUSES, Payment
from billing.providers import provider_factory
from billing.signals import payment_refunded

logger = logging.getLogger("billing")

TIMEOUT_MESSAGE = "timed out"
SUPERSEDED_MESSAGE = "superseded by a new attempt"
# Attempts ended here, not at the provider: their session there is ended too (end_at_provider).
ENDED_HERE = (TIMEOUT_MESSAGE, SUPERSEDED_MESSAGE)


def hold_delta():
    return timedelta(minutes=settings.BILLING_HOLD_MINUTES)


def paid_payment(submission):
    return submission.payments.filter(status=PaymentStatus.CONFIRMED).order_by("-paid_at").first()


def state_of(submission):
    """(state, payment) of the submission's payment: "paid", "refunded", "open", "failed" or
    "none" (never tried), with the latest attempt."""
    latest = submission.payments.order_by("-created").first()
    paid = paid_payment(submission)
    if paid:
        return "paid", paid
    if latest is None:
        return "none", None
    if latest.status == PaymentStatus.REFUNDED:
        return "refunded", latest
    if latest.status in OPEN_STATUSES:
        return "open", latest
    return "failed", latest


@transaction.atomic
def start_payment(submission, variant, base_url):
    """A new attempt for what the submission owes now (computed here, on the server), or None if
    it owes nothing (paid already, or the item waiting for it was released)."""
    if paid_payment(submission):
        return None
    due = charges.charges_for(submission)
    total = sum((c.amount for c in due), Decimal("0"))
    if total <= 0:
        return None
    earlier = list(submission.payments.select_for_update().filter(status__in=OPEN_STATUSES))
    payment = Payment.objects.create(
        variant=variant,
        submission=submission,
        reference=submission.reference,
        language=submission.language,
        currency="EUR",
        total=total,
        description=f"{submission.reference} " + ", ".join(c.description for c in due),
        billing_email=submission.citizen_email,
        base_url=base_url,
    )
    # An earlier open attempt is abandoned (after the new one exists, so what it held stays held):
    # only the newest one can be paid.
    for attempt in earlier:
        attempt.change_status(PaymentStatus.CANCELLED, SUPERSEDED_MESSAGE)
    return payment


def expire_overdue(now=None, **filters):
    """Time out the attempts still open after the hold time: each becomes rejected ("timed out") and
    payment_failed goes out (a held pickup is released). Returns how many."""
    now = now or timezone.now()
    count = 0
    ids = list(Payment.objects.open().filter(created__lte=now - hold_delta(), **filters).values_list("pk", flat=True))
    for pk in ids:
        with transaction.atomic():
            payment = Payment.objects.select_for_update().get(pk=pk)
            if payment.status in OPEN_STATUSES:
                payment.change_status(PaymentStatus.REJECTED, TIMEOUT_MESSAGE)
                count += 1
    return count


def end_at_provider(payment):
    """An attempt billing ended (timed out, superseded) can no longer be paid at the provider either
    (Stripe: the Checkout Session is expired; pmPayment has nothing to end). If the provider refuses
    because it was paid meanwhile, its notification confirms it and the money goes back as for any
    late payment. Returns whether the provider ended it."""
    try:
        provider_factory(payment.variant).cancel(payment)
    except (PaymentError, ValueError) as error:
        logger.info("Payment %s not ended at its provider: %s", payment.pk, error)
        return False
    return True


def abandon(payment, reason="cancelled by the citizen"):
    """The citizen turned back at the provider (Stripe's cancel link): end the attempt there, so it
    can no longer be paid, then here (rejected: the slot it held is released). If the provider
    refuses (paid meanwhile), nothing changes; its webhook decides."""
    if not end_at_provider(payment):
        return payment
    with transaction.atomic():
        payment = Payment.objects.select_for_update().get(pk=payment.pk)
        if payment.status in OPEN_STATUSES:
            payment.change_status(PaymentStatus.REJECTED, reason)
    return payment


def refund(payment, amount=None, reason=""):
    """Give the money (or `amount` of it) back through the provider. Raises PaymentError if the
    provider refuses; then nothing changes here."""
    with transaction.atomic():
        payment = Payment.objects.select_for_update().get(pk=payment.pk)
        if payment.status != PaymentStatus.CONFIRMED:
            return payment
        amount = payment.captured_amount if amount is None else min(Decimal(amount), payment.captured_amount)
        payment.refund(amount)  # django-payments: the provider's refund, captured_amount, status
        payment.refunded_amount += amount
        payment.refunded_at = timezone.now()
        if reason:
            payment.message = reason[:500]
        payment.save(update_fields=["refunded_amount", "refunded_at", "message", "modified"])
        if payment.status != PaymentStatus.REFUNDED:  # a part refund keeps it confirmed
            payment_refunded.send(sender=Payment, payment=payment)
    logger.info("Refunded %s of payment %s (%s)", amount, payment.pk, reason)
    return payment
