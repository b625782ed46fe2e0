"""Signing in the way a citizen does, and sending forms while signed in."""

from datetime import timedelta

from django.conf import settings
from django.test import TestCase
from django.utils import timezone

from accounts.enums import SignInMethod
from accounts.models import Citizen, CitizenSession, new_token, token_digest
from tests.accounts.provider import log_in_at_provider
from tests.onlineforms.helpers import form_page, post

CONTACT_DE = {
    "name": "Erika Mustermann",
    "email": "erika@example.org",
    "thema": "Abfall",
    "nachricht": "Wann kommt die Tonne?",
    "einwilligung": "on",
}
CONTACT_EN = {
    "name": "John Smith",
    "email": "john@example.org",
    "thema": "Waste",
    "nachricht": "When is the bin collected?",
    "einwilligung": "on",
}


def start_oidc(client, language="de", next_url=None):
    url = f"/{language}/konto/anmelden/dienstkonto/" + (f"?next={next_url}" if next_url else "")
    response = client.get(url)
    assert response.status_code == 302, response.content[:500]
    return response["Location"]


def oidc_sign_in(client, login, language="de"):
    """The whole authorization code flow: our start, the provider's login page, our callback."""
    back = log_in_at_provider(start_oidc(client, language), login)
    assert back.startswith("http://testserver/konto/oidc/callback/"), back
    return client.get(back.removeprefix("http://testserver"))


def signed_in_citizen(client, email, name="Erika Mustermann", **fields):
    """A citizen with a verified address and a session cookie in `client` (for tests about what
    comes after signing in; signing in itself is tested through the real flows)."""
    citizen, _created = Citizen.objects.get_or_create(
        method=SignInMethod.EMAIL, email=email, defaults={"email_verified": True, "name": name, **fields}
    )
    token = new_token()
    CitizenSession.objects.create(
        citizen=citizen, digest=token_digest(token), expires_at=timezone.now() + timedelta(hours=1)
    )
    client.cookies[settings.ACCOUNTS_COOKIE_NAME] = token
    return citizen


def committed():
    """Run what the block queues with transaction.on_commit (the test's transaction never commits)."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def send_contact(client, language="de", **changes):
    data = {**(CONTACT_DE if language == "de" else CONTACT_EN), **changes}
    page = form_page("kontakt" if language == "de" else "contact", language)
    with committed():
        response = post(client, page, data)
    assert response.status_code == 302, response.content[:2000]
    from onlineforms.submissions import Submission

    return Submission.objects.order_by("-pk").first()
