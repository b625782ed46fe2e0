"""The citizen's payment pages: "Pay now" (what for, how much, which provider) and the return
from the provider (paid, not paid, still pending). Both work without JavaScript and are never cached."""

import logging

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from payments import PaymentError, PaymentStatus, RedirectNeeded

from billing import charges, flow
from billing.links import pay_url, submission_for
from billing.models import OPEN_STATUSES, Payment
from billing.providers import offered_variants
from billing.tasks import schedule_expiry

logger = logging.getLogger("billing")

VARIANT_LABELS = {
    "pmpayment": gettext_lazy("pmPayment (SEPA direct debit, credit card, PayPal)"),
    "stripe": gettext_lazy("Card / wallet (Stripe: credit card, Apple Pay, Google Pay)"),
}


def variant_label(variant):
    return getattr(settings, "BILLING_VARIANT_LABELS", {}).get(variant) or VARIANT_LABELS.get(variant, variant)


def invalid_link(request):
    context = {
        "page_title": _("This link is not valid"),
        "message": _(
            "Please use the payment link from your confirmation e-mail exactly as it is. If it still does "
            "not work, call us and quote your reference number."
        ),
    }
    return render(request, "cms/message_page.html", context, status=404)


@never_cache
@require_http_methods(["GET", "POST"])
def pay(request, token):
    submission = submission_for(token)
    if submission is None:
        return invalid_link(request)
    state, latest = flow.state_of(submission)
    variants = offered_variants()
    due = charges.charges_for(submission) if state not in ("paid", "refunded") else []
    total = sum(c.amount for c in due)
    error, provider_error, status = None, None, 200
    if request.method == "POST" and due and variants:
        variant = request.POST.get("variant") or (variants[0] if len(variants) == 1 else "")
        if variant not in variants:
            error, status = _("Please choose how you want to pay."), 400
        else:
            base_url = getattr(settings, "BILLING_SITE_URL", "") or request.build_absolute_uri("/")
            payment = flow.start_payment(submission, variant, base_url)
            if payment is None:
                return redirect(request.path)
            schedule_expiry(payment)
            try:
                payment.get_form()
            except RedirectNeeded as needed:
                return redirect(str(needed))
            except PaymentError:  # unreachable or refused: the attempt stays open until it times out
                logger.exception("Payment %s could not start at %s", payment.pk, variant)
                provider_error = _("The payment provider cannot be reached. Please try again in a moment.")
                status = 502
            else:
                raise Http404  # every provider billing offers redirects
    context = {
        "submission": submission,
        "state": state,
        "latest": latest,
        "charges": due,
        "total": total,
        "variants": [(v, variant_label(v)) for v in variants],
        "error": error,
        "provider_error": provider_error,
        "page_title": _("Pay the fee for %(reference)s") % {"reference": submission.reference},
    }
    return render(request, "billing/pay.html", context, status=status)


@never_cache
def payment_return(request, token):
    """Where the provider sends the citizen back. Shows the state the provider's notification left;
    an attempt past its hold time is timed out here too (the periodic task may not have run yet)."""
    payment = get_object_or_404(Payment, token=str(token))
    if payment.status in OPEN_STATUSES and request.GET.get("cancelled") == "1":
        payment = flow.abandon(payment)  # Stripe's cancel link: ended at the provider, then here
    if payment.status in OPEN_STATUSES:
        flow.expire_overdue(pk=payment.pk)
        payment.refresh_from_db()
    if payment.status == PaymentStatus.CONFIRMED:
        state = "paid"
    elif payment.status == PaymentStatus.REFUNDED:
        state = "refunded"
    elif payment.status in OPEN_STATUSES:
        state = "pending"
    elif payment.message == flow.TIMEOUT_MESSAGE:
        state = "timeout"
    else:
        state = "failed"
    context = {
        "payment": payment,
        "state": state,
        "pay_url": pay_url(payment.submission, payment.language) if payment.submission else "",
        "page_title": _("Payment for %(reference)s") % {"reference": payment.reference},
    }
    return render(request, "billing/return.html", context)
