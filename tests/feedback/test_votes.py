"""Votes from the public pages: stored per page across languages, refused when forged or too many."""

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import translation

from feedback import tokens
from feedback.models import Vote
from tests.feedback.conftest import give_feedback, widget_of

pytestmark = pytest.mark.django_db


def test_german_and_english_votes_count_for_one_service(client, town):
    german = town.service("hund")
    english = town.service("hund", "en")
    assert german.translation_key == english.translation_key

    assert give_feedback(client, german, "yes", "192.0.2.1").status_code == 303
    assert give_feedback(client, english, "no", "192.0.2.2").status_code == 303
    assert give_feedback(client, english, "yes", "192.0.2.3").status_code == 303

    votes = Vote.objects.filter(translation_key=german.translation_key)
    assert votes.count() == 3
    assert sorted(v.locale.language_code for v in votes) == ["de", "en", "en"]
    assert [v.helpful for v in votes.order_by("created_at", "pk")] == [True, False, True]
    assert not Vote.objects.exclude(translation_key=german.translation_key).exists()


def test_lebenslage_pages_take_feedback_and_other_pages_do_not(client, town):
    assert widget_of(client.get(town.lebenslage("umzug").url))
    assert widget_of(client.get(town.lebenslage("umzug", "en").url))
    assert widget_of(client.get("/de/")) is None
    assert widget_of(client.get("/de/leistungen/")) is None
    assert give_feedback(client, town.lebenslage("umzug", "en"), "yes").status_code == 303
    assert Vote.objects.get().translation_key == town.lebenslage("umzug").translation_key


def test_the_widget_speaks_the_page_language(client, town):
    german = client.get(town.service("hund").url).content.decode()
    english = client.get(town.service("hund", "en").url).content.decode()
    assert "War diese Seite hilfreich?" in german and 'action="/de/_feedback/"' in german
    assert "Was this page helpful?" in english and 'action="/en/_feedback/"' in english


def test_after_the_vote_a_comment_can_be_added_once(client, town):
    page = town.service("gewerbe", "en")
    response = give_feedback(client, page, "no")
    assert response.status_code == 303
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert thanks["Cache-Control"].startswith("private") or "no-store" in thanks["Cache-Control"]
    body = thanks.content.decode()
    assert "What was missing or unclear?" in body
    token = tokens.vote_token(Vote.objects.get())
    sent = client.post(reverse("feedback:comment"), {"vote": token, "comment": "  The fee is missing.  "})
    assert sent.status_code == 303
    assert Vote.objects.get().comment == "The fee is missing."
    assert "We have received your comment" in client.get(sent["Location"]).content.decode()

    again = client.post(reverse("feedback:comment"), {"vote": token, "comment": "Spam"})
    assert again.status_code == 400
    assert "already received a comment" in again.content.decode()
    assert Vote.objects.get().comment == "The fee is missing."


def test_the_comment_is_never_shown_on_the_public_pages(client, town):
    page = town.service("fundsachen")
    give_feedback(client, page, "no")
    Vote.objects.update(comment="Geheimer Hinweis 4711")
    for url in (page.url, town.service("fundsachen", "en").url, "/de/leistungen/"):
        assert "Geheimer Hinweis 4711" not in client.get(url).content.decode()
    thanks = client.get(reverse("feedback:thanks", args=[tokens.vote_token(Vote.objects.get())]))
    assert "Geheimer Hinweis 4711" not in thanks.content.decode()


@pytest.mark.parametrize(
    "token",
    ["", "12", "12:forged", signing.Signer(salt="other").sign("12")],
    ids=["absent", "unsigned", "forged", "other-salt"],
)
def test_forged_or_absent_page_reference_is_refused(client, town, token):
    response = client.post("/en/_feedback/", {"page": token, "helpful": "yes"})
    assert response.status_code == 400
    assert "does not belong to a page of this website" in response.content.decode()
    assert not Vote.objects.exists()


def test_reference_to_a_page_without_feedback_or_unpublished_is_refused(client, town):
    home = town.home
    assert client.post("/de/_feedback/", {"page": tokens.page_token(home), "helpful": "yes"}).status_code == 400
    page = town.service("hund")
    page.unpublish()
    assert client.post("/de/_feedback/", {"page": tokens.page_token(page), "helpful": "yes"}).status_code == 400
    assert not Vote.objects.exists()


