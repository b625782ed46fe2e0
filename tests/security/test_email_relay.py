"""Security issue 9, finding 9: the confirmation e-mail repeated what the sender typed, from the
city's address to any address typed in - a spam relay. Now it carries the reference, the service,
the date and the form's own facts (choices from its list, dates, consent) only; the office's
notification keeps every answer; and one address gets at most RATELIMITS["email_recipient"]
confirmations (the submission is stored and the office told either way)."""

from datetime import date

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.utils import formats, translation

from onlineforms.enums import EmailKind, EmailStatus
from onlineforms.models import OutgoingEmail, Submission
from tests.onlineforms.helpers import address, form_page, post

pytestmark = pytest.mark.django_db

SPAM = "Cheap pills at http://spam.example"
CONTACT = {
    "name": "Visit http://spam.example now",
    "email": "victim@example.org",
    "thema": "Abfall",
    "nachricht": SPAM,
    "einwilligung": "on",
}
DOG = {
    "name": "Call 0900 123456",
    **address("adresse", street="http://spam.example 1"),
    "email": "victim@example.org",
    "hundename": "Win big",
    "rasse": SPAM,
    "seit": "2026-01-10",
    "anzahl": "2",
    "einwilligung": "on",
}


@pytest.fixture
def send(django_capture_on_commit_callbacks, db_worker):
    """Submit a form through HTTP; its e-mails go through the task queue and the real db_worker."""

    def submit(page, data, ip="198.51.100.20"):
        with django_capture_on_commit_callbacks(execute=True):
            response = post(Client(), page, data, REMOTE_ADDR=ip)
        assert response.status_code == 302, response.content.decode()[:2000]
        db_worker()
        return Submission.objects.filter(citizen_email=data["email"].strip()).latest("submit_time")

    return submit


def mail_to(address):
    return [m for m in mail.outbox if m.to == [address]]


def test_the_confirmation_repeats_nothing_the_sender_typed(send):
    submission = send(form_page("kontakt", "de"), CONTACT)
    (confirmation,) = mail_to("victim@example.org")
    text = confirmation.subject + confirmation.body
    assert submission.reference in confirmation.subject and "Kontaktformular" in text
    assert "Thema: Abfall" in text  # a choice from the form's own list
    assert "spam.example" not in text and "Visit" not in text and "pills" not in text
    (notification,) = mail_to("buergerbuero@lindenfeld.example")
    assert SPAM in notification.body and "Visit http://spam.example now" in notification.body


def test_dates_and_choices_are_facts_names_and_addresses_are_not(send):
    send(form_page("register-dog", "en"), {**DOG, "anzahl": "2"})
    (confirmation,) = mail_to("victim@example.org")
    body = confirmation.body
    assert "Register a dog" in confirmation.subject
    assert "How many dogs do you keep in total?: 2" in body
    with translation.override("en"):
        assert f"Keeping the dog since: {formats.date_format(date(2026, 1, 10), 'DATE_FORMAT')}" in body
    assert "I agree that the Town of Lindenfeld processes my details to deal with this request.: yes" in body
    for typed in ("spam.example", "0900", "Win big", "pills"):
        assert typed not in body
    (notification,) = mail_to("steueramt@lindenfeld.example")
    assert "Win big" in notification.body and SPAM in notification.body


@override_settings(RATELIMITS={"forms": "100/h", "email_recipient": "5/d"})
def test_one_address_gets_at_most_five_confirmations_a_day(send):
    page = form_page("kontakt", "de")
    spellings = ["victim@example.org", "Victim@Example.org", " VICTIM@example.org ", "victim@EXAMPLE.org"]
    for n in range(7):
        send(page, {**CONTACT, "email": spellings[n % 4]}, ip=f"198.51.100.{n}")
    submissions = Submission.objects.filter(citizen_email__iexact="victim@example.org")
    assert submissions.count() == 7  # every submission is stored
    confirmations = [m for m in mail.outbox if m.to[0].strip().lower() == "victim@example.org"]
    assert len(confirmations) == 5
    assert len(mail_to("buergerbuero@lindenfeld.example")) == 7  # the office hears of each
    suppressed = OutgoingEmail.objects.filter(kind=EmailKind.CONFIRMATION, status=EmailStatus.SUPPRESSED)
    assert suppressed.count() == 2 and all("limit" in e.last_error for e in suppressed)
    # Another address is not affected.
    send(page, {**CONTACT, "email": "someone@example.org"}, ip="198.51.100.99")
    assert len(mail_to("someone@example.org")) == 1


@override_settings(RATELIMITS={"forms": "100/h", "email_recipient": "1/d"})
def test_a_suppressed_confirmation_is_never_sent_later(send):
    from django.core.management import call_command

    page = form_page("kontakt", "de")
    send(page, CONTACT, ip="198.51.100.1")
    send(page, CONTACT, ip="198.51.100.2")
    assert len(mail_to("victim@example.org")) == 1
    call_command("send_pending_emails", verbosity=0)
    assert len(mail_to("victim@example.org")) == 1
