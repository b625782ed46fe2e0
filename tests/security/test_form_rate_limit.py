"""Security issue 9, finding 4 (the forms part): the form rate limit was kept per process and read
a header anyone can send. Now it counts in the shared cache (core.throttle, scope "forms") by the
client address as core.throttle.client_ip sees it behind settings.TRUSTED_PROXIES only."""

import pytest
from django.db import connection
from django.test import Client, override_settings

from onlineforms.models import Submission
from tests.concurrency import in_thread, run_together
from tests.onlineforms.helpers import de, form_page, post
from tests.onlineforms.test_submissions import CONTACT_DE as CONTACT

pytestmark = pytest.mark.django_db

TWO_PER_HOUR = {"forms": "2/h", "email_recipient": None}


def send(client=None, **extra):
    return post(client or Client(), form_page("kontakt", "de"), CONTACT, **extra)


@override_settings(RATELIMITS={"forms": "10/h", "email_recipient": None})
def test_the_eleventh_submission_within_the_hour_gets_429():
    for _ in range(10):
        assert send(REMOTE_ADDR="198.51.100.7").status_code == 302
    response = send(REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    assert de("Too many submissions") in response.content.decode()
    assert Submission.objects.filter(citizen_email="erika@example.org").count() == 10
    assert send(REMOTE_ADDR="198.51.100.8").status_code == 302


@override_settings(RATELIMITS=TWO_PER_HOUR, TRUSTED_PROXIES=[])
def test_a_spoofed_forwarded_for_from_an_untrusted_address_gets_no_fresh_bucket():
    for n in range(2):
        assert send(REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code == 302
    for header in ("203.0.113.99", "10.0.0.1, 203.0.113.100", ""):
        response = send(REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR=header, HTTP_X_REAL_IP="203.0.113.101")
        assert response.status_code == 429
    assert Submission.objects.filter(citizen_email="erika@example.org").count() == 2


@override_settings(RATELIMITS=TWO_PER_HOUR, TRUSTED_PROXIES=["127.0.0.1/32"])
def test_behind_a_trusted_proxy_the_rightmost_address_counts_and_a_forged_one_is_ignored():
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    for _ in range(2):
        assert send(HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code == 302
    # The client writes whatever it likes on the left; the proxy appends the address it saw.
    assert send(HTTP_X_FORWARDED_FOR="198.18.0.1, 203.0.113.5", **proxy).status_code == 429
    assert send(HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code == 429
    # Another client behind the same proxy has its own bucket.
    assert send(HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy).status_code == 302
    assert send(HTTP_X_FORWARDED_FOR="198.18.0.1, 203.0.113.9", **proxy).status_code == 302
    assert send(HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy).status_code == 429


@override_settings(RATELIMITS=TWO_PER_HOUR)
def test_spam_counts_too():
    page = form_page("kontakt", "de")
    for _ in range(2):
        assert (
            post(Client(), page, {**CONTACT, "homepage": "http://spam.example"}, REMOTE_ADDR="198.51.100.9").status_code
            == 400
        )
    assert send(REMOTE_ADDR="198.51.100.9").status_code == 429


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="parallel writers need PostgreSQL")
@override_settings(RATELIMITS={"forms": "3/h", "email_recipient": None})
def test_parallel_submissions_do_not_slip_past_the_limit():
    """Eight requests from one address at the same moment, each with its own connection and
    committed transaction: exactly three are stored."""
    page = form_page("kontakt", "de")
    def citizen(n):
        client = Client(REMOTE_ADDR="198.51.100.77")
        return post(client, page, {**CONTACT, "email": f"parallel{n}@example.org"}).status_code

    statuses = run_together(citizen, 8)

    def stored_and_cleanup():
        try:
            return Submission.objects.filter(citizen_email__startswith="parallel").count()
        finally:
            Submission.objects.filter(citizen_email__startswith="parallel").delete()

    stored = in_thread(stored_and_cleanup)
    assert sorted(statuses) == [302] * 3 + [429] * 5
    assert stored == 3
