"""The e-mails about a submission: the confirmation in the citizen's language and the office's
notification in German. Sending goes through Django's mail API, i.e. django-anymail in production."""

from datetime import date, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from onlineforms.enums import EmailKind, EmailStatus
from onlineforms.submit import choice_list, source_fields

# Minutes to wait before attempt n+1 after attempt n failed.
BACKOFF_MINUTES = [1, 5, 15, 60, 180, 360, 720]
MAX_ATTEMPTS = len(BACKOFF_MINUTES) + 1
DONE_STATUSES = {EmailStatus.SENT, EmailStatus.DELIVERED, EmailStatus.OPENED, EmailStatus.BOUNCED, EmailStatus.REJECTED}
NOT_SENT_STATUSES = {EmailStatus.FAILED, EmailStatus.SUPPRESSED}

# What a confirmation to an unverified address may repeat: answers the form itself defines
# (choices from its own list, yes/no, dates). Everything typed freely (single-line, multi-line,
# address, e-mail, number, file names) stays out, so the city's address cannot be used to send
# someone else a text of the sender's choosing. The pickup is shown from its booking.
CHOICE_FIELD_TYPES = {"dropdown", "radio", "checkboxes", "multiselect"}
YES_NO_FIELD_TYPES = {"checkbox", "consent"}
CONFIRMATION_FIELD_TYPES = CHOICE_FIELD_TYPES | YES_NO_FIELD_TYPES | {"date"}


def site_root(page):
    site = page.get_site()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL


def booking_context(submission, root):
    """Per booking: the manage link, and while it waits for confirmation the signed confirmation
    link and how many hours it is held."""
    from bookings.links import confirm_url, manage_url

    return [
        {
            "booking": booking,
            "manage_url": root + manage_url(booking, submission.language),
            "confirm_url": root + confirm_url(booking, submission.language) if booking.is_reserved else "",
            "confirm_hours": booking.hold_hours,
        }
        for booking in submission.bookings.all()
    ]


def _fact(field, source_field, value):
    """The answer to `field` as the confirmation shows it, or None when it is not one of the
    form's own facts. Choices are stored in the default language; shown in the page's."""
    kind = field.field_type
    if kind in YES_NO_FIELD_TYPES:
        return _("yes") if value is True else _("no") if value is False else None
    if kind == "date":
        try:
            return formats.date_format(date.fromisoformat(value), "DATE_FORMAT")
        except (TypeError, ValueError):
            return None
    if kind in CHOICE_FIELD_TYPES:
        stored, shown = choice_list(source_field or field), choice_list(field)
        mapping = dict(zip(stored, shown, strict=False))
        values = value if isinstance(value, list) else [value]
        if not values or any(v not in mapping for v in values):
            return None  # not from the list (data from elsewhere): leave it out
        return ", ".join(mapping[v] for v in values)
    return None


def confirmation_facts(submission, page):
    """[(label, value)] for the confirmation e-mail: only CONFIRMATION_FIELD_TYPES, in the order
    and language of `page`. Labels are the form's own (written by editors)."""
    sources = source_fields(page)
    facts = []
    for field in page.get_form_fields():
        if field.field_type not in CONFIRMATION_FIELD_TYPES or field.clean_name not in submission.form_data:
            continue
        value = _fact(field, sources.get(field.clean_name), submission.form_data[field.clean_name])
        if value is not None:
            facts.append((field.label, value))
    return facts


def build_message(email):
    submission = email.submission
    page = submission.page.specific
    root = site_root(page)
    if email.kind == EmailKind.CONFIRMATION:
        language = submission.language
        shown_page = page
        template = "onlineforms/emails/confirmation.txt"
        reply_to = [a.strip() for a in page.office_email.split(",") if a.strip()][:1]
    else:
        language = settings.LANGUAGE_CODE
        default = Locale.get_default()
        shown_page = (page.get_translation_or_none(default) or page).specific
        template = "onlineforms/emails/notification.txt"
        reply_to = [submission.citizen_email] if submission.citizen_email else []
    with translation.override(language):
        context = {"submission": submission, "page": shown_page, "bookings": booking_context(submission, root)}
        if email.kind == EmailKind.CONFIRMATION:
            context["facts"] = confirmation_facts(submission, shown_page)
        else:
            context["answers"] = submission.answers(shown_page)
            context["files"] = list(submission.files.all())
            context["admin_url"] = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
                "onlineforms_submission:inspect", args=[submission.pk]
            )
        rendered = render_to_string(template, context).strip()
    subject, _sep, body = rendered.partition("\n")
    message = EmailMessage(
        subject=subject.strip(),
        body=body.strip() + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[a.strip() for a in email.to.split(",") if a.strip()],
        reply_to=reply_to,
    )
    message.tags = [f"onlineforms-{email.kind}"]
    message.metadata = {"reference": submission.reference}
    return message


def deliver(email_id):
    """Send one e-mail; on failure record it and schedule the next attempt. Returns the status."""
    from onlineforms.models import OutgoingEmail

    email = OutgoingEmail.objects.select_related("submission", "submission__page").filter(pk=email_id).first()
    if email is None or email.status in DONE_STATUSES or email.status in NOT_SENT_STATUSES:
        return email.status if email else None
    message = build_message(email)
    email.attempts += 1
    try:
        message.send()
    except Exception as error:  # any provider error: the submission stays, the e-mail waits
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        if email.attempts >= MAX_ATTEMPTS:
            email.status, email.next_attempt_at = EmailStatus.FAILED, None
        else:
            email.status = EmailStatus.RETRYING
            email.next_attempt_at = timezone.now() + timedelta(minutes=BACKOFF_MINUTES[email.attempts - 1])
        email.save(update_fields=["attempts", "status", "next_attempt_at", "last_error", "updated_at"])
        raise
    status = getattr(message, "anymail_status", None)
    message_id = status.message_id if status is not None else None
    if isinstance(message_id, set):  # one id per recipient: keep one, tracking events name it
        message_id = sorted(map(str, message_id))[0] if message_id else None
    email.message_id = "" if message_id is None else str(message_id)[:255]
    email.status, email.next_attempt_at, email.last_error = EmailStatus.SENT, None, ""
    email.save(update_fields=["attempts", "status", "next_attempt_at", "last_error", "message_id", "updated_at"])
    return email.status


TRACKING_STATUS = {
    "delivered": EmailStatus.DELIVERED,
    "bounced": EmailStatus.BOUNCED,
    "rejected": EmailStatus.REJECTED,
    "failed": EmailStatus.FAILED,
    "opened": EmailStatus.OPENED,
    "clicked": EmailStatus.OPENED,
}


def handle_tracking(sender, event, esp_name, **kwargs):
    """anymail `tracking` signal: keep each e-mail's delivery state for staff."""
    from onlineforms.models import OutgoingEmail

    status = TRACKING_STATUS.get(event.event_type)
    if status and event.message_id:
        OutgoingEmail.objects.filter(message_id=event.message_id).update(status=status, updated_at=timezone.now())
