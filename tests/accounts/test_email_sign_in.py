"""Signing in with a link by e-mail (for towns without a service account): the same answer for
every address, a link that works once and for a short time, sent through the real task worker."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from freezegun import freeze_time

from accounts.enums import SignInMethod
from accounts.models import Citizen, CitizenSession, SignInLink
from tests.accounts.helpers import committed

pytestmark = pytest.mark.django_db


def ask_for_link(client, email, language="de"):
    with committed():
        return client.post(f"/{language}/konto/anmelden/", {"email": email})


def link_path(message):
    return re.search(r"http://testserver(/(?:de|en)/konto/anmelden/link/[^/\s]+/)", message.body).group(1)


def visible_text(response):
    body = response.content.decode()
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", body)


def test_the_answer_is_the_same_for_known_and_unknown_addresses(client):
    Citizen.objects.create(method=SignInMethod.EMAIL, email="bekannt@example.org", email_verified=True)
    known = ask_for_link(client, "bekannt@example.org")
    unknown = ask_for_link(client, "unbekannt@example.org")
    assert known.status_code == unknown.status_code == 200
    assert visible_text(known) == visible_text(unknown)
    assert "Falls diese Adresse genutzt werden kann" in visible_text(known) or "If this address" in visible_text(known)


def test_the_link_is_sent_by_the_task_worker_in_the_visitors_language(client, db_worker):
    ask_for_link(client, "neu@example.org", "en")
    assert mail.outbox == []  # queued for the worker
    db_worker()
    (message,) = mail.outbox
    assert message.to == ["neu@example.org"]
    assert message.subject == "Your sign-in link"
    assert "/en/konto/anmelden/link/" in message.body
    # Only the digest of the link's token is stored.
    token = link_path(message).rstrip("/").rsplit("/", 1)[1]
    assert not SignInLink.objects.filter(digest=token).exists()


def test_opening_the_link_signs_in_only_after_the_button(client):
    ask_for_link(client, "neu@example.org")
    path = link_path(mail.outbox[-1])
    page = client.get(path)  # a mail scanner opening the link
    assert page.status_code == 200
    assert not CitizenSession.objects.exists()
    response = client.post(path)
    assert response.status_code == 302 and response["Location"] == "/de/konto/"
    citizen = Citizen.objects.get(email="neu@example.org")
    assert citizen.email_verified and citizen.method == SignInMethod.EMAIL
    assert client.get("/de/konto/").status_code == 200


def test_a_link_works_once(client):
    ask_for_link(client, "neu@example.org")
    path = link_path(mail.outbox[-1])
    assert client.post(path).status_code == 302
    other = client.__class__()
    assert other.post(path).status_code == 404
    assert other.get(path).status_code == 404
    assert CitizenSession.objects.count() == 1


def test_a_link_expires(client, settings):
    ask_for_link(client, "neu@example.org")
    path = link_path(mail.outbox[-1])
    with freeze_time(timezone.now() + timedelta(minutes=settings.ACCOUNTS_LINK_MINUTES + 1)):
        assert client.post(path).status_code == 404
    assert not CitizenSession.objects.exists()


def test_a_made_up_link_is_refused_and_counted(client, settings):
    settings.RATELIMITS = {**settings.RATELIMITS, "accounts_sign_in": "3/15m"}
    for _attempt in range(3):
        assert client.get("/de/konto/anmelden/link/made-up-token/").status_code == 404
    assert client.get("/de/konto/anmelden/link/made-up-token/").status_code == 429


def test_asking_for_links_is_throttled_per_client_and_per_address(client, settings):
    settings.RATELIMITS = {**settings.RATELIMITS, "accounts_email": "3/h", "email_recipient": "2/d"}
    for n in range(3):
        assert ask_for_link(client, "viel@example.org").status_code == 200, n
    assert SignInLink.objects.filter(email="viel@example.org").count() == 2  # the address's limit
    assert ask_for_link(client, "anders@example.org").status_code == 429  # the client's limit


def test_a_bad_address_gets_a_clear_message(client):
    response = ask_for_link(client, "keine adresse")
    assert response.status_code == 400
    assert "E-Mail-Adresse" in response.content.decode()


def test_next_stays_on_this_site(client):
    response = client.post("/de/konto/anmelden/", {"email": "neu@example.org", "next": "https://evil.example/"})
    assert response.status_code == 200
    assert SignInLink.objects.get().next_url == "/de/konto/"
