"""The account's background work (django-tasks; `manage.py db_worker` runs it)."""

from django.utils import timezone
from django_tasks import task

from accounts import emails
from accounts.links import status_url
from accounts.models import MeetingReminder, StatusChange
from onlineforms.emails import site_root


@task()
def send_sign_in_link(email, url, language, minutes):
    """The sign-in link to `email`. (The link's token is in this task's arguments until the worker
    has run it; it is worth nothing after `minutes`.)"""
    emails.sign_in_message(email, url, language, minutes).send()


@task()
def send_status_email(change_id):
    """Tell the citizen their request's status changed."""
    change = StatusChange.objects.select_related("submission", "submission__page").filter(pk=change_id).first()
    if change is None:
        return None
    submission = change.submission
    message = emails.status_message(change_id, site_root(submission.page.specific), status_url(submission))
    if message is not None:
        message.send()
    return bool(message)


@task()
def send_meeting_reminder(reminder_id):
    """The reminder before a meeting, once (a reminder already sent, or a meeting cancelled, moved
    without a new date or no longer public since it was queued, sends nothing)."""
    reminder = MeetingReminder.objects.select_related("citizen", "meeting").filter(pk=reminder_id).first()
    if reminder is None or reminder.sent_at is not None:
        return False
    message = emails.reminder_message(reminder)
    if message is None:
        return False
    message.send()
    MeetingReminder.objects.filter(pk=reminder.pk).update(sent_at=timezone.now())
    return True
