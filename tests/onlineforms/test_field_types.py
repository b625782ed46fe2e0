"""onlineforms on its own: its field types come from its registry, a form without any other app's
field type works with no other app listening, and the submission_stored / submissions_purging
signals are the way other apps take part (a refusal rolls the submission back)."""

import ast
from pathlib import Path

import pytest
from django.core import mail

from onlineforms import registry, retention
from onlineforms.fields import OWN_TYPES
from onlineforms.models import FormField, OutgoingEmail, Submission
from onlineforms.signals import SubmissionRefused, submission_stored, submissions_purging
from tests.onlineforms.helpers import form_page, post
from tests.onlineforms.test_submissions import CONTACT_DE

pytestmark = pytest.mark.django_db

ONLINEFORMS = Path(__file__).resolve().parents[2] / "onlineforms"


@pytest.fixture
def onlineforms_alone(monkeypatch):
    """onlineforms as if no other app were installed: only its own field types, nobody listening."""
    monkeypatch.setattr(registry, "_types", {field_type.name: field_type for field_type in OWN_TYPES})
    for signal in (submission_stored, submissions_purging):
        monkeypatch.setattr(signal, "receivers", [])
        monkeypatch.setattr(signal, "sender_receivers_cache", {})


def test_onlineforms_imports_no_module_of_bookings():
    """The import-linter contract says the same for CI; this reads the source, no import needed."""
    for path in ONLINEFORMS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not [n for n in names if n.split(".")[0] == "bookings"], f"{path}:{node.lineno}"


def test_field_type_choices_are_the_registry(onlineforms_alone):
    names = [name for name, _label in FormField._meta.get_field("field_type").choices]
    assert names == [field_type.name for field_type in OWN_TYPES]
    assert {"singleline", "email", "dropdown", "date", "address", "upload", "consent"} <= set(names)


def test_a_form_without_foreign_field_types_works_with_onlineforms_alone(
    client, onlineforms_alone, django_capture_on_commit_callbacks
):
    page = form_page("kontakt", "de")
    assert client.get(page.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, page, CONTACT_DE)
    assert response.status_code == 302, response.content.decode()[:2000]
    submission = Submission.objects.get(citizen_email="erika@example.org")
    landing = client.get(response["Location"])
    assert landing.status_code == 200 and submission.reference in landing.content.decode()
    assert len(mail.outbox) == 2
    assert set(OutgoingEmail.objects.filter(submission=submission).values_list("status", flat=True)) == {"sent"}
    assert retention.purge(Submission.objects.filter(pk=submission.pk)) == 1
    assert not Submission.objects.filter(pk=submission.pk).exists()


def test_a_refusing_receiver_rolls_the_submission_back_and_shows_its_message(client, onlineforms_alone):
    calls = []

    def refuse(sender, submission, page, answers, **kwargs):
        calls.append((submission.reference, page.pk, answers["thema"]))
        raise SubmissionRefused("Not today, please.", field="thema")

    submission_stored.connect(refuse)
    page = form_page("kontakt", "de")
    before = Submission.objects.count(), OutgoingEmail.objects.count()
    response = post(client, page, CONTACT_DE)
    assert response.status_code == 400
    assert "Not today, please." in response.content.decode()
    assert len(calls) == 1 and calls[0][1:] == (page.pk, "Abfall")
    assert (Submission.objects.count(), OutgoingEmail.objects.count()) == before
    assert not mail.outbox


def test_purging_tells_the_receivers_first(client, onlineforms_alone):
    seen = []

    def note(sender, ids, **kwargs):
        seen.append((sender, list(ids), Submission.objects.filter(pk__in=ids).count()))

    submissions_purging.connect(note)
    assert post(client, form_page("kontakt", "de"), CONTACT_DE).status_code == 302
    submission = Submission.objects.get(citizen_email="erika@example.org")
    retention.purge(Submission.objects.filter(pk=submission.pk))
    assert seen == [(Submission, [submission.pk], 1)]  # told while the rows still exist
