"""Data rights: the export holds exactly the citizen's own data; deleting the account keeps the
submissions still within their retention period, without the link, and deletes the rest; the
consent text and its version are kept with each submission."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import Citizen, CitizenSession, ConsentRecord, RequestLink
from accounts.records import change_status
from onlineforms.submissions import Submission
from tests.accounts.helpers import send_contact, signed_in_citizen

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_forms")]


def test_the_export_holds_exactly_the_citizens_own_data(client):
    signed_in_citizen(client, "erika@example.org", phone="0201 123")
    mine = send_contact(client)
    change_status(mine, "in_progress", "Wir prüfen das.")
    other = client.__class__()
    signed_in_citizen(other, "max@example.org", name="Max Meier")
    theirs = send_contact(other, email="max@example.org", name="Max Meier", nachricht="Geheime Frage von Max")
    anonymous = send_contact(client.__class__(), email="anon@example.org", name="Anna Anonym")

    response = client.get("/de/konto/daten.json")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["account"]["email"] == "erika@example.org"
    assert data["account"]["phone"] == "0201 123"
    assert [r["reference"] for r in data["requests"]] == [mine.reference]
    (request,) = data["requests"]
    assert request["answers"]["Vor- und Nachname"] == "Erika Mustermann"
    assert [s["status"] for s in request["status"]] == ["received", "in_progress"]
    assert request["status"][-1]["message"] == "Wir prüfen das."
    assert request["consents"][0]["text"].startswith("Ich willige ein")
    text = response.content.decode()
    for foreign in (theirs.reference, "Max Meier", "Geheime Frage", anonymous.reference, "Anna Anonym", "max@example.org"):
        assert foreign not in text
    page = client.get("/de/konto/daten/").content.decode()
    assert mine.reference in page and "Wir prüfen das." in page
    assert theirs.reference not in page and "Max Meier" not in page


def test_consent_text_and_version_are_kept_with_the_submission(client):
    submission = send_contact(client)
    (consent,) = ConsentRecord.objects.filter(submission=submission)
    assert consent.text.startswith("Ich willige ein")
    assert len(consent.version) == 16
    again = send_contact(client)
    assert ConsentRecord.objects.get(submission=again).version == consent.version  # the same text


def test_deleting_the_account_keeps_what_must_be_kept_unlinked(client):
    citizen = signed_in_citizen(client, "erika@example.org")
    recent = send_contact(client)
    old = send_contact(client)
    Submission.objects.filter(pk=old.pk).update(submit_time=timezone.now() - timedelta(days=400))  # beyond 180 days
    assert client.get("/de/konto/loeschen/").status_code == 200
    assert client.post("/de/konto/loeschen/", {}).status_code == 400  # the box must be ticked
    response = client.post("/de/konto/loeschen/", {"confirm": "on"})
    assert response.status_code == 302 and response["Location"] == "/de/konto/geloescht/"
    assert not Citizen.objects.filter(pk=citizen.pk).exists()
    assert not CitizenSession.objects.filter(citizen_id=citizen.pk).exists()
    assert not RequestLink.objects.filter(submission__in=[recent, old]).exists()
    assert Submission.objects.filter(pk=recent.pk).exists()  # the office keeps it for its period
    assert not Submission.objects.filter(pk=old.pk).exists()
    assert client.get("/de/konto/").status_code == 302


def test_a_citizen_edits_the_profile(client):
    citizen = signed_in_citizen(client, "erika@example.org")
    response = client.post(
        "/de/konto/profil/",
        {"name": "Erika M.", "street": "Lindenallee 5", "postcode": "45999", "city": "Lindenfeld", "phone": "", "language": "de"},
    )
    assert response.status_code == 302
    citizen.refresh_from_db()
    assert citizen.street == "Lindenallee 5"
    bad = client.post("/de/konto/profil/", {"name": "x", "postcode": "４５９９９", "language": "de"})
    assert bad.status_code == 400
