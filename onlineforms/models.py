"""The pages of online forms, built with Wagtail's form builder: the list of forms, and form pages
whose fields are translatable and of a type from onlineforms.registry. A form page serves itself
(as Wagtail's forms do): it shows the form, stores a submission and shows the confirmation. What a
submission leaves behind lives in onlineforms/submissions.py."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.i18n import localized_page
from core.models import BasePage
from onlineforms import abuse, registry
from onlineforms.fields import MunicipalFormBuilder
from onlineforms.signals import SubmissionRefused
from onlineforms.submissions import (  # noqa: F401 (the app's models, registered by importing them here)
    OutgoingEmail,
    ReferenceCounter,
    Submission,
    SubmissionFile,
    sent_token,
    submission_for_token,
)
from onlineforms.submit import store_submission
from pagecache import tag

# Room for everything in a form's request body besides its files (text answers, the multipart
# boundaries and headers): generous, since DATA_UPLOAD_MAX_MEMORY_SIZE caps the text part anyway.
BODY_MARGIN_BYTES = 1024 * 1024


def content_length(request):
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


class FormIndexPage(BasePage):
    """The list of online forms ("Online-Dienste"); form pages live below it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["onlineforms.FormPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("online forms index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tag(f"children:{self.path}")  # pagecache: a form added or taken away
        context["forms"] = FormPage.objects.child_of(self).live().public().order_by("title")
        return context


class FormField(TranslatableMixin, AbstractFormField):
    """One field of a form page. Label, help text and choices are translated; the key
    (`clean_name`) and the type are shared, so answers in every language land under the same key."""

    page = ParentalKey("onlineforms.FormPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(_("field type"), max_length=16, choices=registry.choices)

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
    owner_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("owning department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_forms",
        help_text=_(
            "The department (Fachamt) that handles this form: its staff see the form's submissions and bookings."
        ),
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
        MultiFieldPanel([FieldPanel("owner_group")], heading=_("Responsibility")),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("thank_you_text"),
        TranslatableField("confirmation_text"),
        TranslatableField("form_fields"),
        SynchronizedField("office_email"),
        SynchronizedField("privacy_page"),
        SynchronizedField("retention_days"),
        SynchronizedField("max_upload_mb"),
        SynchronizedField("owner_group"),
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

    form_builder = MunicipalFormBuilder

    def get_form_class(self):
        return self.form_builder(self.get_form_fields(), page=self).get_form_class()

    def get_submission_class(self):
        return Submission

    def get_submissions_list_view_class(self):
        # Imported here, as Wagtail's AbstractForm does: admin views need every model loaded, and
        # this module is imported while Django loads them.
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The privacy page in the visitor's language: one query (wagtail's .localized takes two or three).
        context["privacy_page"] = localized_page(self.privacy_page_id)
        return context

    # --- serving: show the form, store a submission, confirm it -----------------------------

    def serve(self, request, *args, **kwargs):
        """GET shows the form (or, with ?sent=…, the confirmation); POST stores the submission and
        redirects to the confirmation, so reloading never sends twice. Never cached."""
        response = self.serve_form(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def serve_form(self, request, *args, **kwargs):
        if request.method == "GET" and request.GET.get("sent"):
            submission = submission_for_token(request.GET["sent"])
            if submission is None or submission.form_key != self.translation_key:
                return redirect(self.url)
            return self.render_landing_page(request, submission, *args, **kwargs)

        status = 200
        if request.method == "POST":
            # Before request.POST/FILES: decided from the headers (FormUploadLimitMiddleware does the
            # same before the CSRF check reads the body).
            if self.body_too_large(request):
                return self.too_large_response(request)
            if abuse.is_rate_limited(request):
                return self.rate_limited_response(request)
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if form.is_valid():
                # Counted first, then decided: of parallel requests only as many as allowed get through.
                if abuse.count_submission(request):
                    return self.rate_limited_response(request)
                try:
                    submission = self.process_form_submission(form, request=request)
                except SubmissionRefused as error:
                    form.renew_started(at=form.started_at)  # its token is used up; the time spent counts
                    form.add_error(error.field, error.message)
                else:
                    return redirect(f"{self.url}?sent={sent_token(submission)}")
            elif form.spam and abuse.count_submission(request):
                return self.rate_limited_response(request)
            status = 400
        else:
            form = self.get_form(page=self, user=request.user, initial=registry.initial_for(self, request))

        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form, request=None):
        """Store the submission (see onlineforms.submit); raises SubmissionRefused."""
        return store_submission(self, form, get_language(), request=request)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        response = super().render_landing_page(request, form_submission, *args, **kwargs)
        response.context_data["additions"] = (
            registry.render_additions("landing", form_submission, self, request=request) if form_submission else []
        )
        return response

    def rate_limited_response(self, request):
        context = self.get_context(request)
        context["page_title"] = gettext("Too many submissions")
        response = TemplateResponse(request, "onlineforms/rate_limited.html", context, status=429)
        response["Retry-After"] = str(abuse.retry_after())
        return response

    def body_limit(self):
        """The largest request body the form accepts: its largest upload per upload field, plus room
        for the other fields."""
        uploads = sum(1 for field in self.get_form_fields() if field.field_type == "upload")
        return uploads * (self.max_upload_mb or 10) * 1024 * 1024 + BODY_MARGIN_BYTES

    def body_too_large(self, request):
        """True when the request announces more than the form accepts. Reads only the headers."""
        return request.method == "POST" and content_length(request) > self.body_limit()

    def too_large_response(self, request):
        """413 with the form shown again (empty: the body was never read) and the limit explained."""
        context = self.get_context(request)
        context["form"] = self.get_form(page=self, user=request.user)
        context["form_error"] = gettext(
            "Your form was too large to be accepted: the files together may be at most %(limit)s MB. "
            "Please choose smaller files and fill in the form again."
        ) % {"limit": self.max_upload_mb or 10}
        response = TemplateResponse(request, self.get_template(request), context, status=413)
        add_never_cache_headers(response)
        return response

    def fields_by_key(self):
        return {field.clean_name: field for field in self.get_form_fields()}
