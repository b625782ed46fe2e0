"""Paying an express pickup by card at the Stripe simulator, end to end over real HTTP: the Checkout
Session created through Stripe's SDK, the hosted page, the signed webhook to django-payments'
static endpoint, the return; a cancelled payment, forged and repeated webhooks, the session's
expiry and billing's timeout, the refund when a paid pickup is cancelled, and the amount that never
comes from the browser."""

import json
import logging
import time
from datetime import timedelta
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
import requests
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from payments import PaymentStatus, RedirectNeeded

from billing.links import pay_url
from billing.models import Payment
from billing.providers import provider_factory
from bookings import calendar
from bookings.enums import BookingStatus
from bookings.links import manage_url
from tests.billing.helpers import book_express
from tests.onlineforms.helpers import de

pytestmark = pytest.mark.django_db


def free_express(day):
    return next((d.free for d in calendar.free_days("express") if d.date == day), 0)


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def pay_by_card(client, submission, **extra):
    """Press "Pay" with the card provider chosen: the hosted page's address and the session's id."""
    response = client.post(pay_url(submission), {"variant": "stripe", **extra})
    assert response.status_code == 302, response.content.decode()[:2000]
    location = response["Location"]
    return location, urlsplit(location).path.rsplit("/", 1)[1]


def decide(location, decision):
    """Open the hosted page and press Pay or Cancel; the address it sends the browser back to."""
    page = requests.get(location, timeout=10)
    assert page.status_code == 200 and "Bezahlen / Pay" in page.text, page.text
    answer = requests.post(location, data={"decision": decision}, allow_redirects=False, timeout=30)
    assert answer.status_code == 303, answer.text
    return answer.headers["Location"]


def ledger(simulator):
    return requests.get(f"{simulator.url}/_ledger", timeout=5).json()


def deliveries(simulator, type_):
    return [d for d in ledger(simulator)["deliveries"] if d["type"] == type_]


def test_paying_by_card_books_the_pickup_and_sends_the_receipt(
    client, stripe_checkout, db_worker, django_capture_on_commit_callbacks
):
    submission, _response = book_express(client)
    booking = submission.bookings.get()
    page = client.get(pay_url(submission)).content.decode()
    assert 'value="pmpayment"' in page and 'value="stripe"' in page  # a radio group, pmPayment first
    assert page.index('value="pmpayment"') < page.index('value="stripe"')
    assert de("Card / wallet (Stripe: credit card, Apple Pay, Google Pay)") in page
    assert "Karte / Wallet" in de("Card / wallet (Stripe: credit card, Apple Pay, Google Pay)")

    location, session_id = pay_by_card(client, submission)
    payment = Payment.objects.get(submission=submission)
    assert location.startswith(f"{stripe_checkout.url}/c/pay/") and payment.transaction_id == session_id
    session = ledger(stripe_checkout)["sessions"][session_id]
    assert session["amount_total"] == 3500 and session["currency"] == "eur"
    assert session["client_reference_id"] == payment.token
    assert session["metadata"] == {"token": payment.token, "reference": submission.reference}
    assert session["locale"] == "de" and session["customer_email"] == "erika@example.org"
    assert session["success_url"] == payment.get_success_url()
    assert session["cancel_url"] == payment.get_success_url() + "?cancelled=1"
    # Stripe's shortest lifetime (30 minutes) plus the way there: the hold is 30 minutes.
    assert session["expires_at"] == int((payment.created + timedelta(minutes=31)).timestamp())

    before = free_express(booking.date)
    with django_capture_on_commit_callbacks(execute=True):
        back = decide(location, "pay")
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CONFIRMED and payment.captured_amount == Decimal("35.00")
    assert payment.transaction_id == session_id and payment.paid_at
    session = ledger(stripe_checkout)["sessions"][session_id]
    assert (
        session["status"] == "complete"
        and json.loads(payment.extra_data)["payment_intent"] == session["payment_intent"]
    )
    assert [d["status"] for d in deliveries(stripe_checkout, "checkout.session.completed")][-1] == 200
    booking.refresh_from_db()
    assert booking.status == BookingStatus.BOOKED and booking.paid_at
    assert free_express(booking.date) == before

    assert back == payment.get_success_url()
    assert de("Payment received") in client.get(path_of(back)).content.decode()
    mail.outbox.clear()
    db_worker()
    receipt = [m for m in mail.outbox if m.to == ["erika@example.org"]]
    assert len(receipt) == 1 and submission.reference in receipt[0].subject and "35,00" in receipt[0].body


