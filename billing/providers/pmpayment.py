"""pmPayment, the e-payment platform many German municipalities use (docs/billing.md).

The protocol, as billing implements it from pmPayment's public interface description:

1. Redirect: the citizen's browser goes to `<endpoint>/payment/secure` with the parameter set
   ags (the municipality's official key), amount (in cents), procedure (the city's procedure id at
   pmPayment), desc (the purpose), txid (our reference of this payment attempt), notifyURL,
   redirectURL and hash, an HMAC-SHA256 (hex) of the values joined by "|" in that order, keyed
   with the procedure's secret salt. The platform refuses a set whose hash does not match, so
   nobody can change the amount on the way.
2. Notification: when the citizen has paid (or given up), the platform POSTs ags, txid, amount,
   status (1 paid, 0 not paid), payment_method, created_at, id (its own transaction number) and
   hash (the same HMAC over those values) to notifyURL, server to server. Only this call changes
   a payment; the browser's return to redirectURL only shows the state.
3. Refund: billing POSTs ags, txid, amount and their hash to `<endpoint>/payment/refund`; the
   platform answers JSON with txid, amount, status "refunded" and hash.

Every notification is verified before anything changes: the hash, and that ags, txid (the token
in the URL), amount and currency are this payment's. A forged one is refused with 403 and logged;
a repeated one for a payment already in that state is answered OK and changes nothing."""

import hashlib
import hmac
import json
import logging
from decimal import Decimal
from urllib.parse import urlencode

import requests
from django.http import HttpResponse, HttpResponseForbidden
from django.utils import timezone
from payments import PaymentError, PaymentStatus, RedirectNeeded
from payments.core import BasicProvider

logger = logging.getLogger("billing.callbacks")

REQUEST_FIELDS = ("ags", "amount", "procedure", "desc", "txid", "notifyURL", "redirectURL")
NOTIFY_FIELDS = ("ags", "txid", "amount", "status", "payment_method", "created_at", "id")
REFUND_FIELDS = ("ags", "txid", "amount")
REFUND_ANSWER_FIELDS = ("txid", "amount", "status")
PAID, NOT_PAID = "1", "0"


def sign(salt, values):
    """HMAC-SHA256 (hex) of the values joined by "|", keyed with the salt."""
    message = "|".join(str(v) for v in values).encode()
    return hmac.new(salt.encode(), message, hashlib.sha256).hexdigest()


def signature_ok(salt, data, fields):
    return hmac.compare_digest(sign(salt, [data.get(f, "") for f in fields]), str(data.get("hash", "")))


class PmPaymentProvider(BasicProvider):
    """A django-payments provider for pmPayment's redirect, notification and refund."""

    def __init__(self, endpoint, ags, procedure, salt, timeout=10, **kwargs):
        super().__init__(**kwargs)
        self.endpoint = endpoint.rstrip("/")
        self.ags = ags
        self.procedure = procedure
        self.salt = salt
        self.timeout = timeout

    def redirect_parameters(self, payment):
        params = {
            "ags": self.ags,
            "amount": str(payment.amount_cents),
            "procedure": self.procedure,
            "desc": payment.description[:80],
            "txid": payment.token,
            "notifyURL": payment.get_notify_url(),
            "redirectURL": payment.get_success_url(),
        }
        params["hash"] = sign(self.salt, [params[f] for f in REQUEST_FIELDS])
        return params

    def get_form(self, payment, data=None):
        """No form of ours: the citizen is sent to the platform with the signed parameter set."""
        raise RedirectNeeded(f"{self.endpoint}/payment/secure?{urlencode(self.redirect_parameters(payment))}")

    def refuse(self, payment, reason, data):
        logger.warning(
            "pmPayment notification refused for payment %s (%s): %s",
            payment.pk,
            reason,
            {k: v for k, v in data.items() if k != "hash"},
        )
        return HttpResponseForbidden("refused")

    def process_data(self, payment, request):
        """The platform's notification (POST, server to server)."""
        if request.method != "POST":
            return HttpResponse(status=405)
        data = request.POST
        if not signature_ok(self.salt, data, NOTIFY_FIELDS):
            return self.refuse(payment, "bad signature", data)
        if data.get("ags") != self.ags or data.get("txid") != payment.token:
            return self.refuse(payment, "wrong municipality or reference", data)
        if data.get("amount") != str(payment.amount_cents) or payment.currency != "EUR":
            return self.refuse(payment, "wrong amount or currency", data)
        status = data.get("status")
        if status not in (PAID, NOT_PAID):
            return self.refuse(payment, "unknown status", data)
        payment = type(payment).objects.select_for_update().get(pk=payment.pk)
        if status == PAID:
            if payment.status not in (PaymentStatus.CONFIRMED, PaymentStatus.REFUNDED):
                # Also after our timeout rejected it: the money is with the city, so it counts (and
                # whatever waited for it decides, e.g. a pickup whose slot is gone is refunded).
                payment.transaction_id = data.get("id", "")[:255]
                payment.captured_amount = payment.total
                payment.paid_at = timezone.now()
                payment.extra_data = json.dumps({"payment_method": data.get("payment_method", "")[:100]})
                payment.save(update_fields=["transaction_id", "captured_amount", "paid_at", "extra_data", "modified"])
                payment.change_status(PaymentStatus.CONFIRMED)
        elif payment.status in (PaymentStatus.WAITING, PaymentStatus.INPUT):
            payment.change_status(PaymentStatus.REJECTED, "not paid at pmPayment")
        return HttpResponse("OK", content_type="text/plain")

    def refund(self, payment, amount=None):
        amount = payment.captured_amount if amount is None else amount
        cents = str(int((Decimal(amount) * 100).to_integral_value()))
        data = {"ags": self.ags, "txid": payment.token, "amount": cents}
        data["hash"] = sign(self.salt, [data[f] for f in REFUND_FIELDS])
        try:
            response = requests.post(f"{self.endpoint}/payment/refund", data=data, timeout=self.timeout)
            answer = response.json()
        except (requests.RequestException, ValueError) as error:
            raise PaymentError(f"pmPayment refund failed: {error}") from error
        if (
            response.status_code != 200
            or not signature_ok(self.salt, answer, REFUND_ANSWER_FIELDS)
            or answer.get("txid") != payment.token
            or answer.get("amount") != cents
            or answer.get("status") != "refunded"
        ):
            raise PaymentError(f"pmPayment refused the refund: {response.status_code}")
        return Decimal(cents) / 100

    def cancel(self, payment):
        """Nothing to tell the platform: an unpaid attempt simply expires there."""
