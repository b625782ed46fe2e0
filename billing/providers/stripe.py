"""Stripe Checkout, the card and wallet provider (cards, Apple Pay, Google Pay; docs/billing.md).

The protocol, through Stripe's official Python SDK:

1. Redirect: billing creates a Checkout Session (POST /v1/checkout/sessions) with the server's
   amount in cents, EUR, the payment's token as client_reference_id and in the metadata, the
   success and cancel URLs on billing's return page, the citizen's language and an expiry aligned
   with BILLING_HOLD_MINUTES. The idempotency key is the payment's, so a repeated call for the same
   attempt gets the same session back instead of a second one. The citizen's browser goes to the
   session's hosted page.
2. Webhook: Stripe POSTs the event (JSON, `Stripe-Signature: t=<ts>,v1=<HMAC-SHA256 of "t.body"
   keyed with the endpoint's secret>`) to django-payments' static endpoint
   /payments/process/stripe/. Only a verified event changes a payment: checkout.session.completed
   (paid), checkout.session.async_payment_succeeded / _failed, checkout.session.expired.
3. Cancel: Stripe's "back" link only returns the browser to cancel_url, nothing is notified; the
   return page then expires the session through the API (`cancel`), which Stripe answers with the
   expired session (and an expired event). Only a session that is still open can be expired, so
   a citizen who paid in the meantime loses nothing.
4. Refund: POST /v1/refunds for the session's PaymentIntent, with an idempotency key per refund.

Every webhook is verified before anything changes: the signature (the SDK's WebhookSignature, with
its five-minute tolerance against replays), that the body is a Stripe event in the key's mode
(test/live), that the session names this payment (client_reference_id, metadata and the session id
billing stored when it created it) and the payment's amount and currency. A refused webhook is
answered 4xx (never 500), logged as a warning on `billing.callbacks` and changes nothing; a
repeat for a payment already in that state is answered 200 and changes nothing.

Why a BasicProvider of our own and not a subclass of django-payments' StripeProviderV3: that
provider sets the module-global stripe.api_key (shared by all threads and variants), checks neither
amount, currency nor reference, is not idempotent and raises (a 500) on a bad signature; with those
replaced nothing of it would be left but its name."""

import json
import logging
from datetime import timedelta
from decimal import Decimal

import stripe
from django.conf import settings
from django.db import transaction
from django.http import HttpResponse, JsonResponse
from django.utils import timezone, translation
from payments import PaymentError, PaymentStatus, RedirectNeeded, get_payment_model
from payments.core import BasicProvider

logger = logging.getLogger("billing.callbacks")

API_URL = "https://api.stripe.com"
SESSION_EVENTS = (
    "checkout.session.completed",
    "checkout.session.async_payment_succeeded",
    "checkout.session.async_payment_failed",
    "checkout.session.expired",
)
# Stripe's own bounds for a Checkout Session's expires_at (from its creation).
MIN_LIFETIME = timedelta(minutes=30)
MAX_LIFETIME = timedelta(hours=24)
# Room for the way to Stripe: "30 minutes from now" is checked when the request arrives.
MIN_LIFETIME_MARGIN = timedelta(minutes=1)
PAID_STATUSES = (PaymentStatus.CONFIRMED, PaymentStatus.REFUNDED)
OPEN_STATUSES = (PaymentStatus.WAITING, PaymentStatus.INPUT)


class Refused(Exception):
    """A webhook that must not change anything: answered with `status`, logged with `reason`."""

    def __init__(self, reason, status=400):
        super().__init__(reason)
        self.reason, self.status = reason, status


def session_lifetime(hold_minutes):
    """How long the Checkout Session lives: the hold time, within Stripe's bounds. Below Stripe's
    30 minutes the session outlives the hold; a payment made after billing timed the attempt out is
    refunded at once (billing.receivers, bookings.payments)."""
    return min(max(timedelta(minutes=hold_minutes), MIN_LIFETIME + MIN_LIFETIME_MARGIN), MAX_LIFETIME)


def as_dict(stripe_object):
    """An SDK object's data as plain dicts (StripeObject stopped being a dict in newer SDKs)."""
    return stripe_object.to_dict() if hasattr(stripe_object, "to_dict") else dict(stripe_object)


def stripe_locale():
    language = (translation.get_language() or "").split("-")[0]
    return language if language in ("de", "en") else "auto"


