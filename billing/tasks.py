"""Background tasks (django-tasks; the database backend's `manage.py db_worker` runs them)."""

from decimal import Decimal

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task, task_backends
from payments import PaymentStatus

from billing import flow
from billing.models import Payment


@task()
def send_receipt(payment_id):
    """The citizen's e-mail that their payment arrived, in their language."""
    payment = Payment.objects.select_related("submission").filter(pk=payment_id).first()
    if payment is None or not payment.billing_email:
        return False
    with translation.override(payment.language):
        context = {"payment": payment}
        subject = render_to_string("billing/emails/receipt_subject.txt", context).strip()
        body = render_to_string("billing/emails/receipt.txt", context)
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [payment.billing_email]).send()
    return True


@task()
def send_refund_notice(payment_id, amount, reason=""):
    """The citizen's e-mail that money went back, in their language; `reason` is the one staff gave
    (automatic refunds, such as a cancelled pickup, have none: the citizen knows why)."""
    payment = Payment.objects.filter(pk=payment_id).first()
    if payment is None or not payment.billing_email:
        return False
    with translation.override(payment.language):
        context = {"payment": payment, "amount": Decimal(amount), "reason": reason}
        subject = render_to_string("billing/emails/refund_subject.txt", context).strip()
        body = render_to_string("billing/emails/refund.txt", context)
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [payment.billing_email]).send()
    return True


@task()
def refund_payment(payment_id, amount=None, reason=""):
    """Refund through the provider (flow.refund), and tell the citizen. A provider that refuses
    raises, so the worker records the failed attempt; staff see the payment still confirmed and can
    refund in the admin."""
    payment = Payment.objects.get(pk=payment_id)
    before = payment.refunded_amount
    payment = flow.refund(payment, amount, reason)
    if payment.refunded_amount > before:
        send_refund_notice.enqueue(payment.pk, str(payment.refunded_amount - before))
    return str(payment.status)


@task()
def end_payment_at_provider(payment_id):
    """flow.end_at_provider for an attempt billing ended, after the commit."""
    payment = Payment.objects.filter(pk=payment_id).first()
    if payment is None or payment.status not in (PaymentStatus.CANCELLED, PaymentStatus.REJECTED):
        return False
    return flow.end_at_provider(payment)


@task()
def expire_payments():
    """Time out the payment attempts past the hold time (idempotent; also `manage.py expire_payments`)."""
    return flow.expire_overdue()


def schedule_expiry(payment):
    """Queue a timeout run for the end of the attempt's hold time, if the backend can defer (the
    database backend). Without one, cron runs `manage.py expire_payments`, and the return page
    times an overdue attempt out itself."""
    if task_backends[DEFAULT_TASK_BACKEND_ALIAS].supports_defer:
        when = payment.created + flow.hold_delta()
        transaction.on_commit(lambda: expire_payments.using(run_after=when).enqueue())
