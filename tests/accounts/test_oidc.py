"""Signing in through a real OpenID Connect provider started for the tests (panva's oidc-provider):
the authorization code flow with PKCE, logout, tokens that must be refused, throttling."""

import base64
import json
import time
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
from django.test import Client

from accounts import oidc as oidc_client
from accounts.models import Citizen, CitizenSession
from tests.accounts.helpers import oidc_sign_in, start_oidc
from tests.accounts.provider import log_in_at_provider

pytestmark = pytest.mark.django_db


def test_sign_in_creates_a_citizen_account_not_a_staff_user(client, oidc, django_user_model):
    response = oidc_sign_in(client, "anna")
    assert response.status_code == 302
    assert response["Location"] == "/de/konto/"
    assert "no-store" in response["Cache-Control"]
    citizen = Citizen.objects.get(oidc_issuer=oidc, oidc_subject="anna")
    assert citizen.email == "anna@buerger.example" and citizen.email_verified
    assert citizen.name == "anna Muster"
    page = client.get("/de/konto/")
    assert page.status_code == 200
    assert "anna Muster" in page.content.decode()
    # Citizens are not users: no Django user, no Django session, no way into the admin.
    assert django_user_model.objects.count() == 0 or not django_user_model.objects.filter(email=citizen.email).exists()
    assert "sessionid" not in client.cookies
    assert client.get("/admin/").status_code == 302


def test_the_same_subject_signs_in_to_the_same_account(client, oidc):
    oidc_sign_in(client, "bert")
    client.cookies.clear()
    oidc_sign_in(client, "bert")
    assert Citizen.objects.filter(oidc_subject="bert").count() == 1
    assert CitizenSession.objects.filter(citizen__oidc_subject="bert").count() == 2


def test_sign_in_uses_pkce_state_and_nonce(client, oidc):
    query = parse_qs(urlsplit(start_oidc(client)).query)
    assert query["code_challenge_method"] == ["S256"] and query["code_challenge"]
    assert query["state"][0] and query["nonce"][0]
    assert query["client_id"] == ["stadtportal-test"]


def test_sign_out_ends_the_session_here_and_at_the_provider(client, oidc):
    oidc_sign_in(client, "carla")
    token = client.cookies["stadtportal_konto"].value
    response = client.post("/de/konto/abmelden/")
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(f"{oidc}/session/end")
    query = parse_qs(urlsplit(location).query)
    assert query["post_logout_redirect_uri"] == ["http://testserver/de/konto/abgemeldet/"]
    assert query["id_token_hint"][0].count(".") == 2
    assert not CitizenSession.objects.exists()
    # The old cookie is worth nothing now, even if someone kept a copy.
    client.cookies["stadtportal_konto"] = token
    assert client.get("/de/konto/")["Location"].startswith("/de/konto/anmelden/")
    # The provider accepts our logout request (it shows its own confirmation page).
    assert requests.get(location, timeout=10).status_code == 200


def test_sign_out_needs_post(client, oidc):
    oidc_sign_in(client, "dora")
    assert client.get("/de/konto/abmelden/").status_code == 405
    assert CitizenSession.objects.count() == 1


def callback_path(url):
    return url.removeprefix("http://testserver")


def test_a_changed_state_is_refused(client, oidc):
    back = log_in_at_provider(start_oidc(client), "emil")
    parts = urlsplit(back)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    query["state"] = "made-up"
    response = client.get(f"{parts.path}?{urlencode(query)}")
    assert response.status_code == 400
    assert not Citizen.objects.filter(method="oidc").exists()
    assert "stadtportal_konto" not in client.cookies or not client.cookies["stadtportal_konto"].value


def test_a_callback_from_another_browser_is_refused(client, oidc):
    """The flow cookie (state, nonce, PKCE verifier) is the browser's: a code sent to someone else is useless."""
    back = log_in_at_provider(start_oidc(client), "fritz")
    response = Client().get(callback_path(back))
    assert response.status_code == 400
    assert not Citizen.objects.filter(method="oidc").exists()


