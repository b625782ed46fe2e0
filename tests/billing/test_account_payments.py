"""A request's payment in the citizen account: the request page says what is still to pay (with the
pay link), then "paid" after the provider's notification, and "refunded" after a refund; the
signed status link without an account shows the same; the data export lists the payments; another
citizen sees none of it."""

import re

import pytest
from django.core import mail

from accounts.links import status_token
from billing.links import pay_url
from billing.models import Payment
from tests.accounts.helpers import signed_in_citizen
from tests.billing.helpers import book_express, decide, start_payment
from tests.onlineforms.helpers import de

pytestmark = pytest.mark.django_db


def pay_links(page):
    """The pay links on a page, by their signed payload (the signature holds the time it was made)."""
    return [link.split(":")[0] for link in re.findall(r'href="/de/bezahlen/([^"/]+)/"', page)]


def request_page(client, submission):
    response = client.get(f"/de/konto/antraege/{submission.reference}/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_account_shows_what_is_due_then_paid_then_refunded(
    client, pmpayment, db_worker, django_capture_on_commit_callbacks
):
    signed_in_citizen(client, "erika@example.org")
    submission, _response = book_express(client)
    page = request_page(client, submission)
    assert de("Not paid yet") in page and "35,00" in page
    assert pay_links(page) == [pay_url(submission, "de").split("/")[-2].split(":")[0]]

    location, params = start_payment(client, submission)
    with django_capture_on_commit_callbacks(execute=True):
        decide(location, params, "pay")
    page = request_page(client, submission)
    assert de("Paid") in page and "35,00" in page
    assert de("Not paid yet") not in page and pay_links(page) == []
    # The signed link in the confirmation e-mail shows the same, without an account.
    anonymous = client.__class__()
    status = anonymous.get(f"/de/antragsstatus/{status_token(submission)}/").content.decode()
    assert de("Paid") in status and "35,00" in status

    export = client.get("/de/konto/daten.json")
    assert export.status_code == 200
    (exported,) = [r for r in export.json()["requests"] if r["reference"] == submission.reference]
    payment = Payment.objects.get(submission=submission)
    assert exported["payments"] == [
        {
            "provider": "pmpayment",
            "amount": "35.00",
            "currency": "EUR",
            "status": "confirmed",
            "started_at": payment.created.isoformat(),
            "paid_at": payment.paid_at.isoformat(),
            "refunded": "0.00",
            "refunded_at": None,
            "transaction": payment.transaction_id,
        }
    ]

    # Another citizen sees neither the request nor its payment.
    other = client.__class__()
    signed_in_citizen(other, "otto@example.org", name="Otto Normal")
    assert other.get(f"/de/konto/antraege/{submission.reference}/").status_code == 404
    assert submission.reference not in other.get("/de/konto/daten.json").content.decode()

    # Cancelled by the citizen: the fee goes back, and the account says so.
    booking = submission.bookings.get()
    from bookings.links import manage_url

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(manage_url(booking), {"action": "cancel"}).status_code == 302
    mail.outbox.clear()
    db_worker()
    page = request_page(client, submission)
    assert de("Refunded") in page
    assert any(m.to == ["erika@example.org"] and submission.reference in m.subject for m in mail.outbox)


def test_a_request_without_a_fee_shows_no_payment(client, pmpayment):
    from tests.accounts.helpers import send_contact

    signed_in_citizen(client, "erika@example.org")
    submission = send_contact(client)
    page = request_page(client, submission)
    assert de("Not paid yet") not in page and de("Payment") + "</h2>" not in page
