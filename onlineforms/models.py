"""Online forms built with Wagtail's form builder: translatable fields with stable keys, stored
submissions with reference numbers, private uploads and the e-mails sent about them."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField, AbstractFormSubmission
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage
from onlineforms.enums import FIELD_TYPE_CHOICES, EmailKind, EmailStatus, SubmissionStatus
from onlineforms.storage import private_storage

REFERENCE_PREFIX = "SP"


class FormIndexPage(BasePage):
    """The list of online forms ("Online-Dienste"); form pages live below it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["onlineforms.FormPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("online forms index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["forms"] = FormPage.objects.child_of(self).live().public().order_by("title")
        return context


class FormField(TranslatableMixin, AbstractFormField):
    """One field of a form page. Label, help text and choices are translated; the key
    (`clean_name`) and the type are shared, so answers in every language land under the same key."""

    page = ParentalKey("onlineforms.FormPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(_("field type"), max_length=16, choices=FIELD_TYPE_CHOICES)

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class FormPage(BasePage, AbstractForm):
    """A form citizens fill in online. Submissions of every language are stored together."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("What the form is for and what to have ready."))
    thank_you_text = models.TextField(
        _("text after sending"), blank=True, help_text=_("What happens next. The reference number is shown above it.")
    )
    confirmation_text = models.TextField(
        _("text of the confirmation e-mail"),
        blank=True,
        help_text=_(
            "Opening of the e-mail to the citizen. The reference number, the date and the choices made"
            " follow; what the citizen typed in is not repeated (the address is not verified)."
        ),
    )
    office_email = models.CharField(
        _("office e-mail addresses"),
        max_length=500,
        blank=True,
        help_text=_("Who is told about each submission; separate several addresses with commas."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the consent checkbox."),
    )
    retention_days = models.PositiveIntegerField(
        _("retention in days"),
        default=180,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_("Submissions older than this are deleted by `manage.py purge_submissions --delete`."),
    )
    max_upload_mb = models.PositiveSmallIntegerField(
        _("largest upload in MB"), default=10, validators=[MinValueValidator(1), MaxValueValidator(50)]
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
    ]
    settings_panels = BasePage.settings_panels + [
        MultiFieldPanel(
            [FieldPanel("office_email"), FieldPanel("confirmation_text")],
            heading=_("E-mails"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("privacy_page"),
                FieldRowPanel([FieldPanel("retention_days"), FieldPanel("max_upload_mb")]),
            ],
            heading=_("Data protection"),
        ),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("listing_summary"),
        TranslatableField("intro"),
        TranslatableField("thank_you_text"),
        TranslatableField("confirmation_text"),
        TranslatableField("form_fields"),
        SynchronizedField("office_email"),
        SynchronizedField("privacy_page"),
        SynchronizedField("retention_days"),
        SynchronizedField("max_upload_mb"),
        SynchronizedField("show_in_menus"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["onlineforms.FormIndexPage"]
    subpage_types = []
    template = "onlineforms/form_page.html"
    landing_page_template = "onlineforms/form_page_landing.html"

    class Meta:
        verbose_name = _("form page")
        verbose_name_plural = _("form pages")

    # --- the form builder ----------------------------------------------------------------

    @property
    def form_builder(self):
        from onlineforms.fields import MunicipalFormBuilder

        return MunicipalFormBuilder

    def get_form_class(self):
        return self.form_builder(self.get_form_fields(), page=self).get_form_class()

    def get_submission_class(self):
        return Submission

    def get_submissions_list_view_class(self):
        from onlineforms.admin_views import FormSubmissionsListView

        return FormSubmissionsListView

    def get_submissions(self):
        """Submissions of this form in every language."""
        return Submission.objects.filter(form_key=self.translation_key)

    def get_data_fields(self):
        return [
            ("reference", _("Reference")),
            ("submit_time", _("Submission date")),
            ("language", _("Language")),
            ("status", _("Status")),
            *[(field.clean_name, field.label) for field in self.get_form_fields()],
        ]

    def get_form_fields(self):
        return self.form_fields.all()

    def serve(self, request, *args, **kwargs):
        from onlineforms.views import serve_form_page

        return serve_form_page(self, request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["privacy_page"] = self.privacy_page.localized if self.privacy_page_id else None
        return context

    def fields_by_key(self):
        return {field.clean_name: field for field in self.get_form_fields()}


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
        return f"{REFERENCE_PREFIX}-{year}-{value:06d}"


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
