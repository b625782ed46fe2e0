"""Storing a submission: answers, files, reference number, what other apps do with it (the
submission_stored signal) and the e-mails to send, all in one
transaction. E-mails are queued only after it commits, so nothing is sent for a submission that was
not stored."""

from django.core.files import File
from django.db import transaction
from django.utils.translation import get_language

from core import throttle
from onlineforms import registry
from onlineforms.enums import EmailKind, EmailStatus
from onlineforms.fields import source_fields
from onlineforms.signals import submission_stored
from onlineforms.submissions import OutgoingEmail, ReferenceCounter, Submission, SubmissionFile
from onlineforms.tasks import enqueue_delivery


def first_value(fields, answers, kind):
    for key, field in fields.items():
        if field.field_type == kind and answers.get(key):
            return answers[key]
    return None


@transaction.atomic
def store_submission(page, form, language=None, request=None):
    """Store the submission, tell other apps (submission_stored, with the `request` it came in,
    if any), queue its e-mails. Raises onlineforms.signals.SubmissionRefused when a receiver refuses
    it; then nothing is stored."""
    language = language or get_language() or "de"
    fields = page.fields_by_key()
    sources = source_fields(page)
    answers = form.answers()
    data, uploads = {}, []
    for key, value in answers.items():
        field = fields.get(key)
        if field is None:
            continue
        if field.field_type == "upload":
            if value:
                uploads.append((key, value))
                data[key] = {"file": None, "name": value.name}
            else:
                data[key] = None
            continue
        data[key] = (
            None if value is None else registry.get(field.field_type).stored_value(field, value, sources.get(key))
        )

    email = first_value(fields, answers, "email") or ""
    submission = Submission.objects.create(
        form_data=data,
        page=page,
        form_key=page.translation_key,
        language=language,
        reference=ReferenceCounter.next_reference(),
        citizen_email=email,
    )
    for key, upload in uploads:
        stored = SubmissionFile(
            submission=submission,
            field_key=key,
            original_name=upload.name[:255],
            content_type=getattr(upload, "detected_type", "application/octet-stream"),
            size=upload.size,
        )
        stored.file.save(upload.name, File(upload), save=False)
        stored.save()
        data[key]["file"] = stored.pk
    if uploads:
        submission.form_data = data
        submission.save(update_fields=["form_data"])

    submission_stored.send(sender=type(page), submission=submission, page=page, answers=answers, request=request)
    queue_emails(submission, page)
    return submission


RECIPIENT_SCOPE = "email_recipient"


def normalised_address(address):
    return address.strip().lower()


def confirmation_allowed(address):
    """Count one confirmation to `address`; False when it is over settings.RATELIMITS["email_recipient"]
    (one address, however it is capitalised, gets at most that many, whoever sends the forms)."""
    return not throttle.hit(None, RECIPIENT_SCOPE, value=normalised_address(address))


def queue_emails(submission, page):
    """The confirmation (unless the address had too many) and the office's notification; each is
    handed to the task queue once the transaction commits. A suppressed confirmation is recorded,
    with the reason, and never sent."""
    emails = []
    if submission.citizen_email:
        confirmation = OutgoingEmail(submission=submission, kind=EmailKind.CONFIRMATION, to=submission.citizen_email)
        if not confirmation_allowed(submission.citizen_email):
            confirmation.status = EmailStatus.SUPPRESSED
            limit = throttle.rate(RECIPIENT_SCOPE)
            confirmation.last_error = f"Not sent: limit of confirmations to this address reached ({limit})."
        emails.append(confirmation)
    if page.office_email.strip():
        emails.append(OutgoingEmail(submission=submission, kind=EmailKind.NOTIFICATION, to=page.office_email.strip()))
    for email in emails:
        email.save()
        if email.status == EmailStatus.QUEUED:
            transaction.on_commit(lambda pk=email.pk: enqueue_delivery(pk))
    return emails
