"""Finding 10: forged bounce and delivery events changed stored e-mail states, and webhooks of
providers that are not configured answered 500."""

import json

import pytest
from django.test import override_settings

from onlineforms.enums import EmailStatus
from onlineforms.models import OutgoingEmail
from tests.onlineforms.helpers import form_page, post
from tests.onlineforms.test_submissions import CONTACT_DE as CONTACT

pytestmark = pytest.mark.django_db
POSTMARK = {
    "EMAIL_BACKEND": "anymail.backends.postmark.EmailBackend",
    "EMAIL_TRACKING": True,
    "ANYMAIL": {"POSTMARK_SERVER_TOKEN": "server-token", "WEBHOOK_SECRET": "hook:long-random-secret"},
}
GOOD_AUTH = "Basic aG9vazpsb25nLXJhbmRvbS1zZWNyZXQ="  # hook:long-random-secret


def bounce(message_id):
    return json.dumps(
        {
            "RecordType": "Bounce",
            "Type": "HardBounce",
            "MessageID": message_id,
            "Email": "erika@example.org",
            "BouncedAt": "2026-11-22T10:00:00Z",
            "Description": "The address does not exist",
            "Details": "",
            "Tag": "",
        }
    )


@pytest.fixture
def sent_email(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, form_page("kontakt", "de"), CONTACT)
    assert response.status_code == 302, response.content[:2000]
    email = OutgoingEmail.objects.filter(submission__citizen_email="erika@example.org").order_by("-pk").first()
    assert email and email.message_id and email.status == EmailStatus.SENT
    return email


@pytest.mark.parametrize("provider", ["mailgun", "postmark", "sendgrid", "amazon_ses", "mandrill"])
def test_unconfigured_providers_answer_404(client, provider):
    response = client.post(f"/anymail/{provider}/tracking/", "{}", content_type="application/json")
    assert response.status_code == 404


def test_a_forged_event_changes_nothing(client, sent_email):
    with override_settings(**POSTMARK):
        response = client.post("/anymail/postmark/tracking/", bounce(sent_email.message_id), content_type="application/json")
        assert response.status_code in (400, 401, 403)
        response = client.post(
            "/anymail/postmark/tracking/",
            bounce(sent_email.message_id),
            content_type="application/json",
            HTTP_AUTHORIZATION="Basic aG9vazp3cm9uZw==",  # hook:wrong
        )
        assert response.status_code in (400, 401, 403)
    sent_email.refresh_from_db()
    assert sent_email.status == EmailStatus.SENT


def test_the_configured_provider_with_its_secret_updates_the_state(client, sent_email):
    with override_settings(**POSTMARK):
        response = client.post(
            "/anymail/postmark/tracking/",
            bounce(sent_email.message_id),
            content_type="application/json",
            HTTP_AUTHORIZATION=GOOD_AUTH,
        )
    assert response.status_code == 200
    sent_email.refresh_from_db()
    assert sent_email.status == EmailStatus.BOUNCED


def test_other_providers_stay_closed_when_one_is_configured(client):
    with override_settings(**POSTMARK):
        response = client.post("/anymail/mailgun/tracking/", "{}", content_type="application/json")
        assert response.status_code == 404
        response = client.post("/anymail/postmark/inbound/", "{}", content_type="application/json")
        assert response.status_code == 404
