"""Paying an express pickup at the pmPayment simulator, end to end over real HTTP: success, a
cancelled payment, forged and repeated notifications, the timeout that releases the slot, the
refund when a paid pickup is cancelled, and the amount that never comes from the browser."""

import logging
from datetime import timedelta
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
import requests
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from payments import PaymentStatus

from billing.links import pay_url
from billing.models import Payment
from billing.providers.pmpayment import NOTIFY_FIELDS, sign
from bookings import calendar
from bookings.enums import BookingStatus
from bookings.links import manage_url
from onlineforms import registry
from tests.billing.conftest import AGS, SALT
from tests.billing.helpers import book_express, decide, ledger, pickup_data, start_payment
from tests.onlineforms.helpers import de, form_page, post

pytestmark = pytest.mark.django_db


def free_express(day):
    return next((d.free for d in calendar.free_days("express") if d.date == day), 0)


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_express_pickup_is_held_for_payment_and_booked_when_paid(
    client, pmpayment, db_worker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submission, response = book_express(client)
    booking = submission.bookings.get()
    assert booking.status == BookingStatus.RESERVED and booking.payment_required
    assert booking.reserved_until - timezone.now() < timedelta(minutes=31)  # the payment hold, not 2 hours
    landing = client.get(response["Location"]).content.decode()
    assert "/bezahlen/" in landing and "35,00" in landing
    # The confirmation e-mail carries the pay link, not the e-mail confirmation link.
    db_worker()
    confirmation = next(m.body for m in mail.outbox if m.to == ["erika@example.org"])
    assert "/bezahlen/" in confirmation and "/sperrmuell/bestaetigen/" not in confirmation

    pay_page = client.get(pay_url(submission))
    assert pay_page.status_code == 200 and "35,00" in pay_page.content.decode()
    location, params = start_payment(client, submission)
    assert location.startswith(pmpayment.url) and params["amount"] == "3500" and params["ags"] == AGS
    before = free_express(booking.date)
    with django_capture_on_commit_callbacks(execute=True):
        back = decide(location, params, "pay")
    payment = Payment.objects.get(submission=submission)
    assert payment.status == PaymentStatus.CONFIRMED and payment.captured_amount == Decimal("35.00")
    assert payment.transaction_id.startswith("PMP-")
    booking.refresh_from_db()
    assert booking.status == BookingStatus.BOOKED and booking.paid_at and booking.confirmed_at
    assert free_express(booking.date) == before  # still held: now by the booking
    assert ledger(pmpayment)[payment.token]["notify_status"] == 200

    shown = client.get(path_of(back))
    assert shown.status_code == 200 and de("Payment received") in shown.content.decode()
    mail.outbox.clear()
    db_worker()
    receipt = [m for m in mail.outbox if m.to == ["erika@example.org"]]
    assert len(receipt) == 1 and submission.reference in receipt[0].subject and "35,00" in receipt[0].body
    # The staff see the payment with the submission.
    with translation.override("en"):
        summaries = [(str(k), str(v)) for k, v in registry.staff_summaries(submission, submission.page.specific)]
    assert ("Payment", f"Paid: 35.00 EUR (pmpayment, {payment.transaction_id})") in summaries


def test_cancelled_payment_releases_the_slot(client, pmpayment, django_capture_on_commit_callbacks):
    submission, _response = book_express(client)
    booking = submission.bookings.get()
    held = free_express(booking.date)
    location, params = start_payment(client, submission)
    with django_capture_on_commit_callbacks(execute=True):
        back = decide(location, params, "cancel")
    payment = Payment.objects.get(submission=submission)
    assert payment.status == PaymentStatus.REJECTED
    booking.refresh_from_db()
    assert booking.status == BookingStatus.EXPIRED and booking.slot is None and booking.paid_at is None
    assert free_express(booking.date) == held + 1
    page = client.get(path_of(back)).content.decode()
    assert de("Payment not completed") in page
    # Nothing is left to pay: the pay page says so and starts no new attempt.
    again = client.post(pay_url(submission), {"variant": "pmpayment"})
    assert again.status_code == 200 and 'name="variant"' not in again.content.decode()  # no pay button
    assert Payment.objects.filter(submission=submission).count() == 1


def notify(payment, salt=SALT, **changes):
    data = {
        "ags": AGS,
        "txid": payment.token,
        "amount": str(payment.amount_cents),
        "status": "1",
        "payment_method": "sepa",
        "created_at": "2026-12-04T10:00:00Z",
        "id": "PMP-FORGED",
        **changes,
    }
    data["hash"] = sign(salt, [data[f] for f in NOTIFY_FIELDS])
    return data


def test_forged_notifications_are_refused_and_change_nothing(client, pmpayment, app_server, caplog):
    submission, _response = book_express(client)
    start_payment(client, submission)
    payment = Payment.objects.get(submission=submission)
    url = app_server + payment.get_process_url()
    caplog.set_level(logging.WARNING, logger="billing.callbacks")
    forged = {
        "bad signature": notify(payment, salt="guessed-salt"),
        "wrong amount": notify(payment, amount="1"),
        "wrong municipality": notify(payment, ags="01001000"),
        "someone else's reference": notify(payment, txid="00000000-0000-4000-8000-000000000000"),
    }
    for reason, data in forged.items():
        response = requests.post(url, data=data, timeout=10)
        assert response.status_code == 403, reason
    tampered = notify(payment)
    tampered["amount"] = "1"  # changed after signing
    assert requests.post(url, data=tampered, timeout=10).status_code == 403
    unknown = app_server + "/payments/process/00000000-0000-4000-8000-000000000000/"
    assert requests.post(unknown, data=notify(payment), timeout=10).status_code == 404
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.WAITING and not payment.transaction_id
    assert submission.bookings.get().status == BookingStatus.RESERVED
    assert len([r for r in caplog.records if "refused" in r.getMessage()]) == 5


def test_duplicate_notification_is_answered_ok_and_changes_nothing(
    client, pmpayment, db_worker, django_capture_on_commit_callbacks
):
    submission, _response = book_express(client)
    location, params = start_payment(client, submission)
    with django_capture_on_commit_callbacks(execute=True):
        decide(location, params, "pay")
    payment = Payment.objects.get(submission=submission)
    db_worker()
    receipts = len(mail.outbox)
    first = ledger(pmpayment)[payment.token]["notification"]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        for _ in range(2):
            response = requests.post(payment.get_notify_url(), data=first, timeout=10)
            assert response.status_code == 200 and response.text == "OK"
        late_failure = notify(payment, status="0", id=first["id"])
        assert requests.post(payment.get_notify_url(), data=late_failure, timeout=10).status_code == 200
    assert callbacks == []  # no receipt, no refund, no release queued
    again = Payment.objects.get(pk=payment.pk)
    assert again.status == PaymentStatus.CONFIRMED and again.modified == payment.modified
    db_worker()
    assert len(mail.outbox) == receipts
    assert submission.bookings.get().status == BookingStatus.BOOKED


def test_timeout_releases_the_slot_and_a_late_payment_is_refunded(
    client, pmpayment, db_worker, django_capture_on_commit_callbacks
):
    submission, _response = book_express(client)
    booking = submission.bookings.get()
    held = free_express(booking.date)
    location, params = start_payment(client, submission)
    payment = Payment.objects.get(submission=submission)
    Payment.objects.filter(pk=payment.pk).update(created=timezone.now() - timedelta(minutes=31))
    call_command("expire_payments", stdout=open("/dev/null", "w"))
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REJECTED and payment.message == "timed out"
    booking.refresh_from_db()
    assert booking.status == BookingStatus.EXPIRED and booking.slot is None
    assert free_express(booking.date) == held + 1
    # The citizen pays at the provider after all: the money is refunded, the slot stays free.
    with django_capture_on_commit_callbacks(execute=True):
        back = decide(location, params, "pay")
    db_worker()
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REFUNDED and payment.refunded_amount == Decimal("35.00")
    assert ledger(pmpayment)[payment.token]["refunds"] == [3500]
    booking.refresh_from_db()
    assert booking.status == BookingStatus.EXPIRED
    assert de("Payment received") not in client.get(path_of(back)).content.decode()


def test_return_page_times_out_an_overdue_attempt(client, pmpayment):
    submission, _response = book_express(client)
    start_payment(client, submission)
    payment = Payment.objects.get(submission=submission)
    Payment.objects.filter(pk=payment.pk).update(created=timezone.now() - timedelta(hours=1))
    page = client.get(path_of(payment.get_success_url()))
    assert page.status_code == 200
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REJECTED
    assert submission.bookings.get().status == BookingStatus.EXPIRED


def test_cancelling_a_paid_pickup_refunds_the_fee(client, pmpayment, db_worker, django_capture_on_commit_callbacks):
    submission, _response = book_express(client)
    location, params = start_payment(client, submission)
    with django_capture_on_commit_callbacks(execute=True):
        decide(location, params, "pay")
    booking = submission.bookings.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(manage_url(booking), {"action": "cancel"})
        assert response.status_code == 302
    db_worker()
    payment = Payment.objects.get(submission=submission)
    assert payment.status == PaymentStatus.REFUNDED and payment.refunded_at
    assert ledger(pmpayment)[payment.token]["refunds"] == [3500]
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED and booking.slot is None


def test_the_amount_never_comes_from_the_browser(client, pmpayment):
    submission, _response = book_express(client)
    _location, params = start_payment(client, submission, amount="0.01", total="0.01", price="1")
    payment = Payment.objects.get(submission=submission)
    assert payment.total == Decimal("35.00") and params["amount"] == "3500"


def test_unknown_provider_choice_and_forged_pay_link(client, pmpayment):
    submission, _response = book_express(client)
    response = client.post(pay_url(submission), {"variant": "dummy"})
    assert response.status_code == 400 and not Payment.objects.exists()
    link = pay_url(submission)
    assert client.get(link[:-3] + "xx/").status_code == 404


def test_free_pickups_keep_the_email_confirmation(client, pmpayment):
    page = form_page("sperrmuell-buchen")
    day = calendar.free_days("standard")[0]
    assert post(client, page, pickup_data(day.value)).status_code == 302
    booking = page.get_submissions().latest("submit_time").bookings.get()
    assert not booking.payment_required and booking.status == BookingStatus.RESERVED
    assert calendar.confirm(booking).status == BookingStatus.BOOKED


def test_without_online_payment_express_is_confirmed_by_email(client, settings):
    settings.BILLING_VARIANTS = []
    submission, _response = book_express(client)
    booking = submission.bookings.get()
    assert not booking.payment_required
    assert calendar.confirm(booking).status == BookingStatus.BOOKED