class StripeProvider(BasicProvider):
    """A django-payments provider for Stripe Checkout Sessions and their webhooks."""

    def __init__(
        self,
        api_key,
        webhook_secret,
        endpoint=API_URL,
        timeout=10,
        tolerance=stripe.Webhook.DEFAULT_TOLERANCE,
        payment_method_types=("card",),
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.api_key = api_key
        self.webhook_secret = webhook_secret
        self.endpoint = endpoint.rstrip("/")
        self.tolerance = tolerance
        self.payment_method_types = list(payment_method_types)
        self.livemode = api_key.startswith(("sk_live_", "rk_live_"))
        # One client per provider, never the module-global stripe.api_key (not thread-safe, and
        # shared by every variant); the SDK retries network errors with the same idempotency key.
        self.client = stripe.StripeClient(
            api_key,
            base_addresses={"api": self.endpoint},
            http_client=stripe.RequestsClient(timeout=timeout),
            max_network_retries=2,
        )

    # --- the redirect ---

    def session_parameters(self, payment):
        """What the Checkout Session is created with: everything from the payment (the server's),
        nothing from the request but the language. The same for every call of one attempt, so the
        idempotency key can replay it."""
        expires = payment.created + session_lifetime(settings.BILLING_HOLD_MINUTES)
        metadata = {"token": payment.token, "reference": payment.reference}
        cancel_url = payment.get_failure_url()
        params = {
            "mode": "payment",
            "line_items": [
                {
                    "quantity": 1,
                    "price_data": {
                        "currency": "eur",
                        "unit_amount": payment.amount_cents,
                        "product_data": {"name": payment.description[:250] or payment.reference},
                    },
                }
            ],
            "payment_method_types": self.payment_method_types,
            "client_reference_id": payment.token,
            "metadata": metadata,
            "payment_intent_data": {"description": payment.description[:250], "metadata": metadata},
            "success_url": payment.get_success_url(),
            "cancel_url": cancel_url + ("&" if "?" in cancel_url else "?") + "cancelled=1",
            "locale": stripe_locale(),
            "expires_at": int(expires.timestamp()),
        }
        if payment.billing_email:
            params["customer_email"] = payment.billing_email
        return params

    def get_form(self, payment, data=None):
        """No form of ours: the citizen is sent to the session's page at Stripe."""
        if payment.currency != "EUR":
            raise PaymentError("Stripe Checkout is configured for EUR only")
        try:
            session = as_dict(
                self.client.v1.checkout.sessions.create(
                    params=self.session_parameters(payment), options={"idempotency_key": f"checkout-{payment.token}"}
                )
            )
        except stripe.StripeError as error:
            raise PaymentError(f"Stripe refused the checkout session: {error}") from error
        if (
            session.get("client_reference_id") != payment.token
            or session.get("amount_total") != payment.amount_cents
            or session.get("currency") != "eur"
            or not session.get("url")
        ):
            raise PaymentError("Stripe answered with a session that is not this payment's")
        if payment.transaction_id != session["id"]:
            payment.transaction_id = session["id"]
            payment.save(update_fields=["transaction_id", "modified"])
        raise RedirectNeeded(session["url"])

    # --- the webhook ---

    def verified_event(self, request):
        """The event of a webhook whose signature is good, as plain data; raises Refused."""
        body = request.body
        try:
            stripe.WebhookSignature.verify_header(
                body.decode("utf-8"), request.headers.get("Stripe-Signature"), self.webhook_secret, self.tolerance
            )
        except (stripe.SignatureVerificationError, UnicodeDecodeError):
            raise Refused("bad or missing signature") from None
        try:
            event = json.loads(body)
        except ValueError:
            raise Refused("malformed body") from None
        if not isinstance(event, dict) or event.get("object") != "event" or not isinstance(event.get("type"), str):
            raise Refused("not a Stripe event")
        if event.get("livemode") is not self.livemode:
            raise Refused("event of the other mode (test/live)")
        return event

    @staticmethod
    def session_of(event):
        """The Checkout Session of a session event, or None for any other event."""
        if event["type"] not in SESSION_EVENTS:
            return None
        session = (event.get("data") or {}).get("object") if isinstance(event.get("data"), dict) else None
        if not isinstance(session, dict) or session.get("object") != "checkout.session":
            raise Refused("event without a checkout session")
        return session

    def refuse(self, reason, event=None, payment=None, status=400):
        logger.warning(
            "Stripe webhook refused for payment %s (%s): event %s %s",
            getattr(payment, "pk", None),
            reason,
            (event or {}).get("id") if isinstance(event, dict) else None,
            (event or {}).get("type") if isinstance(event, dict) else None,
        )
        return JsonResponse({"error": "refused"}, status=status)

    def get_token_from_request(self, payment, request):
        """The static endpoint's step one: which payment the verified event is about. Refusals
        (bad signature, unknown token, ...) become django-payments' JSON 4xx answer; an event
        billing does not handle is acknowledged with 200 and goes no further."""
        try:
            event = self.verified_event(request)
            session = self.session_of(event)
        except Refused as refused:
            self.refuse(refused.reason)
            raise PaymentError("refused", code=refused.status) from None
        if session is None:
            raise PaymentError(f"event type {event['type']} not handled, nothing changed", code=200)
        token = session.get("client_reference_id")
        if not isinstance(token, str) or not get_payment_model().objects.filter(token=token).exists():
            self.refuse("unknown payment", event, status=404)
            raise PaymentError("refused", code=404)
        return token

    def process_data(self, payment, request):
        """A webhook for this payment (the static endpoint after get_token_from_request, or the
        payment's own process URL): verified again here, so both ways are safe."""
        if request.method != "POST":
            return HttpResponse(status=405)
        event = None
        try:
            event = self.verified_event(request)
            session = self.session_of(event)
            if session is None:
                return HttpResponse("ignored", content_type="text/plain")
            self.check_session(payment, session)
        except Refused as refused:
            return self.refuse(refused.reason, event, payment, refused.status)
        with transaction.atomic():
            payment = type(payment).objects.select_for_update().get(pk=payment.pk)
            self.apply(payment, event["type"], session)
        return HttpResponse("OK", content_type="text/plain")

    def check_session(self, payment, session):
        metadata = session.get("metadata") if isinstance(session.get("metadata"), dict) else {}
        if session.get("client_reference_id") != payment.token or metadata.get("token") != payment.token:
            raise Refused("wrong reference", 403)
        if not payment.transaction_id or session.get("id") != payment.transaction_id:
            raise Refused("not this payment's session", 403)
        if session.get("amount_total") != payment.amount_cents or session.get("currency") != "eur":
            raise Refused("wrong amount or currency", 403)
        if payment.currency != "EUR":
            raise Refused("payment not in EUR", 403)

    def apply(self, payment, event_type, session):
        """The state change an event (or the API's answer to an expiry) means, on the locked row;
        nothing if the payment is already there."""
        paid = event_type == "checkout.session.async_payment_succeeded" or (
            event_type == "checkout.session.completed" and session.get("payment_status") == "paid"
        )
        if paid:
            if payment.status in PAID_STATUSES:
                return
            # Also after billing timed it out: the money is with the city, so it counts (and
            # whatever waited for it decides, e.g. a pickup whose slot is gone is refunded).
            payment.captured_amount = payment.total
            payment.paid_at = timezone.now()
            payment.extra_data = json.dumps({"payment_intent": str(session.get("payment_intent") or "")[:255]})
            payment.save(update_fields=["captured_amount", "paid_at", "extra_data", "modified"])
            payment.change_status(PaymentStatus.CONFIRMED)
        elif event_type in ("checkout.session.async_payment_failed", "checkout.session.expired"):
            if payment.status in OPEN_STATUSES:
                reason = "declined at Stripe" if event_type.endswith("failed") else "expired at Stripe"
                payment.change_status(PaymentStatus.REJECTED, reason)
        # checkout.session.completed unpaid: an asynchronous method (e.g. a direct debit) is under
        # way; its async_payment_* event decides.

    # --- refund and cancel ---

    def refund(self, payment, amount=None):
        amount = payment.captured_amount if amount is None else amount
        cents = int((Decimal(amount) * 100).to_integral_value())
        intent = json.loads(payment.extra_data or "{}").get("payment_intent")
        if not intent:
            raise PaymentError("Stripe refund impossible: the payment has no PaymentIntent")
        # One key per refund of this payment: a retried task does not refund twice, a second part
        # refund (after the first changed refunded_amount) is a new one.
        already = int((payment.refunded_amount * 100).to_integral_value())
        try:
            refund = as_dict(
                self.client.v1.refunds.create(
                    params={"payment_intent": intent, "amount": cents, "metadata": {"token": payment.token}},
                    options={"idempotency_key": f"refund-{payment.token}-{already}-{cents}"},
                )
            )
        except stripe.StripeError as error:
            raise PaymentError(f"Stripe refund failed: {error}") from error
        if (
            refund.get("payment_intent") != intent
            or refund.get("amount") != cents
            or refund.get("currency") != "eur"
            or refund.get("status") not in ("succeeded", "pending")
        ):
            raise PaymentError(f"Stripe did not refund: {refund.get('status')}")
        return Decimal(cents) / 100

    def cancel(self, payment):
        """Expire the session at Stripe, so it can no longer be paid (django-payments' contract: the
        caller changes the status; the expired event that follows changes nothing then). Raises
        PaymentError if Stripe refuses, e.g. because the citizen has paid meanwhile."""
        if not payment.transaction_id.startswith("cs_"):
            return
        try:
            session = as_dict(self.client.v1.checkout.sessions.expire(payment.transaction_id))
        except stripe.StripeError as error:
            raise PaymentError(f"Stripe did not expire the session: {error}") from error
        if session.get("id") != payment.transaction_id or session.get("status") != "expired":
            raise PaymentError("Stripe did not expire the session")
