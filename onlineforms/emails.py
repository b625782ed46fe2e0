"""The e-mails about a submission: the confirmation in the citizen's language and the office's
notification in German. Sending goes through Django's mail API, i.e. django-anymail in production."""

from datetime import timedelta

from anymail.signals import tracking
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from onlineforms import registry
from onlineforms.enums import EmailKind, EmailStatus
from onlineforms.fields import source_fields
from onlineforms.submissions import OutgoingEmail

# Minutes to wait before attempt n+1 after attempt n failed.
BACKOFF_MINUTES = [1, 5, 15, 60, 180, 360, 720]
MAX_ATTEMPTS = len(BACKOFF_MINUTES) + 1
DONE_STATUSES = {EmailStatus.SENT, EmailStatus.DELIVERED, EmailStatus.OPENED, EmailStatus.BOUNCED, EmailStatus.REJECTED}
NOT_SENT_STATUSES = {EmailStatus.FAILED, EmailStatus.SUPPRESSED}


def site_root(page):
    site = page.get_site()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL


def confirmation_facts(submission, page):
    """[(label, value)] for the confirmation e-mail, in the order and language of `page`: what each
    field's type lets the confirmation repeat (FieldType.confirmation_fact: answers the form itself
    defines, such as choices from its own list, yes/no and dates; everything typed freely stays out,
    so the city's address cannot be used to send someone else a text of the sender's choosing).
    Labels are the form's own (written by editors)."""
    sources = source_fields(page)
    types = {field_type.name: field_type for field_type in registry.types_of(page)}
    facts = []
    for field in page.get_form_fields():
        field_type = types.get(field.field_type)
        if field_type is None or field.clean_name not in submission.form_data:
            continue
        value = field_type.confirmation_fact(
            field, submission.form_data[field.clean_name], sources.get(field.clean_name)
        )
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
        context = {
            "submission": submission,
            "page": shown_page,
            "additions": registry.render_additions(email.kind, submission, shown_page, root),
        }
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
    status = TRACKING_STATUS.get(event.event_type)
    if status and event.message_id:
        OutgoingEmail.objects.filter(message_id=event.message_id).update(status=status, updated_at=timezone.now())


tracking.connect(handle_tracking, dispatch_uid="onlineforms_email_tracking")
