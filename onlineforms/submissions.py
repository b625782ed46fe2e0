"""What a submission leaves behind: the stored answers with their reference number, the uploaded
files and the e-mails about it. The pages (onlineforms/models.py) build on these; e-mails and tasks
use them without the pages."""

import uuid

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import AbstractFormSubmission

from onlineforms.enums import EmailKind, EmailStatus, SubmissionStatus
from onlineforms.storage import private_storage

SENT_SALT = "onlineforms.sent"


class ReferenceCounter(models.Model):
    """The last reference number handed out in a year; one row per year, incremented in place."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    value = models.PositiveIntegerField(default=0)

    @classmethod
    def next_reference(cls, year=None):
        """SP-2026-000123. Race-safe: the UPDATE locks the year's row until the transaction ends."""
        year = year or timezone.localdate().year
        with transaction.atomic():
            if not cls.objects.filter(year=year).update(value=F("value") + 1):
                try:
                    with transaction.atomic():
                        cls.objects.create(year=year, value=1)
                except IntegrityError:
                    cls.objects.filter(year=year).update(value=F("value") + 1)
            value = cls.objects.values_list("value", flat=True).get(year=year)
        return f"{settings.FORM_REFERENCE_PREFIX}-{year}-{value:06d}"


class Submission(AbstractFormSubmission):
    """One submitted form. `page` is the page in the language the citizen used; `form_key` (the
    translation key) groups the languages of one form."""

    reference = models.CharField(_("reference"), max_length=20, unique=True)
    form_key = models.UUIDField(_("form"), db_index=True, default=uuid.uuid4)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="de")
    status = models.CharField(
        _("status"), max_length=12, choices=SubmissionStatus.choices, default=SubmissionStatus.NEW
    )
    staff_note = models.TextField(_("internal note"), blank=True)
    citizen_email = models.EmailField(_("citizen's e-mail"), blank=True)

    class Meta:
        verbose_name = _("form submission")
        verbose_name_plural = _("form submissions")
        ordering = ["-submit_time"]

    def __str__(self):
        return self.reference

    def get_data(self):
        data = {key: self.display_value(key) for key in self.form_data}
        return {
            **data,
            "reference": self.reference,
            "submit_time": self.submit_time,
            "language": self.get_language_display(),
            "status": self.get_status_display(),
        }

    def display_value(self, key):
        value = self.form_data.get(key)
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, dict) and "file" in value:
            return value.get("name", "")
        if value is True:
            return _("yes")
        if value is False:
            return _("no")
        return "" if value is None else str(value)

    def answers(self, page=None):
        """[(label, value)] in the order and the language of `page` (default: the page used)."""
        page = page or self.page.specific
        fields = page.get_form_fields()
        return [
            (field.label, self.display_value(field.clean_name))
            for field in fields
            if field.clean_name in self.form_data and field.field_type != "consent"
        ]

    @property
    def form_title(self):
        return self.page.title


def upload_path(instance, filename):
    return f"submissions/{instance.submission.submit_time:%Y/%m}/{uuid.uuid4().hex}"


class SubmissionFile(models.Model):
    """An uploaded file, kept in private storage (never below MEDIA_ROOT) and served only to staff."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="files")
    field_key = models.CharField(_("field"), max_length=255)
    file = models.FileField(_("file"), storage=private_storage, upload_to=upload_path, max_length=300)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))

    class Meta:
        verbose_name = _("uploaded file")
        verbose_name_plural = _("uploaded files")

    def __str__(self):
        return self.original_name


class OutgoingEmail(models.Model):
    """One e-mail about a submission, with its delivery state (updated by retries and the provider's webhooks)."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="emails")
    kind = models.CharField(_("kind"), max_length=16, choices=EmailKind.choices)
    to = models.CharField(_("to"), max_length=500)
    status = models.CharField(_("status"), max_length=12, choices=EmailStatus.choices, default=EmailStatus.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    message_id = models.CharField(_("provider message id"), max_length=255, blank=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        ordering = ["submission", "kind"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.to}"


def _delete_stored_file(sender, instance, **kwargs):
    """A deleted upload leaves nothing behind in private storage."""
    if instance.file and instance.file.name:
        name, storage = instance.file.name, instance.file.storage
        transaction.on_commit(lambda: storage.delete(name))


models.signals.post_delete.connect(_delete_stored_file, sender=SubmissionFile, dispatch_uid="onlineforms_delete_file")


def sent_token(submission):
    """A signed token naming `submission`, for the link to the page shown after sending."""
    return signing.dumps(submission.pk, salt=SENT_SALT)


def submission_for_token(token):
    """The submission a sent_token() names, if the token is genuine and at most a day old."""
    try:
        pk = signing.loads(token, salt=SENT_SALT, max_age=24 * 3600)
    except signing.BadSignature:
        return None
    return Submission.objects.filter(pk=pk).first()
