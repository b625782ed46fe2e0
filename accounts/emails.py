"""The account's e-mails: the sign-in link and the news that a request's status changed, each in
the citizen's language. Sent by the task queue (accounts/tasks.py)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation

from accounts.models import RequestLink, StatusChange
from council.enums import MeetingState
from council.models import Meeting, calendar_page, local_tz, schedule
from onlineforms.emails import site_root


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


def reminder_message(reminder):
    """The reminder before a meeting, in the citizen's language, with the livestream link; None when
    the meeting is no longer one to go to (cancelled, moved without a new date, not public) or the
    account has no confirmed address."""
    citizen = reminder.citizen
    meeting = Meeting.objects.published().filter(pk=reminder.meeting_id).first()
    if meeting is None or meeting.state == MeetingState.CANCELLED or (meeting.is_moved and not meeting.has_new_date):
        return None
    if not (citizen.email and citizen.email_verified):
        return None
    language = citizen.language
    with translation.override(language):
        (localized,) = schedule.localize_meetings([meeting])
        page = calendar_page(language)
        root = (site_root(page) if page else settings.WAGTAILADMIN_BASE_URL).rstrip("/")
        start = timezone.localtime(localized.held_start, local_tz())
        context = {
            "meeting": localized,
            "when": formats.date_format(start, "DATETIME_FORMAT"),
            "place": localized.location.one_line() if localized.location else "",
            "url": root + localized.get_absolute_url(),
            "calendar_url": root + reverse("accounts:calendar"),
        }
    return message("accounts/emails/meeting_reminder.txt", context, citizen.email, language, "accounts-reminder")
