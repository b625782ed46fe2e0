"""Background tasks (django-tasks; the database backend's `manage.py db_worker` runs them)."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task, task_backends

from onlineforms.emails import deliver
from onlineforms.enums import EmailStatus
from onlineforms.submissions import OutgoingEmail


@task()
def deliver_email(email_id):
    """Send one e-mail about a submission. A failure is recorded, the retry scheduled, and the
    error raised again so the worker shows the failed attempt."""
    try:
        return deliver(email_id)
    except Exception:
        schedule_retry(email_id)
        raise


def backend_defers():
    return task_backends[DEFAULT_TASK_BACKEND_ALIAS].supports_defer


def enqueue_delivery(email_id):
    deliver_email.enqueue(email_id)


def schedule_retry(email_id):
    """With a backend that can defer (the database backend), queue the next attempt for its time.
    Otherwise `manage.py send_pending_emails` (cron) picks it up."""
    email = OutgoingEmail.objects.filter(pk=email_id, status=EmailStatus.RETRYING).first()
    if email and email.next_attempt_at and backend_defers():
        deliver_email.using(run_after=max(email.next_attempt_at, timezone.now())).enqueue(email_id)


def due_emails(now=None):
    now = now or timezone.now()
    return OutgoingEmail.objects.filter(
        Q(status=EmailStatus.RETRYING, next_attempt_at__lte=now)
        | Q(status=EmailStatus.QUEUED, updated_at__lte=now - timedelta(minutes=10))
    )
