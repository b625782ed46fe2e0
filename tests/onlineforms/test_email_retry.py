"""The provider is down: the submission stays, the task retries (django-tasks database backend and
its real worker), and the e-mails go out once the provider answers. Tracking webhooks update the state."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from freezegun import freeze_time

from onlineforms.enums import EmailStatus
from onlineforms.models import OutgoingEmail, Submission
from tests.onlineforms.flaky_backend import FlakyBackend
from tests.onlineforms.helpers import form_page, post
from tests.onlineforms.test_submissions import CONTACT_DE
from tests.worker import DB_TASKS

pytestmark = pytest.mark.django_db

TASK = "onlineforms.tasks.deliver_email"


@pytest.fixture
def run_worker(db_worker):
    return db_worker


@override_settings(EMAIL_BACKEND="tests.onlineforms.flaky_backend.FlakyBackend", TASKS=DB_TASKS)
def test_provider_down_keeps_submission_and_retries_until_sent(client, django_capture_on_commit_callbacks, run_worker):
    from django_tasks_db.models import DBTaskResult

    FlakyBackend.down, FlakyBackend.calls = True, 0
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, form_page("kontakt", "de"), CONTACT_DE)
    assert response.status_code == 302
    submission = Submission.objects.get(citizen_email="erika@example.org")
    assert DBTaskResult.objects.filter(task_path=TASK, status="READY").count() == 2

    run_worker()
    emails = OutgoingEmail.objects.filter(submission=submission)
    assert FlakyBackend.calls == 2 and mail.outbox == []
    assert {(e.status, e.attempts) for e in emails} == {(EmailStatus.RETRYING, 1)}
    assert all("provider is down" in e.last_error for e in emails)
    # The retries wait in the queue for their time.
    assert DBTaskResult.objects.filter(task_path=TASK, status="READY", run_after__gt=timezone.now()).count() == 2
    run_worker()
    assert FlakyBackend.calls == 2

    FlakyBackend.down = False
    with freeze_time(timezone.now() + timedelta(minutes=2)):
        run_worker()
    assert len(mail.outbox) == 2
    assert {(e.status, e.attempts) for e in emails.all()} == {(EmailStatus.SENT, 2)}
    assert Submission.objects.filter(pk=submission.pk).exists()


@override_settings(EMAIL_BACKEND="tests.onlineforms.flaky_backend.FlakyBackend")
def test_without_a_deferring_backend_the_pending_command_retries(client, django_capture_on_commit_callbacks):
    FlakyBackend.down = True
    with django_capture_on_commit_callbacks(execute=True):
        post(client, form_page("kontakt", "de"), CONTACT_DE)
    assert set(
        OutgoingEmail.objects.filter(submission__citizen_email="erika@example.org").values_list("status", flat=True)
    ) == {EmailStatus.RETRYING}
    FlakyBackend.down = False
    call_command("send_pending_emails", verbosity=0)
    assert mail.outbox == []  # not due yet
    with freeze_time(timezone.now() + timedelta(minutes=2)):
        call_command("send_pending_emails", verbosity=0)
    assert len(mail.outbox) == 2
    assert set(
        OutgoingEmail.objects.filter(submission__citizen_email="erika@example.org").values_list("status", flat=True)
    ) == {EmailStatus.SENT}


# Tracking webhooks (only the configured provider, only with its secret): tests/security/test_tracking_webhooks.py
