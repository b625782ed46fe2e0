"""A local stand-in for Stripe's API and hosted Checkout page (billing/providers/stripe.py describes
the protocol).

A real HTTP server on its own thread, speaking what Stripe's Python SDK sends and expects:

- `POST /v1/checkout/sessions` (form-encoded with Stripe's nested keys, `Authorization: Bearer`
  checked against the secret key, `Idempotency-Key` honoured: the same key and parameters replay the
  first answer, other parameters are an idempotency_error), with Stripe's rules for expires_at
  (30 minutes to 24 hours ahead);
- `GET /v1/checkout/sessions/<id>`, `POST /v1/checkout/sessions/<id>/expire` (open sessions only;
  sends checkout.session.expired like Stripe);
- `POST /v1/refunds` (payment_intent, amount up to what is left);
- the hosted page `GET /c/pay/<id>` with "Bezahlen / Pay" and "Abbrechen / Cancel" (no
  JavaScript). Pay completes the session, sends checkout.session.completed and redirects the
  browser to success_url; Cancel only redirects to cancel_url, as Stripe's back link does.

Webhook events have Stripe's format (id, object "event", type, data.object = the session, livemode)
and signature (`Stripe-Signature: t=<ts>,v1=<hex HMAC-SHA256 of "t.payload">`, keyed with the
endpoint secret). Unlike Stripe, which delivers events asynchronously, the simulator delivers each
one before it answers the request that caused it, so a test sees its effect at once.

For tests: `GET /_ledger` (sessions, refunds and every delivery with the app's answer),
`POST /_replay/<event id>` (deliver a recorded event again, freshly signed, as Stripe's retries do),
`POST /_lapse/<session id>` (the session reaches its expires_at), and in Python `event()`,
`signature()` and `deliver()` to forge whatever a test needs."""

import hashlib
import hmac
import html
import json
import re
import secrets
import threading
import time
import urllib.parse

from billing.simulators.base import SimulatorHandler, SimulatorServer, post

API_VERSION = "2025-simulator"
MIN_EXPIRY, MAX_EXPIRY = 30 * 60, 24 * 60 * 60

PAGE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Stripe Checkout (Simulator)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main>
<h1>Stripe Checkout – Simulator</h1>
<p>{name}</p>
<p>Betrag / amount: <strong>{amount} {currency}</strong></p>
<form method="post" action="/c/pay/{id}">
<button type="submit" name="decision" value="pay">Bezahlen / Pay</button>
<button type="submit" name="decision" value="cancel">Abbrechen / Cancel</button>
</form>
</main></body></html>"""

ERROR_PAGE = '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Fehler</title></head><body><p>{}</p></body></html>'


def decode_form(body):
    """Stripe's form encoding (`a[b][0][c]=v`) back into dicts and lists."""
    root = {}
    for key, value in urllib.parse.parse_qsl(body, keep_blank_values=True):
        parts = re.findall(r"[^\[\]]+", key)
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        if parts:
            node[parts[-1]] = value

    def listify(value):
        if isinstance(value, dict):
            value = {k: listify(v) for k, v in value.items()}
            if value and all(k.isdigit() for k in value):
                return [value[k] for k in sorted(value, key=int)]
        return value

    return listify(root)


