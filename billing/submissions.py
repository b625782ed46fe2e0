"""What billing adds about a submission through onlineforms' registry: the "Pay now" link in the
citizen's confirmation and on the page after sending, and the payment state in the staff's view."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from billing import charges, flow
from billing.links import pay_url
from billing.providers import enabled
from onlineforms import registry

STATE_LABELS = {
    "paid": _("Paid"),
    "refunded": _("Refunded"),
    "open": _("Payment started, not completed"),
    "failed": _("Not paid (cancelled, declined or timed out)"),
    "none": _("Not paid yet"),
}


def payment_addition(place, submission, page, root, request):
    """The fee and the link to pay it, while something is due (and online payment is offered)."""
    if place not in ("confirmation", "landing") or not enabled():
        return ""
    due = charges.charges_for(submission)
    state, _payment = flow.state_of(submission)
    if not due or state == "paid":
        return ""
    template = "billing/includes/pay_link.txt" if place == "confirmation" else "billing/includes/pay_link.html"
    context = {
        "charges": due,
        "total": sum(c.amount for c in due),
        "pay_url": root + pay_url(submission),
        "hold_minutes": int(flow.hold_delta().total_seconds() // 60),
    }
    return render_to_string(template, context, request)


def staff_summary(submission):
    """("Payment", state, amount and provider) for submissions that have had a payment."""
    state, payment = flow.state_of(submission)
    if payment is None:
        return None
    text = f"{STATE_LABELS[state]}: {payment.total} {payment.currency} ({payment.variant}"
    if payment.transaction_id:
        text += f", {payment.transaction_id}"
    return _("Payment"), text + ")"


def connect():
    registry.register_submission_addition(payment_addition)
    registry.register_staff_summary(staff_summary)