def test_english_pay_page_and_stripe_locale(client, stripe_checkout):
    submission, _response = book_express(client, language="en")
    page = client.get(pay_url(submission, "en")).content.decode()
    assert "Card / wallet (Stripe: credit card, Apple Pay, Google Pay)" in page
    response = client.post(pay_url(submission, "en"), {"variant": "stripe"})
    session_id = urlsplit(response["Location"]).path.rsplit("/", 1)[1]
    assert ledger(stripe_checkout)["sessions"][session_id]["locale"] == "en"


def test_a_repeated_start_of_one_attempt_gets_the_same_session(client, stripe_checkout):
    submission, _response = book_express(client)
    location, session_id = pay_by_card(client, submission)
    payment = Payment.objects.get(submission=submission)
    for _ in range(2):  # e.g. the SDK's retry, or the view run again for the same attempt
        with pytest.raises(RedirectNeeded) as redirect:
            provider_factory("stripe").get_form(payment)
        assert str(redirect.value) == location
    assert [s for s in ledger(stripe_checkout)["sessions"].values() if s["client_reference_id"] == payment.token] == [
        ledger(stripe_checkout)["sessions"][session_id]
    ]


def test_cancel_at_stripe_releases_the_slot(client, stripe_checkout, django_capture_on_commit_callbacks):
    submission, _response = book_express(client)
    booking = submission.bookings.get()
    held = free_express(booking.date)
    location, session_id = pay_by_card(client, submission)
    back = decide(location, "cancel")
    assert ledger(stripe_checkout)["sessions"][session_id]["status"] == "open"  # Stripe's back link notifies nothing
    with django_capture_on_commit_callbacks(execute=True):
        page = client.get(path_of(back)).content.decode()
    assert de("Payment not completed") in page
    payment = Payment.objects.get(submission=submission)
    assert payment.status == PaymentStatus.REJECTED
    assert ledger(stripe_checkout)["sessions"][session_id]["status"] == "expired"  # can no longer be paid
    assert [d["status"] for d in deliveries(stripe_checkout, "checkout.session.expired")] == [200]
    assert requests.get(location, timeout=10).status_code == 400
    booking.refresh_from_db()
    assert booking.status == BookingStatus.EXPIRED and booking.slot is None
    assert free_express(booking.date) == held + 1


def test_a_paid_session_is_not_cancelled_by_the_cancel_link(client, stripe_checkout):
    submission, _response = book_express(client)
    location, _session_id = pay_by_card(client, submission)
    back = decide(location, "pay")
    payment = Payment.objects.get(submission=submission)
    client.get(path_of(payment.get_success_url() + "?cancelled=1"))
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CONFIRMED and back == payment.get_success_url()


def signed(simulator, event, **header):
    payload = json.dumps(event)
    return payload, {"Stripe-Signature": simulator.signature(payload, **header)}


