"""The account's e-mails: the sign-in link and the news that a request's status changed, each in
the citizen's language. Sent by the task queue (accounts/tasks.py)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from accounts.models import RequestLink, StatusChange


def message(template, context, to, language, tag):
    with translation.override(language):
        rendered = render_to_string(template, context).strip()
    subject, _sep, body = rendered.partition("\n")
    email = EmailMessage(subject=subject.strip(), body=body.strip() + "\n", from_email=settings.DEFAULT_FROM_EMAIL, to=[to])
    email.tags = [tag]
    return email


def sign_in_message(email, url, language, minutes):
    return message(
        "accounts/emails/sign_in.txt", {"url": url, "minutes": minutes}, email, language, "accounts-sign-in"
    )


def status_recipient(submission):
    """(address, language) the news of a status change goes to: the account's verified address if
    the request is in an account, else the address given in the form; in the request's language."""
    link = RequestLink.objects.select_related("citizen").filter(submission=submission).first()
    citizen = link.citizen if link else None
    if citizen is not None and citizen.email and citizen.email_verified:
        return citizen.email, submission.language
    return submission.citizen_email, submission.language


def status_message(change_id, root, status_url):
    change = StatusChange.objects.select_related("submission", "submission__page").get(pk=change_id)
    submission = change.submission
    to, language = status_recipient(submission)
    if not to:
        return None
    page = submission.page.specific
    with translation.override(language):
        context = {
            "change": change,
            "status": change.get_status_display(),
            "submission": submission,
            "service": page.title,
            "url": root.rstrip("/") + status_url,
        }
    return message("accounts/emails/status_changed.txt", context, to, language, "accounts-status")
