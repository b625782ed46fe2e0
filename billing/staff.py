"""Staff refunds: a confirmed payment given back in full or in part from its inspect view, through
the provider, with a reason the citizen is told and the admin's history keeps.

It needs "Can refund payment" (billing.refund_payment) besides "Can view payment", and the payment
must be in the user's form scope (onlineforms/scope.py) like everything else of billing's staff
side. The refund is made in the request (the provider answers within seconds), so staff see at once
whether the provider took it; if it refuses, nothing changes and they are told why."""

import logging

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from payments import PaymentError, PaymentStatus
from wagtail.log_actions import log

from billing import flow
from billing.exports import payments_for_user
from billing.tasks import send_refund_notice
from core.formats import money

logger = logging.getLogger("billing")

REFUND_PERMISSION = "billing.refund_payment"
VIEW_PERMISSION = "billing.view_payment"
LOG_ACTION = "billing.refund"


def has_refund_right(user):
    return user.has_perm(REFUND_PERMISSION) and user.has_perm(VIEW_PERMISSION)


def refundable(payment):
    return payment.status == PaymentStatus.CONFIRMED and payment.captured_amount > 0


def may_refund(user, payment):
    return has_refund_right(user) and refundable(payment)


class RefundForm(forms.Form):
    amount = forms.DecimalField(
        label=gettext_lazy("Amount to refund (EUR)"),
        max_digits=9,
        decimal_places=2,
        localize=True,
        error_messages={
            "required": gettext_lazy("Please enter the amount to refund."),
            "invalid": gettext_lazy("Please enter an amount in euros, for example 35,00."),
            "max_decimal_places": gettext_lazy("Please enter the amount in euros and cents (two decimal places)."),
            "max_digits": gettext_lazy("This amount is too large."),
            "max_whole_digits": gettext_lazy("This amount is too large."),
        },
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=300,
        help_text=gettext_lazy("The citizen is told this reason in the e-mail about the refund."),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": gettext_lazy("Please give a reason for the refund.")},
    )

    def __init__(self, *args, payment, **kwargs):
        super().__init__(*args, **kwargs)
        self.payment = payment
        self.fields["amount"].help_text = _("At most %(amount)s, the amount paid and not yet refunded.") % {
            "amount": money(payment.captured_amount)
        }

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount <= 0:
            raise forms.ValidationError(_("The amount must be more than %(amount)s.") % {"amount": money(0)})
        if amount > self.payment.captured_amount:
            raise forms.ValidationError(
                _("At most %(amount)s can be refunded.") % {"amount": money(self.payment.captured_amount)}
            )
        return amount

    def clean_reason(self):
        reason = " ".join(self.cleaned_data["reason"].split())
        if not reason:
            raise forms.ValidationError(_("Please give a reason for the refund."))
        return reason


@require_http_methods(["GET", "POST"])
def refund(request, pk):
    payment = payments_for_user(request.user).filter(pk=pk).first()
    if payment is None:
        raise Http404
    if not has_refund_right(request.user):
        raise PermissionDenied
    inspect_url = reverse("billing_payment:inspect", args=[payment.pk])
    if not refundable(payment):
        messages.error(request, _("Only a confirmed payment with an amount left can be refunded."))
        return redirect(inspect_url)
    form = RefundForm(request.POST or None, payment=payment, initial={"amount": payment.captured_amount})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            amount, reason = form.cleaned_data["amount"], form.cleaned_data["reason"]
            before = payment.refunded_amount
            try:
                with transaction.atomic():
                    refunded = flow.refund(payment, amount, reason)
                    if refunded.refunded_amount <= before:
                        # Refunded in full (or no longer confirmed) meanwhile: nothing was refunded now.
                        messages.error(request, _("Only a confirmed payment with an amount left can be refunded."))
                        return redirect(inspect_url)
                    log(
                        instance=refunded,
                        action=LOG_ACTION,
                        user=request.user,
                        data={"amount": str(amount), "reason": reason},
                    )
                    transaction.on_commit(lambda: send_refund_notice.enqueue(payment.pk, str(amount), reason))
            except PaymentError as error:
                logger.warning("Staff refund of payment %s refused by the provider: %s", payment.pk, error)
                messages.error(
                    request,
                    _(
                        "The payment provider refused the refund; nothing was refunded. Please try again later or refund at the provider. (%(error)s)"
                    )
                    % {"error": str(error)[:200]},
                )
                return redirect(inspect_url)
            messages.success(
                request,
                _("%(amount)s of %(reference)s has been refunded. The citizen is told by e-mail.")
                % {"amount": money(amount), "reference": payment.reference},
            )
            return redirect(inspect_url)
        status = 400
    return TemplateResponse(
        request,
        "billing/admin/refund.html",
        {
            "payment": payment,
            "form": form,
            "inspect_url": inspect_url,
            "header_title": _("Refund %(reference)s") % {"reference": payment.reference},
            "page_title": _("Refund %(reference)s") % {"reference": payment.reference},
        },
        status=status,
    )