def test_forged_webhooks_are_refused_and_change_nothing(client, stripe_checkout, app_server, caplog):
    submission, _response = book_express(client)
    _location, other_session_id = pay_by_card(client, submission)  # an earlier attempt, superseded by:
    _location, session_id = pay_by_card(client, submission)
    payment = Payment.objects.get(submission=submission, transaction_id=session_id)
    superseded = Payment.objects.get(submission=submission, transaction_id=other_session_id)
    sim = stripe_checkout
    session = sim.sessions[session_id]
    paid = {"status": "complete", "payment_status": "paid", "payment_intent": "pi_forged"}
    good = sim.event("checkout.session.completed", session, **paid)
    caplog.set_level(logging.WARNING, logger="billing.callbacks")

    forged = {
        "bad signature": signed(sim, good, secret="whsec_guessed"),
        "no signature": (json.dumps(good), {}),
        "too old (replayed)": signed(sim, good, timestamp=int(time.time()) - 600),
        "wrong amount": signed(sim, sim.event("checkout.session.completed", session, **paid, amount_total=1)),
        "wrong currency": signed(sim, sim.event("checkout.session.completed", session, **paid, currency="usd")),
        "another payment's session": signed(
            sim,
            sim.event(
                "checkout.session.completed",
                sim.sessions[other_session_id],
                **paid,
                client_reference_id=payment.token,
                metadata={"token": payment.token, "reference": submission.reference},
            ),
        ),
        "unknown token": signed(
            sim,
            sim.event(
                "checkout.session.completed",
                session,
                **paid,
                client_reference_id="00000000-0000-4000-8000-000000000000",
            ),
        ),
        "live event for a test key": signed(sim, {**good, "livemode": True}),
        "malformed JSON, signed": ('{"type": "checkout.session.completed", ', None),
        "not an event": signed(sim, {"object": "list", "data": []}),
    }
    tampered_payload = json.dumps(good)
    header = {"Stripe-Signature": sim.signature(tampered_payload)}
    forged["tampered after signing"] = (tampered_payload.replace('"amount_total": 3500', '"amount_total": 1'), header)
    for reason, (payload, headers) in forged.items():
        if headers is None:
            headers = {"Stripe-Signature": sim.signature(payload)}
        status = sim.deliver(good, payload=payload, headers=headers)
        assert 400 <= status < 500, reason
    # The payment's own process URL verifies the same way.
    own = requests.post(
        app_server + payment.get_process_url(),
        data=json.dumps(good),
        headers={"Stripe-Signature": sim.signature(json.dumps(good), secret="whsec_guessed")},
        timeout=10,
    )
    assert own.status_code == 400

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.WAITING and payment.transaction_id == session_id
    assert payment.captured_amount == 0 and not payment.extra_data
    assert Payment.objects.get(pk=superseded.pk).status == PaymentStatus.CANCELLED
    assert submission.bookings.get().status == BookingStatus.RESERVED
    refused = [r for r in caplog.records if r.name == "billing.callbacks" and "refused" in r.getMessage()]
    assert len(refused) == len(forged) + 1


def test_duplicate_and_unknown_webhooks_are_answered_ok_and_change_nothing(
    client, stripe_checkout, db_worker, django_capture_on_commit_callbacks
):
    submission, _response = book_express(client)
    location, session_id = pay_by_card(client, submission)
    with django_capture_on_commit_callbacks(execute=True):
        decide(location, "pay")
    payment = Payment.objects.get(submission=submission)
    db_worker()
    receipts = len(mail.outbox)
    completed = deliveries(stripe_checkout, "checkout.session.completed")[-1]["event"]
    session = stripe_checkout.sessions[session_id]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        for _ in range(2):  # Stripe's retries: the same event, signed again
            answer = requests.post(f"{stripe_checkout.url}/_replay/{completed}", timeout=30).json()
            assert answer["status"] == 200
        late_expiry = stripe_checkout.event("checkout.session.expired", session, status="expired")
        assert stripe_checkout.deliver(late_expiry) == 200
        unknown = stripe_checkout.event("payment_intent.succeeded", session)
        unknown["data"]["object"] = {"id": session["payment_intent"], "object": "payment_intent"}
        assert stripe_checkout.deliver(unknown) == 200
    assert callbacks == []  # no receipt, no refund, no release queued
    again = Payment.objects.get(pk=payment.pk)
    assert again.status == PaymentStatus.CONFIRMED and again.modified == payment.modified
    db_worker()
    assert len(mail.outbox) == receipts
    assert submission.bookings.get().status == BookingStatus.BOOKED


def test_the_session_expiring_at_stripe_releases_the_slot(client, stripe_checkout, django_capture_on_commit_callbacks):
    submission, _response = book_express(client)
    booking = submission.bookings.get()
    held = free_express(booking.date)
    location, session_id = pay_by_card(client, submission)
    with django_capture_on_commit_callbacks(execute=True):
        assert requests.post(f"{stripe_checkout.url}/_lapse/{session_id}", timeout=30).json()["status"] == 200
    payment = Payment.objects.get(submission=submission)
    assert payment.status == PaymentStatus.REJECTED and payment.message == "expired at Stripe"
    booking.refresh_from_db()
    assert booking.status == BookingStatus.EXPIRED and free_express(booking.date) == held + 1
    assert requests.get(location, timeout=10).status_code == 400