def test_a_code_is_used_once(client, oidc):
    back = log_in_at_provider(start_oidc(client), "gina")
    assert client.get(callback_path(back)).status_code == 302
    client.cookies.clear()
    assert client.get(callback_path(back)).status_code == 400
    assert CitizenSession.objects.count() == 1


def test_an_answer_naming_another_issuer_is_refused(client, oidc):
    back = log_in_at_provider(start_oidc(client), "hans")
    response = client.get(callback_path(back).replace("iss=", "iss=http%3A%2F%2Fevil.example&x="))
    assert response.status_code == 400
    assert not Citizen.objects.filter(method="oidc").exists()


def test_the_provider_reporting_an_error_signs_nobody_in(client, oidc):
    query = parse_qs(urlsplit(start_oidc(client)).query)
    response = client.get(f"/konto/oidc/callback/?error=access_denied&state={query['state'][0]}")
    assert response.status_code == 400
    assert "Anmeldung hat nicht geklappt" in response.content.decode() or "did not work" in response.content.decode()


def real_id_token(client):
    """An ID token the provider issued, and its nonce."""
    back = log_in_at_provider(start_oidc(client), "ida")
    client.get(callback_path(back))
    session = CitizenSession.objects.get(citizen__oidc_subject="ida")
    payload = session.id_token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return session.id_token, claims["nonce"]


def test_a_genuine_token_passes_the_check(client, oidc):
    token, nonce = real_id_token(client)
    assert oidc_client.verified_claims(token, nonce)["sub"] == "ida"


def test_a_token_with_a_broken_signature_is_refused(client, oidc):
    token, nonce = real_id_token(client)
    header, payload, signature = token.split(".")
    flipped = signature[:10] + ("A" if signature[10] != "A" else "B") + signature[11:]
    with pytest.raises(oidc_client.SignInFailed, match="signature"):
        oidc_client.verified_claims(f"{header}.{payload}.{flipped}", nonce)


def test_a_token_with_changed_claims_is_refused(client, oidc):
    token, nonce = real_id_token(client)
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["sub"] = "somebody-else"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    with pytest.raises(oidc_client.SignInFailed, match="signature"):
        oidc_client.verified_claims(f"{header}.{forged}.{signature}", nonce)


def test_an_expired_token_is_refused(client, oidc):
    token, nonce = real_id_token(client)
    with pytest.raises(oidc_client.SignInFailed, match="claims"):
        oidc_client.verified_claims(token, nonce, now=int(time.time()) + 3601)


def test_a_token_with_another_nonce_is_refused(client, oidc):
    token, _nonce = real_id_token(client)
    with pytest.raises(oidc_client.SignInFailed, match="claims"):
        oidc_client.verified_claims(token, "another-nonce")


def test_a_token_for_another_client_is_refused(client, oidc, settings):
    token, nonce = real_id_token(client)
    settings.ACCOUNTS_OIDC_CLIENT_ID = "another-client"
    with pytest.raises(oidc_client.SignInFailed, match="another client"):
        oidc_client.verified_claims(token, nonce)


def test_failed_callbacks_are_throttled(client, oidc, settings):
    settings.RATELIMITS = {**settings.RATELIMITS, "accounts_sign_in": "5/15m"}
    for _attempt in range(5):
        assert client.get("/konto/oidc/callback/?code=x&state=y").status_code == 400
    response = client.get("/konto/oidc/callback/?code=x&state=y")
    assert response.status_code == 429
    assert response["Retry-After"]
    # Even a genuine answer from the provider waits until the pause is over.
    back = log_in_at_provider(start_oidc(client), "jana")
    assert client.get(callback_path(back)).status_code == 429
    assert not Citizen.objects.filter(method="oidc").exists()


def test_without_configuration_there_is_no_oidc_sign_in(client, settings):
    settings.ACCOUNTS_OIDC_ISSUER = ""
    assert client.get("/de/konto/anmelden/dienstkonto/").status_code == 404
    assert client.get("/konto/oidc/callback/?code=x&state=y", follow=True).status_code == 404
    assert "dienstkonto" not in client.get("/de/konto/anmelden/").content.decode()
