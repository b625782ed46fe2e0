"""What billing does when a payment changes, and the refund other apps ask for. Connected in
BillingConfig.ready()."""

from django.db import transaction
from payments import PaymentStatus
from payments.signals import status_changed

from billing import flow
from billing.models import Payment
from billing.signals import payment_failed, payment_paid, payment_refunded
from billing.tasks import end_payment_at_provider, refund_payment, send_receipt


def on_status_changed(sender, instance, **kwargs):
    """django-payments' status_changed (sent by Payment.change_status, i.e. once per real change):
    billing's own signals, and the receipt once the transaction commits."""
    if not isinstance(instance, Payment):
        return
    if instance.status == PaymentStatus.CONFIRMED:
        transaction.on_commit(lambda: send_receipt.enqueue(instance.pk))
        others = Payment.objects.filter(submission_id=instance.submission_id, status=PaymentStatus.CONFIRMED)
        if instance.submission_id and others.exclude(pk=instance.pk).exists():
            # A second attempt paid as well (say, in another tab): this one goes back at once.
            transaction.on_commit(lambda: refund_payment.enqueue(instance.pk, None, "paid twice"))
            return
        payment_paid.send(sender=Payment, payment=instance)
    elif instance.status in (PaymentStatus.REJECTED, PaymentStatus.CANCELLED, PaymentStatus.ERROR):
        if instance.message in flow.ENDED_HERE:
            # Timed out or superseded here: end it at the provider too, so it cannot be paid late.
            transaction.on_commit(lambda: end_payment_at_provider.enqueue(instance.pk))
        payment_failed.send(sender=Payment, payment=instance)
    elif instance.status == PaymentStatus.REFUNDED:
        payment_refunded.send(sender=Payment, payment=instance)


def refund_submission(submission, amount=None, reason=""):
    """Refund the submission's paid payment once the transaction commits, by a task (it calls the
    provider). Returns the payment, or None if nothing was paid."""
    payment = flow.paid_payment(submission)
    if payment is None:
        return None
    value = None if amount is None else str(amount)
    transaction.on_commit(lambda: refund_payment.enqueue(payment.pk, value, reason))
    return payment


def connect():
    status_changed.connect(on_status_changed, dispatch_uid="billing_status_changed")