def test_timeout_releases_the_slot_and_a_late_card_payment_is_refunded(
    client, stripe_checkout, db_worker, django_capture_on_commit_callbacks
):
    submission, _response = book_express(client)
    booking = submission.bookings.get()
    held = free_express(booking.date)
    location, session_id = pay_by_card(client, submission)
    payment = Payment.objects.get(submission=submission)
    Payment.objects.filter(pk=payment.pk).update(created=timezone.now() - timedelta(minutes=31))
    call_command("expire_payments", stdout=open("/dev/null", "w"))
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REJECTED and payment.message == "timed out"
    booking.refresh_from_db()
    assert booking.status == BookingStatus.EXPIRED and free_express(booking.date) == held + 1
    # The session at Stripe is still open for its last minute; the citizen pays there after all.
    with django_capture_on_commit_callbacks(execute=True):
        decide(location, "pay")
    db_worker()
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REFUNDED and payment.refunded_amount == Decimal("35.00")
    intent = ledger(stripe_checkout)["sessions"][session_id]["payment_intent"]
    assert [
        (r["payment_intent"], r["amount"]) for r in ledger(stripe_checkout)["refunds"] if r["payment_intent"] == intent
    ] == [(intent, 3500)]
    booking.refresh_from_db()
    assert booking.status == BookingStatus.EXPIRED


def test_cancelling_a_paid_pickup_refunds_the_card_payment(
    client, stripe_checkout, db_worker, django_capture_on_commit_callbacks
):
    submission, _response = book_express(client)
    location, session_id = pay_by_card(client, submission)
    with django_capture_on_commit_callbacks(execute=True):
        decide(location, "pay")
    booking = submission.bookings.get()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(manage_url(booking), {"action": "cancel"}).status_code == 302
    db_worker()
    payment = Payment.objects.get(submission=submission)
    assert payment.status == PaymentStatus.REFUNDED and payment.refunded_at
    intent = ledger(stripe_checkout)["sessions"][session_id]["payment_intent"]
    refunds = [r for r in ledger(stripe_checkout)["refunds"] if r["payment_intent"] == intent]
    assert [(r["amount"], r["status"], r["metadata"]) for r in refunds] == [
        (3500, "succeeded", {"token": payment.token})
    ]
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED and booking.slot is None


def test_the_card_amount_never_comes_from_the_browser(client, stripe_checkout):
    submission, _response = book_express(client)
    _location, session_id = pay_by_card(client, submission, amount="0.01", total="0.01", unit_amount="1")
    payment = Payment.objects.get(submission=submission)
    assert payment.total == Decimal("35.00")
    assert ledger(stripe_checkout)["sessions"][session_id]["amount_total"] == 3500


def test_an_unreachable_provider_keeps_the_slot_and_says_so(client, stripe_checkout, settings):
    submission, _response = book_express(client)
    handler, config = settings.PAYMENT_VARIANTS["stripe"]
    settings.PAYMENT_VARIANTS = {
        **settings.PAYMENT_VARIANTS,
        "stripe": (handler, {**config, "endpoint": "http://127.0.0.1:9"}),
    }
    response = client.post(pay_url(submission), {"variant": "stripe"})
    assert response.status_code == 502
    assert de("The payment provider cannot be reached. Please try again in a moment.") in response.content.decode()
    assert Payment.objects.get(submission=submission).status == PaymentStatus.WAITING
    assert submission.bookings.get().status == BookingStatus.RESERVED


def test_an_attempt_ended_here_is_ended_at_stripe_too(client, stripe_checkout, django_capture_on_commit_callbacks):
    """A superseded attempt (the citizen pressed "Pay" again) and a timed-out one cannot be paid
    late: their Checkout Sessions are expired at Stripe once the change is committed."""
    submission, _response = book_express(client)
    first_location, first = pay_by_card(client, submission)
    with django_capture_on_commit_callbacks(execute=True):
        _location, second = pay_by_card(client, submission)
    assert first != second
    assert ledger(stripe_checkout)["sessions"][first]["status"] == "expired"
    assert requests.get(first_location, timeout=10).status_code == 400  # the old page cannot be paid
    assert ledger(stripe_checkout)["sessions"][second]["status"] == "open"

    newest = Payment.objects.get(transaction_id=second)
    Payment.objects.filter(pk=newest.pk).update(created=timezone.now() - timedelta(minutes=31))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("expire_payments", stdout=open("/dev/null", "w"))
    newest.refresh_from_db()
    assert newest.status == PaymentStatus.REJECTED and newest.message == "timed out"
    assert ledger(stripe_checkout)["sessions"][second]["status"] == "expired"
    assert submission.bookings.get().status == BookingStatus.EXPIRED