def signature(payload, secret, timestamp=None):
    """Stripe's Stripe-Signature header for a payload."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{timestamp}.{payload}".encode(), hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def stripe_error(message, type_="invalid_request_error", param=None, code=None):
    return {"error": {"type": type_, "message": message, "param": param, "code": code}}


class StripeSimulator(SimulatorServer):
    def __init__(self, api_key, webhook_secret, webhook_url=None, host="127.0.0.1", port=0):
        self.api_key, self.webhook_secret, self.webhook_url = api_key, webhook_secret, webhook_url
        self.sessions = {}  # id -> session (Stripe's checkout.session object)
        self.refunds = []
        self.events = {}  # id -> event
        self.deliveries = []  # {"event": id, "type": ..., "session": id, "status": the app's HTTP status}
        self.idempotency = {}  # key -> (request fingerprint, status, answer)
        self.lock = threading.RLock()
        simulator = self

        class Handler(SimulatorHandler):
            def authorised(self):
                if self.headers.get("Authorization") == f"Bearer {simulator.api_key}":
                    return True
                self.send_json(401, stripe_error("Invalid API Key provided."))
                return False

            def do_GET(self):
                path = urllib.parse.urlsplit(self.path).path
                if path == "/_ledger":
                    return self.send_json(200, simulator.ledger())
                if match := re.fullmatch(r"/c/pay/([\w]+)", path):
                    return self.checkout_page(match[1])
                if match := re.fullmatch(r"/v1/checkout/sessions/([\w]+)", path):
                    if not self.authorised():
                        return None
                    session = simulator.sessions.get(match[1])
                    if session is None:
                        return self.send_json(404, stripe_error("No such checkout.session", code="resource_missing"))
                    return self.send_json(200, session)
                return self.send(404, "not found", "text/plain")

            def do_POST(self):
                path = urllib.parse.urlsplit(self.path).path
                body = self.body()
                if match := re.fullmatch(r"/c/pay/([\w]+)", path):
                    return self.decide(match[1], decode_form(body).get("decision"))
                if match := re.fullmatch(r"/_replay/([\w]+)", path):
                    event = simulator.events.get(match[1])
                    if event is None:
                        return self.send(404, "no such event", "text/plain")
                    return self.send_json(200, {"status": simulator.deliver(event)})
                if match := re.fullmatch(r"/_lapse/([\w]+)", path):
                    return self.send_json(200, {"status": simulator.lapse(match[1])})
                if not path.startswith("/v1/"):
                    return self.send(404, "not found", "text/plain")
                if not self.authorised():
                    return None
                params = decode_form(body)
                key = self.headers.get("Idempotency-Key")
                fingerprint = (path, json.dumps(params, sort_keys=True))
                with simulator.lock:
                    known = simulator.idempotency.get(key) if key else None
                if known:
                    if known[0] != fingerprint:
                        message = "Keys for idempotent requests can only be used with the same parameters they were first used with."
                        return self.send_json(400, stripe_error(message, "idempotency_error"))
                    return self.send_json(known[1], known[2], {"Idempotent-Replayed": "true"})
                # Not under the lock: an expiry delivers its webhook before it answers.
                status, answer = self.api(path, params)
                if key and status < 500:
                    with simulator.lock:
                        simulator.idempotency[key] = (fingerprint, status, answer)
                return self.send_json(status, answer)

            def api(self, path, params):
                if path == "/v1/checkout/sessions":
                    return simulator.create_session(params)
                if match := re.fullmatch(r"/v1/checkout/sessions/([\w]+)/expire", path):
                    return simulator.expire(match[1])
                if path == "/v1/refunds":
                    return simulator.refund(params)
                return 404, stripe_error("Unrecognized request URL.")

            def checkout_page(self, session_id):
                session = simulator.sessions.get(session_id)
                if session is None or session["status"] != "open":
                    return self.send(400, ERROR_PAGE.format("Diese Zahlung ist abgelaufen oder abgeschlossen."))
                item = session["_line_items"][0]["price_data"]
                page = PAGE.format(
                    id=session["id"],
                    name=html.escape(item.get("product_data", {}).get("name", "")),
                    amount=f"{session['amount_total'] / 100:.2f}".replace(".", ","),
                    currency=session["currency"].upper(),
                )
                return self.send(200, page)

            def decide(self, session_id, decision):
                session = simulator.sessions.get(session_id)
                if session is None or session["status"] != "open" or decision not in ("pay", "cancel"):
                    return self.send(400, ERROR_PAGE.format("Unbekannte oder abgeschlossene Zahlung."))
                if decision == "cancel":  # Stripe's back link: nothing is notified, the session stays open
                    return self.send(303, "", headers={"Location": session["cancel_url"]})
                with simulator.lock:
                    session.update(
                        status="complete", payment_status="paid", payment_intent=f"pi_sim_{secrets.token_hex(12)}"
                    )
                simulator.deliver(simulator.event("checkout.session.completed", session))
                location = session["success_url"].replace("{CHECKOUT_SESSION_ID}", session["id"])
                return self.send(303, "", headers={"Location": location})

        self.serve_with(Handler, host, port)

    # --- the API ---

    def create_session(self, params):
        now = int(time.time())
        items = params.get("line_items")
        if params.get("mode") != "payment" or not isinstance(items, list) or not items:
            return 400, stripe_error("mode=payment with line_items is required", param="line_items")
        try:
            prices = [
                (i["price_data"]["currency"], int(i["price_data"]["unit_amount"]), int(i["quantity"])) for i in items
            ]
        except (KeyError, TypeError, ValueError):
            return 400, stripe_error("Invalid line_items", param="line_items")
        currencies = {c for c, _a, _q in prices}
        if len(currencies) != 1 or any(a <= 0 or q <= 0 for _c, a, q in prices):
            return 400, stripe_error("Invalid amounts or currencies", param="line_items")
        for url in ("success_url", "cancel_url"):
            if not str(params.get(url, "")).startswith(("http://", "https://")):
                return 400, stripe_error(f"Not a valid URL: {url}", param=url)
        expires_at = int(params.get("expires_at") or now + MAX_EXPIRY)
        if not now + MIN_EXPIRY <= expires_at <= now + MAX_EXPIRY:
            return 400, stripe_error(
                "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.",
                param="expires_at",
            )
        session_id = f"cs_test_{secrets.token_urlsafe(24).replace('-', 'a').replace('_', 'b')}"
        session = {
            "id": session_id,
            "object": "checkout.session",
            "amount_subtotal": sum(a * q for _c, a, q in prices),
            "amount_total": sum(a * q for _c, a, q in prices),
            "cancel_url": params["cancel_url"],
            "client_reference_id": params.get("client_reference_id"),
            "created": now,
            "currency": currencies.pop(),
            "customer_email": params.get("customer_email"),
            "expires_at": expires_at,
            "livemode": False,
            "locale": params.get("locale"),
            "metadata": params.get("metadata") or {},
            "mode": "payment",
            "payment_intent": None,
            "payment_method_types": params.get("payment_method_types") or ["card"],
            "payment_status": "unpaid",
            "status": "open",
            "success_url": params["success_url"],
            "url": f"{self.url}/c/pay/{session_id}",
            "_line_items": items,
        }
        with self.lock:
            self.sessions[session_id] = session
        return 200, self.public(session)

    def expire(self, session_id):
        with self.lock:
            session = self.sessions.get(session_id)
            if session is None:
                return 404, stripe_error("No such checkout.session", code="resource_missing")
            if session["status"] != "open":
                return 400, stripe_error(
                    f"Only Checkout Sessions with a status in [open] can be expired. This one is {session['status']}."
                )
            session["status"] = "expired"
        self.deliver(self.event("checkout.session.expired", session))
        return 200, self.public(session)

    def lapse(self, session_id):
        """The session reaches its expires_at: Stripe expires it and sends the event."""
        return self.expire(session_id)[0]

    def refund(self, params):
        intent = params.get("payment_intent")
        with self.lock:
            session = next((s for s in self.sessions.values() if intent and s["payment_intent"] == intent), None)
            if session is None:
                return 404, stripe_error("No such payment_intent", code="resource_missing", param="payment_intent")
            left = session["amount_total"] - sum(r["amount"] for r in self.refunds if r["payment_intent"] == intent)
            try:
                amount = int(params.get("amount") or left)
            except ValueError:
                return 400, stripe_error("Invalid integer", param="amount")
            if amount <= 0 or amount > left:
                return 400, stripe_error("Refund amount is greater than unrefunded amount", code="amount_too_large")
            refund = {
                "id": f"re_sim_{secrets.token_hex(12)}",
                "object": "refund",
                "amount": amount,
                "currency": session["currency"],
                "payment_intent": intent,
                "status": "succeeded",
                "metadata": params.get("metadata") or {},
                "created": int(time.time()),
            }
            self.refunds.append(refund)
        return 200, refund

    # --- webhooks ---

    @staticmethod
    def public(session):
        return {k: v for k, v in session.items() if not k.startswith("_")}

    def event(self, type_, session, **changes):
        """A Stripe event about the session (as it is now, with `changes` applied to the copy)."""
        event = {
            "id": f"evt_sim_{secrets.token_hex(12)}",
            "object": "event",
            "api_version": API_VERSION,
            "created": int(time.time()),
            "data": {"object": {**self.public(session), **changes}},
            "livemode": False,
            "pending_webhooks": 1,
            "request": {"id": None, "idempotency_key": None},
            "type": type_,
        }
        with self.lock:
            self.events[event["id"]] = event
        return event

    def signature(self, payload, secret=None, timestamp=None):
        return signature(payload, self.webhook_secret if secret is None else secret, timestamp)

    def deliver(self, event, payload=None, headers=None):
        """POST the event, signed, to the webhook URL; the app's HTTP status (0 if unreachable).
        `payload` (the exact body) and `headers` (e.g. another signature, or none) let tests forge."""
        payload = json.dumps(event) if payload is None else payload
        if headers is None:
            headers = {"Stripe-Signature": self.signature(payload)}
        status = post_json(self.webhook_url, payload, headers) if self.webhook_url else 0
        with self.lock:
            self.deliveries.append(
                {
                    "event": event.get("id") if isinstance(event, dict) else None,
                    "type": event.get("type") if isinstance(event, dict) else None,
                    "status": status,
                }
            )
        return status

    def ledger(self):
        with self.lock:
            return {
                "sessions": {k: self.public(s) for k, s in self.sessions.items()},
                "refunds": list(self.refunds),
                "deliveries": list(self.deliveries),
            }



def post_json(url, payload, headers):
    headers = {"User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)", **headers}
    return post(url, payload.encode(), "application/json; charset=utf-8", headers)