def test_answer_must_be_yes_or_no(client, town):
    page = town.service("hund")
    with translation.override("de"):
        response = client.post("/de/_feedback/", {"page": tokens.page_token(page), "helpful": "maybe"})
    assert response.status_code == 400
    assert "Bitte wählen Sie" in response.content.decode()
    assert not Vote.objects.exists()


def test_get_on_the_endpoint_is_not_allowed(client, town):
    assert client.get("/de/_feedback/").status_code == 405


def test_oversize_comment_gets_a_clear_message_and_keeps_the_text(client, town, settings):
    settings.FEEDBACK_COMMENT_MAX_LENGTH = 50
    give_feedback(client, town.service("hund", "en"), "no")
    token = tokens.vote_token(Vote.objects.get())
    response = client.post("/en/_feedback/comment/", {"vote": token, "comment": "x" * 60})
    assert response.status_code == 400
    body = response.content.decode()
    assert "60 characters long; please shorten it to 50 characters" in body
    assert "x" * 60 in body  # kept for the visitor to shorten
    assert Vote.objects.get().comment == ""


def test_oversize_request_body_is_refused(client, town):
    page = town.service("hund")
    response = client.post(
        "/de/_feedback/", {"page": tokens.page_token(page), "helpful": "yes", "filler": "x" * 20000}
    )
    assert response.status_code == 413
    assert not Vote.objects.exists()


def test_forged_or_expired_vote_reference_for_a_comment(client, town, settings):
    give_feedback(client, town.service("hund"), "yes")
    assert client.post("/de/_feedback/comment/", {"vote": "1:forged", "comment": "Hallo"}).status_code == 400
    settings.FEEDBACK_COMMENT_WINDOW = -1
    token = tokens.vote_token(Vote.objects.get())
    assert client.post("/de/_feedback/comment/", {"vote": token, "comment": "Hallo"}).status_code == 400
    assert client.get(f"/de/_feedback/thanks/{token}/").status_code == 404
    assert Vote.objects.get().comment == ""


def test_honeypot_stores_nothing(client, town):
    response = give_feedback(client, town.service("hund"), "yes", homepage="http://spam.example")
    assert response.status_code == 303
    assert response["Location"].endswith("#feedback")
    assert not Vote.objects.exists()


def test_rate_limit_per_client(client, town, settings):
    settings.RATELIMITS = {**settings.RATELIMITS, "feedback": "2/h"}
    page = town.service("hund")
    token = tokens.page_token(page)
    for _ in range(2):
        assert client.post("/de/_feedback/", {"page": token, "helpful": "yes"}, REMOTE_ADDR="198.51.100.7").status_code == 303
    limited = client.post("/de/_feedback/", {"page": token, "helpful": "yes"}, REMOTE_ADDR="198.51.100.7")
    assert limited.status_code == 429
    assert limited["Retry-After"]
    # Another client is not limited.
    assert client.post("/de/_feedback/", {"page": token, "helpful": "yes"}, REMOTE_ADDR="198.51.100.8").status_code == 303
    assert Vote.objects.count() == 3


def test_one_client_cannot_flood_one_page(client, town, settings):
    settings.RATELIMITS = {**settings.RATELIMITS, "feedback_page": "2/d"}
    german, english = town.service("hund"), town.service("hund", "en")
    assert give_feedback(client, german, "no", "203.0.113.5").status_code == 303
    assert give_feedback(client, english, "no", "203.0.113.5").status_code == 303
    assert give_feedback(client, german, "no", "203.0.113.5").status_code == 429
    assert give_feedback(client, town.service("gewerbe"), "no", "203.0.113.5").status_code == 303
    assert Vote.objects.count() == 3


def test_no_cookie_and_no_address_stored(client, town):
    page = town.service("hund")
    shown = client.get(page.url)
    assert "Set-Cookie" not in shown
    assert "csrfmiddlewaretoken" not in shown.content.decode().split('id="feedback"')[1]
    response = give_feedback(client, page, "no", "192.0.2.99")
    assert not response.cookies
    thanks = client.get(response["Location"])
    assert not thanks.cookies
    sent = client.post("/de/_feedback/comment/", {"vote": tokens.vote_token(Vote.objects.get()), "comment": "Gut"})
    assert not sent.cookies
    assert not client.cookies
    vote = Vote.objects.values().get()
    assert "192.0.2.99" not in str(vote)
