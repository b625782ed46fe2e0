"""A payment of a submission's fee: django-payments' BasePayment (status, amounts, the provider's
transaction id, the token in its callback URL) plus what the city needs to reconcile it."""

from decimal import Decimal

from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from payments import PaymentStatus
from payments.models import BasePayment

# Statuses in which the money is (or was) with the city.
PAID_STATUSES = (PaymentStatus.CONFIRMED, PaymentStatus.REFUNDED)
# Statuses in which the citizen may still complete the payment at the provider.
OPEN_STATUSES = (PaymentStatus.WAITING, PaymentStatus.INPUT)


class PaymentQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)


class Payment(BasePayment):
    """One attempt to pay a submission's fee at one provider (variant). The amount (`total`) is the
    server's, computed by billing.charges when the attempt starts; the provider's callback must
    name the same amount, currency and reference (`token`) to change it."""

    submission = models.ForeignKey(
        "onlineforms.Submission",
        verbose_name=_("submission"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="payments",
    )
    reference = models.CharField(_("reference"), max_length=20, db_index=True)
    language = models.CharField(_("language"), max_length=8, default="de")
    base_url = models.URLField(
        _("site address"), blank=True, help_text=_("Where the provider sends citizen and callback.")
    )
    paid_at = models.DateTimeField(_("paid at"), null=True, blank=True)
    refunded_at = models.DateTimeField(_("refunded at"), null=True, blank=True)
    refunded_amount = models.DecimalField(_("refunded in EUR"), max_digits=9, decimal_places=2, default=Decimal("0"))

    objects = PaymentQuerySet.as_manager()

    class Meta:
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        ordering = ["-created"]
        permissions = [("refund_payment", _("Can refund payment"))]
        indexes = [
            models.Index(fields=["status", "created"], name="billing_status_created"),
            models.Index(fields=["paid_at"], name="billing_paid_at"),
        ]

    def __str__(self):
        return f"{self.reference} {self.total} {self.currency} ({self.get_status_display()})"

    def get_success_url(self):
        with translation.override(self.language):
            return self.base_url.rstrip("/") + reverse("billing_return", args=[self.token])

    def get_failure_url(self):
        return self.get_success_url()

    def get_notify_url(self):
        """The server-to-server callback: django-payments' process view for this payment's token."""
        return self.base_url.rstrip("/") + self.get_process_url()

    @property
    def amount_cents(self):
        return int((self.total * 100).to_integral_value())
