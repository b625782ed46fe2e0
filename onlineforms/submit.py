"""Storing a submission: answers, files, reference number, pickup booking and the e-mails to send,
all in one transaction. E-mails are queued only after it commits, so nothing is sent for a
submission that was not stored."""

from decimal import Decimal

from django.core.files import File
from django.db import transaction
from django.utils.translation import get_language
from wagtail.models import Locale

from core import throttle
from onlineforms.enums import EmailKind, EmailStatus
from onlineforms.fields import format_address
from onlineforms.models import OutgoingEmail, ReferenceCounter, Submission, SubmissionFile

CHOICE_TYPES = {"dropdown", "radio", "checkboxes", "multiselect"}


def choice_list(field):
    """The choices an editor wrote for a field, as the form builder splits them."""
    from wagtail.contrib.forms.forms import _split_by_newline_or_comma

    return _split_by_newline_or_comma(field.choices or "")


def source_fields(page):
    """The form's fields in the default language, by key (for choices stored in one language)."""
    if page.locale.language_code == Locale.get_default().language_code:
        return page.fields_by_key()
    source = page.get_translation_or_none(Locale.get_default())
    return source.specific.fields_by_key() if source else page.fields_by_key()


def canonical_choice(field, source_field, value):
    """An English choice becomes the German one at the same position, so exports have one vocabulary."""
    if source_field is None:
        return value
    mine, theirs = choice_list(field), choice_list(source_field)
    mapping = dict(zip(mine, theirs, strict=False))
    if isinstance(value, list):
        return [mapping.get(v, v) for v in value]
    return mapping.get(value, value)


def stored_value(field, value, source_field):
    if value is None:
        return None
    kind = field.field_type
    if kind == "address":
        return format_address(value)
    if kind == "date":
        return value.isoformat()
    if kind == "pickup":
        day, pickup_kind = value
        return f"{day.isoformat()} {pickup_kind}"
    if kind in CHOICE_TYPES:
        return canonical_choice(field, source_field, value)
    if isinstance(value, Decimal):
        return str(value)
    return value


def first_value(fields, answers, kind, key_hint=None):
    for key, field in fields.items():
        if field.field_type == kind and answers.get(key) and (key_hint is None or key_hint in key):
            return answers[key]
    return None


@transaction.atomic
def store_submission(page, form, language=None):
    """Store the submission; book its pickup slot; queue its e-mails. Raises
    bookings.calendar.SlotUnavailable (with `.field`) if the slot was taken meanwhile."""
    from bookings import calendar

    language = language or get_language() or "de"
    fields = page.fields_by_key()
    sources = source_fields(page)
    answers = form.answers()
    data, uploads, pickups = {}, [], []
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
        if field.field_type == "pickup" and value:
            pickups.append((key, value))
        data[key] = stored_value(field, value, sources.get(key))

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

    name = first_value(fields, answers, "singleline", "name") or first_value(fields, answers, "singleline") or ""
    address = first_value(fields, answers, "address")
    items = first_value(fields, answers, "multiline") or ""
    for key, (day, kind) in pickups:
        try:
            calendar.book(
                day,
                kind,
                reference=submission.reference,
                submission=submission,
                name=name[:200],
                address=format_address(address)[:300] if address else "",
                items=items,
                language=language,
                email=email,
            )
        except calendar.SlotUnavailable as error:  # full day, or the household limit (BookingLimitReached)
            error.field = key
            raise

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
    from onlineforms.tasks import enqueue_delivery

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
