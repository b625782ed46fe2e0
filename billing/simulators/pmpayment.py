"""A local stand-in for pmPayment (billing/providers/pmpayment.py describes the protocol).

A real HTTP server on its own thread: the payment page the citizen is redirected to (with "Pay" and
"Cancel" buttons, no JavaScript), the signed server-to-server notification to the shop's notifyURL
when a button is pressed, the browser's return to redirectURL, and refunds. It checks the request's
hash with the same salt as the real platform would, and keeps a ledger (GET /_ledger) the tests read."""

import html
import json
import threading
import urllib.parse
from datetime import UTC, datetime

from billing.providers.pmpayment import (
    NOTIFY_FIELDS,
    REFUND_ANSWER_FIELDS,
    REFUND_FIELDS,
    REQUEST_FIELDS,
    sign,
    signature_ok,
)
from billing.simulators.base import SimulatorHandler, SimulatorServer, post

PAGE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>pmPayment (Simulator)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main>
<h1>pmPayment – Simulator</h1>
<p>{desc}</p>
<p>Betrag / amount: <strong>{amount} EUR</strong></p>
<form method="post" action="/payment/decide">
<input type="hidden" name="txid" value="{txid}">
<button type="submit" name="decision" value="pay">Bezahlen / Pay</button>
<button type="submit" name="decision" value="cancel">Abbrechen / Cancel</button>
</form>
</main></body></html>"""


class PmPaymentSimulator(SimulatorServer):
    def __init__(self, salt, ags, host="127.0.0.1", port=0):
        self.salt, self.ags = salt, ags
        self.ledger = {}  # txid -> {"request": {...}, "status": ..., "notification": {...}, "notify_status": int, "refunds": [...]}
        self.lock = threading.Lock()
        simulator = self

        class Handler(SimulatorHandler):
            def do_GET(self):
                parts = urllib.parse.urlsplit(self.path)
                if parts.path == "/_ledger":
                    with simulator.lock:
                        return self.send(200, json.dumps(simulator.ledger), "application/json")
                if parts.path != "/payment/secure":
                    return self.send(404, "not found", "text/plain")
                params = {k: v[0] for k, v in urllib.parse.parse_qs(parts.query).items()}
                if not signature_ok(simulator.salt, params, REQUEST_FIELDS) or params.get("ags") != simulator.ags:
                    return self.send(400, "<!doctype html><title>Fehler</title><p>Ungültige Parameter (hash).</p>")
                with simulator.lock:
                    entry = simulator.ledger.setdefault(params["txid"], {"status": "open", "refunds": []})
                    entry["request"] = params
                amount = f"{int(params['amount']) / 100:.2f}".replace(".", ",")
                page = PAGE.format(
                    desc=html.escape(params.get("desc", "")), amount=amount, txid=html.escape(params["txid"])
                )
                return self.send(200, page)

            def do_POST(self):
                path = urllib.parse.urlsplit(self.path).path
                data = self.form()
                if path == "/payment/decide":
                    return self.decide(data)
                if path == "/payment/refund":
                    return self.refund(data)
                return self.send(404, "not found", "text/plain")

            def decide(self, data):
                with simulator.lock:
                    entry = simulator.ledger.get(data.get("txid", ""))
                if not entry or entry["status"] != "open":
                    return self.send(
                        400, "<!doctype html><title>Fehler</title><p>Unbekannte oder abgeschlossene Zahlung.</p>"
                    )
                paid = data.get("decision") == "pay"
                simulator.notify(entry, paid)
                return self.send(303, "", headers={"Location": entry["request"]["redirectURL"]})

            def refund(self, data):
                with simulator.lock:
                    entry = simulator.ledger.get(data.get("txid", ""))
                    ok = (
                        signature_ok(simulator.salt, data, REFUND_FIELDS)
                        and data.get("ags") == simulator.ags
                        and entry is not None
                        and entry["status"] == "paid"
                        and int(data.get("amount", 0)) <= int(entry["request"]["amount"]) - sum(entry["refunds"])
                    )
                    if not ok:
                        return self.send(400, json.dumps({"status": "refused"}), "application/json")
                    entry["refunds"].append(int(data["amount"]))
                answer = {"txid": data["txid"], "amount": data["amount"], "status": "refunded"}
                answer["hash"] = sign(simulator.salt, [answer[f] for f in REFUND_ANSWER_FIELDS])
                return self.send(200, json.dumps(answer), "application/json")

        self.serve_with(Handler, host, port)

    def notification(self, entry, paid):
        request = entry["request"]
        data = {
            "ags": self.ags,
            "txid": request["txid"],
            "amount": request["amount"],
            "status": "1" if paid else "0",
            "payment_method": "sepa" if paid else "",
            "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "id": f"PMP-{len(self.ledger):06d}-{request['txid'][:8]}",
        }
        data["hash"] = sign(self.salt, [data[f] for f in NOTIFY_FIELDS])
        return data

    def notify(self, entry, paid):
        """Mark the transaction and POST the signed notification to the shop (server to server)."""
        data = self.notification(entry, paid)
        with self.lock:
            entry["status"] = "paid" if paid else "cancelled"
            entry["notification"] = data
        entry["notify_status"] = post_form(entry["request"]["notifyURL"], data)
        return entry["notify_status"]



def post_form(url, data):
    """POST `data` form-encoded to `url`; the HTTP status (0 if unreachable)."""
    return post(url, urllib.parse.urlencode(data).encode(), "application/x-www-form-urlencoded")
