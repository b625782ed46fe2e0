"""purge_accounts: expired citizen sessions and sign-in links go, live ones stay; reminder rows stay
until their meeting is long over (so a meeting is never reminded of twice)."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.enums import SignInMethod
from accounts.models import Citizen, CitizenSession, MeetingReminder, SignInLink, new_token, token_digest
from tests.accounts.helpers import signed_in_citizen
from tests.council.helpers import committee, meeting

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def session(citizen, expires_in):
    return CitizenSession.objects.create(
        citizen=citizen, digest=token_digest(new_token()), expires_at=timezone.now() + expires_in
    )


def link(expires_in, used=False):
    return SignInLink.objects.create(
        email="erika@example.org",
        digest=token_digest(new_token()),
        expires_at=timezone.now() + expires_in,
        used_at=timezone.now() if used else None,
    )


def test_purge_accounts_deletes_what_has_run_out(client):
    citizen = Citizen.objects.create(method=SignInMethod.EMAIL, email="erika@example.org", email_verified=True)
    old_session, live_session = session(citizen, -timedelta(minutes=1)), session(citizen, timedelta(hours=1))
    old_link, used_old_link, live_link = link(-timedelta(minutes=1)), link(-timedelta(hours=2), used=True), link(timedelta(minutes=10))
    building = committee("Bauausschuss Aufräumtest", "Building committee purge test", short="BA")
    long_over = meeting([building], "Alte Sitzung", "Old meeting", start=timezone.now() - timedelta(days=40))
    recent = meeting([building], "Neue Sitzung", "Recent meeting", start=timezone.now() - timedelta(days=2))
    ahead = meeting([building], "Kommende Sitzung", "Coming meeting", start=timezone.now() + timedelta(hours=2))
    for item in (long_over, recent, ahead):
        MeetingReminder.objects.create(citizen=citizen, meeting=item, sent_at=timezone.now())

    out = StringIO()
    call_command("purge_accounts", stdout=out)
    assert "Deleted 1 expired session(s), 2 sign-in link(s), 1 old reminder(s)." in out.getvalue()
    assert list(CitizenSession.objects.all()) == [live_session]
    assert list(SignInLink.objects.all()) == [live_link]
    assert set(MeetingReminder.objects.values_list("meeting", flat=True)) == {recent.pk, ahead.pk}
    assert not CitizenSession.objects.filter(pk=old_session.pk).exists()
    assert not SignInLink.objects.filter(pk__in=[old_link.pk, used_old_link.pk]).exists()

    call_command("purge_accounts", stdout=out)  # nothing more to do
    assert "Deleted 0 expired session(s), 0 sign-in link(s), 0 old reminder(s)." in out.getvalue()


def test_a_live_session_still_signs_in_after_the_purge(client):
    signed_in_citizen(client, "erika@example.org")
    call_command("purge_accounts", stdout=StringIO())
    assert client.get("/de/konto/").status_code == 200
