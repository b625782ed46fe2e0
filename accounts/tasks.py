"""The account's background work (django-tasks; `manage.py db_worker` runs it)."""

from django_tasks import task

from accounts import emails
from accounts.links import status_url
from accounts.models import StatusChange
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
