"""Services (Leistungen) described after the FIM/XZuFi standard, their offices and the A–Z index."""

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models.signals import post_delete
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import facts
from core.blocks import RICH_TEXT_FEATURES, VideoBlock
from core.fields import ComposedStreamField
from core.i18n import hreflang_alternates, localize_all
from core.models import BasePage
from core.sitecache import tree_memo
from pagecache import expires_on, tag
from services import offices as office_addresses
from services import opening_hours
from services.a_to_z import build_index, german_sort_key
from services.enums import Audience, DigitalGap, FeeKind, OzgLevel, ServiceStatus, Weekday
from services.forms import ServicePageForm
from services.structured_data import government_office, government_service
from services.topics import service_topics

leika_validator = RegexValidator(
    r"^\d{14}$", _("A LeiKa key has exactly 14 digits, e.g. 99115001000000."), code="invalid_leika"
)


class OpeningHoursBlock(blocks.StructBlock):
    weekday = blocks.ChoiceBlock(choices=Weekday.choices, label=_("Weekday"))
    opens = blocks.TimeBlock(label=_("Opens"))
    closes = blocks.TimeBlock(label=_("Closes"))

    class Meta:
        icon = "time"
        label = _("Opening hours")

    def clean(self, value):
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if value["opens"] and value["closes"] and value["opens"] >= value["closes"]:
            raise StructBlockValidationError(
                block_errors={"closes": ValidationError(_("The closing time must be after the opening time."))}
            )
        return value


class ClosureBlock(blocks.StructBlock):
    start = blocks.DateBlock(label=_("From"))
    end = blocks.DateBlock(label=_("Until (inclusive)"))
    reason = blocks.CharBlock(label=_("Reason"), max_length=200)

    class Meta:
        icon = "date"
        label = _("Special closure")

    def clean(self, value):
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if value["start"] and value["end"] and value["end"] < value["start"]:
            raise StructBlockValidationError(
                block_errors={"end": ValidationError(_("The end date must not be before the start date."))}
            )
        return value


class OfficeQuerySet(models.QuerySet):
    def public(self):
        """What visitors may see: published offices (a new office is a draft until approved)."""
        return self.filter(live=True)


class Office(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A responsible office (Zuständige Stelle). Translatable snippet: name, department,
    accessibility and closure reasons are translated; address and hours are shared.

    With drafts, revisions, locking and Wagtail's snippet workflow: a department's change is a
    draft until the Redaktion approves it (docs/editorial.md). The row holds what is published;
    the public site shows live offices only (`Office.objects.filter(live=True)`)."""

    name = models.CharField(_("name"), max_length=200)
    department = models.CharField(_("department"), max_length=200, blank=True)
    owner_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("owning department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_offices",
        help_text=_("The department (Fachamt) whose editors keep this office up to date."),
    )
    slug = models.SlugField(
        _("web address"),
        max_length=office_addresses.SLUG_MAX_LENGTH,
        blank=True,
        help_text=_(
            "The last part of the office's web address, e.g. buergerbuero. Leave empty to make it from the name."
        ),
    )
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(
        _("postcode"), max_length=5, validators=[RegexValidator(r"^\d{5}$", _("A German postcode has five digits."))]
    )
    city = models.CharField(_("town"), max_length=100)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    map_url = models.URLField(
        _("map link"),
        blank=True,
        help_text=_("A link to the location on a map (e.g. OpenStreetMap). Maps are linked, never embedded."),
    )
    accessibility = models.TextField(
        _("accessibility of the building"),
        blank=True,
        help_text=_("Step-free access, lift, accessible toilet, induction loop, parking."),
    )
    opening_hours = StreamField(
        [("hours", OpeningHoursBlock())],
        verbose_name=_("opening hours"),
        blank=True,
        help_text=_("One entry per time range; a day may have several."),
    )
    closures = StreamField([("closure", ClosureBlock())], verbose_name=_("special closures"), blank=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="office")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="office",
        for_concrete_model=False,
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("department"), FieldPanel("slug"), FieldPanel("owner_group")],
            heading=_("Name"),
        ),
        MultiFieldPanel(
            [FieldPanel("street"), FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]), FieldPanel("map_url")],
            heading=_("Address"),
        ),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], heading=_("Contact")),
        FieldPanel("opening_hours"),
        FieldPanel("closures"),
        FieldPanel("accessibility"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("department"),
        TranslatableField("slug"),
        TranslatableField("accessibility"),
        TranslatableField("closures"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("map_url"),
        SynchronizedField("opening_hours"),
        SynchronizedField("owner_group"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("department"),
        index.SearchField("street"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
    ]

    objects = OfficeQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="services_office_slug_unique_per_locale"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Always a valid, unique address, also for rows the admin form never saw: a translation
        # saved by wagtail-localize (whose slug is whatever the translator typed), an import.
        self.slug = office_addresses.unique_slug(
            office_addresses.office_slug(self.slug or self.name), self._slug_taken
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return self.get_url()

    def _slug_taken(self, slug):
        return Office.objects.filter(locale_id=self.locale_id, slug=slug).exclude(pk=self.pk).exists()

    def clean(self):
        super().clean()
        if self.slug and self.locale_id and self._slug_taken(office_addresses.office_slug(self.slug)):
            raise ValidationError({"slug": _("Another office in this language already has this web address.")})

    # --- the office's own page (a sub-page of the office directory in its language) --------------

    def directory_page(self):
        return office_addresses.directory_page(self.locale_id)

    def get_url(self, request=None):
        """The office's page in its own language; "" while that language has no office directory."""
        page = self.directory_page()
        if page is None:
            return ""
        return page.get_url(request) + page.reverse_subpage("office", kwargs={"slug": self.slug})

    def get_full_url(self, request=None):
        page = self.directory_page()
        if page is None:
            return ""
        return page.get_full_url(request) + page.reverse_subpage("office", kwargs={"slug": self.slug})

    @property
    def url(self):
        return self.get_url()

    def services(self):
        """The live, public services in the office's language that name it among their responsible
        offices (a translation may point at the office in the source language), A–Z."""
        pages = (
            ServicePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, responsible_offices__office__translation_key=self.translation_key)
            .distinct()
            .only("id", "title", "url_path", "teaser", "locale_id", "translation_key")
        )
        tag(ServicePage)  # pagecache: the office's list of services
        return sorted(pages, key=lambda page: german_sort_key(page.title))

    def hour_ranges(self):
        return [
            opening_hours.Range(int(b.value["weekday"]), b.value["opens"], b.value["closes"])
            for b in self.opening_hours
            if b.value["opens"] and b.value["closes"]
        ]

    def closure_list(self):
        return [opening_hours.Closure(b.value["start"], b.value["end"], b.value["reason"]) for b in self.closures]

    def state(self, now=None):
        return opening_hours.state_at(self.hour_ranges(), self.closure_list(), now)

    def week(self):
        """[(weekday label, [ranges])] Monday to Sunday, for the opening-hours table."""
        ranges = self.hour_ranges()
        return [
            (label, sorted((r for r in ranges if r.weekday == value), key=lambda r: r.opens))
            for value, label in Weekday.choices
        ]

    def upcoming_closures(self, today=None):
        today = today or timezone.localdate()
        return [c for c in self.closure_list() if c.end >= today]


class ServiceOffice(Orderable):
    page = ParentalKey("services.ServicePage", related_name="responsible_offices", on_delete=models.CASCADE)
    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="+", verbose_name=_("office"))

    panels = [FieldPanel("office")]

    class Meta(Orderable.Meta):
        verbose_name = _("responsible office")


class LegalBasisBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=250, help_text=_("E.g. § 9 Personalausweisgesetz (PAuswG)"))
    url = blocks.URLBlock(label=_("Link"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Legal basis")


class ServicePage(BasePage):
    """One service of the administration, described so completely that nobody needs to phone."""

    # Identity
    official_name = models.CharField(_("official name"), max_length=255, blank=True)
    leika_key = models.CharField(
        _("LeiKa key"),
        max_length=14,
        blank=True,
        validators=[leika_validator],
        help_text=_("The 14-digit key of the federal service catalogue (Leistungskatalog)."),
    )
    teaser = models.TextField(
        _("teaser"),
        max_length=250,
        help_text=_("One sentence: what the service is for. Shown in lists, search results and on Lebenslage pages."),
    )
    audience = models.CharField(_("audience"), max_length=12, choices=Audience.choices, default=Audience.CITIZENS)
    search_terms = models.TextField(
        _("search terms"),
        blank=True,
        help_text=_("Words citizens use, comma-separated (e.g. Perso, ummelden). Not shown on the page."),
    )

    # Substance
    description = RichTextField(_("description"), features=["h2", "h3", *RICH_TEXT_FEATURES], blank=True)
    requirements = RichTextField(_("requirements"), features=RICH_TEXT_FEATURES, blank=True)
    required_documents = StreamField(
        [("document", blocks.CharBlock(label=_("Document"), max_length=300))],
        verbose_name=_("required documents"),
        blank=True,
    )
    procedure = StreamField(
        [("step", blocks.TextBlock(label=_("Step")))],
        verbose_name=_("procedure"),
        blank=True,
        help_text=_("The steps in order; they are numbered on the page."),
    )
    fee_kind = models.CharField(_("fees"), max_length=10, choices=FeeKind.choices)
    fee_amount = models.DecimalField(
        _("amount in EUR"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("For a fixed amount, or the lowest amount of a range."),
    )
    fee_amount_max = models.DecimalField(
        _("highest amount in EUR"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    fee_note = models.TextField(_("note on fees"), blank=True)
    processing_time = models.CharField(_("processing time"), max_length=255, blank=True)
    deadlines = models.TextField(_("deadlines"), blank=True)
    legal_basis = StreamField([("law", LegalBasisBlock())], verbose_name=_("legal basis"), blank=True)
    notes = RichTextField(_("notes"), features=RICH_TEXT_FEATURES, blank=True)

    # Access
    start_text = models.CharField(
        _("start button text"),
        max_length=80,
        blank=True,
        help_text=_("E.g. 'Apply online'. Leave empty for the default."),
    )
    start_url = models.URLField(_("online service address"), blank=True)
    start_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("form page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Choose a form page of this site instead of an external address."),
    )
    ozg_level = models.PositiveSmallIntegerField(_("OZG maturity level"), choices=OzgLevel.choices, default=0)
    other_ways = models.TextField(_("other ways to apply"), blank=True)
    appointment_url = models.URLField(_("appointment booking"), blank=True)

    # Help
    help = ComposedStreamField(
        "service_body",
        verbose_name=_("help: videos, questions, downloads"),
        blank=True,
    )

    # Governance
    status = models.CharField(_("status"), max_length=12, choices=ServiceStatus.choices, default=ServiceStatus.NORMAL)
    status_reason = models.TextField(
        _("reason"), blank=True, help_text=_("Shown prominently while the status applies.")
    )
    status_from = models.DateField(_("from"), null=True, blank=True)
    status_until = models.DateField(_("until"), null=True, blank=True)
    owner_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("owning department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_services",
        help_text=_("The department (Fachamt) responsible for this service's content and its reviews."),
    )

    # Digitalisation facts (the public digitalisation report, see docs/digitalisation.md). An own
    # form page as start page already counts as online application with automatic confirmation.
    audience_clubs = models.BooleanField(
        _("also for clubs and associations"),
        default=False,
        help_text=_("Tick if clubs and associations (Vereine) use this service as well."),
    )
    digital_confirmation = models.BooleanField(
        _("automatic confirmation"),
        default=False,
        help_text=_("The external online service confirms each application automatically (own form pages always do)."),
    )
    digital_processing = models.BooleanField(
        _("processed without retyping"),
        default=False,
        help_text=_("Applications reach the office's software directly; nobody types them in again."),
    )
    digital_payment = models.BooleanField(
        _("fee payable online"),
        default=False,
        help_text=_("Where a fee applies, it can be paid online."),
    )
    digital_gap = models.CharField(
        _("why not fully digital"),
        max_length=16,
        choices=DigitalGap.choices,
        default=DigitalGap.NONE,
        blank=True,
        help_text=_("A reason given here marks the service as not fully digital in the report."),
    )
    digital_outside_body = models.CharField(
        _("outside body"),
        max_length=120,
        blank=True,
        help_text=_("Which body is needed, e.g. Kreis, Stadtwerke, a Kita provider."),
    )
    digital_target_date = models.DateField(
        _("target date"), null=True, blank=True, help_text=_("When the service is to be fully digital.")
    )

    base_form_class = ServicePageForm

    identity_panels = [
        FieldPanel("title", heading=_("Citizen-facing title")),
        FieldPanel("teaser"),
        FieldPanel("official_name"),
        FieldRowPanel([FieldPanel("leika_key"), FieldPanel("audience")]),
        FieldPanel("search_terms"),
    ]
    substance_panels = [
        FieldPanel("description"),
        FieldPanel("requirements"),
        FieldPanel("required_documents"),
        FieldPanel("procedure"),
        MultiFieldPanel(
            [
                FieldPanel("fee_kind"),
                FieldRowPanel([FieldPanel("fee_amount"), FieldPanel("fee_amount_max")]),
                FieldPanel("fee_note"),
            ],
            heading=_("Fees"),
        ),
        FieldPanel("processing_time"),
        FieldPanel("deadlines"),
        FieldPanel("legal_basis"),
        FieldPanel("notes"),
    ]
    access_panels = [
        MultiFieldPanel(
            [FieldPanel("start_text"), FieldPanel("start_url"), PageChooserPanel("start_page")],
            heading=_("Start button"),
        ),
        FieldPanel("ozg_level"),
        FieldPanel("appointment_url"),
        FieldPanel("other_ways"),
        InlinePanel("responsible_offices", heading=_("Responsible offices"), label=_("office"), min_num=0),
    ]
    help_panels = [
        FieldPanel("help"),
        InlinePanel("related_services", heading=_("Related services"), label=_("service")),
    ]
    governance_panels = [
        MultiFieldPanel(
            [FieldPanel("owner_group")],
            heading=_("Ownership"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("status_reason"),
                FieldRowPanel([FieldPanel("status_from"), FieldPanel("status_until")]),
            ],
            heading=_("Service status"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("audience_clubs"),
                FieldRowPanel(
                    [
                        FieldPanel("digital_confirmation"),
                        FieldPanel("digital_processing"),
                        FieldPanel("digital_payment"),
                    ]
                ),
                FieldRowPanel([FieldPanel("digital_gap"), FieldPanel("digital_outside_body")]),
                FieldPanel("digital_target_date"),
            ],
            heading=_("Digitalisation"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(identity_panels, heading=_("Identity")),
            ObjectList(substance_panels, heading=_("What and how")),
            ObjectList(access_panels, heading=_("Access and responsibility")),
            ObjectList(help_panels, heading=_("Help")),
            ObjectList(governance_panels, heading=_("Status")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("official_name"),
        TranslatableField("teaser"),
        TranslatableField("search_terms"),
        TranslatableField("description"),
        TranslatableField("requirements"),
        TranslatableField("required_documents"),
        TranslatableField("procedure"),
        TranslatableField("fee_note"),
        TranslatableField("processing_time"),
        TranslatableField("deadlines"),
        TranslatableField("legal_basis"),
        TranslatableField("notes"),
        TranslatableField("start_text"),
        TranslatableField("other_ways"),
        TranslatableField("help"),
        TranslatableField("status_reason"),
        SynchronizedField("leika_key"),
        SynchronizedField("audience"),
        SynchronizedField("fee_kind"),
        SynchronizedField("fee_amount"),
        SynchronizedField("fee_amount_max"),
        SynchronizedField("start_url"),
        SynchronizedField("start_page"),
        SynchronizedField("ozg_level"),
        SynchronizedField("appointment_url"),
        SynchronizedField("status"),
        SynchronizedField("status_from"),
        SynchronizedField("status_until"),
        SynchronizedField("owner_group"),
        SynchronizedField("audience_clubs"),
        SynchronizedField("digital_confirmation"),
        SynchronizedField("digital_processing"),
        SynchronizedField("digital_payment"),
        SynchronizedField("digital_gap"),
        SynchronizedField("digital_outside_body"),
        SynchronizedField("digital_target_date"),
        SynchronizedField("responsible_offices"),
        SynchronizedField("related_services"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("search_terms"),
        index.SearchField("official_name"),
        index.AutocompleteField("search_terms"),
        index.AutocompleteField("official_name"),
        index.SearchField("description"),
        index.SearchField("requirements"),
        index.SearchField("procedure"),
        index.FilterField("audience"),
        index.FilterField("status"),
    ]

    parent_page_types = ["services.ServiceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def clean(self):
        super().clean()
        errors = {}
        if self.fee_kind == FeeKind.FIXED and not self.fee_amount:
            errors["fee_amount"] = _("Enter the amount for a fixed fee (choose 'Free of charge' if there is none).")
        if self.fee_kind == FeeKind.RANGE:
            if self.fee_amount is None:
                errors["fee_amount"] = _("Enter the lowest amount of the range.")
            if self.fee_amount_max is None:
                errors["fee_amount_max"] = _("Enter the highest amount of the range.")
            elif self.fee_amount is not None and self.fee_amount_max <= self.fee_amount:
                errors["fee_amount_max"] = _("The highest amount must be more than the lowest.")
        if self.fee_kind == FeeKind.VARIES and not self.fee_note.strip():
            errors["fee_note"] = _("Explain what the fee depends on.")
        # A translation shows the source's reason until the translator writes it (status_reason_shown);
        # the source itself must give one.
        reason = self.status_reason if self.pk is None or facts.is_source(self) else self.status_reason_shown[0]
        if self.status != ServiceStatus.NORMAL and not reason.strip():
            errors["status_reason"] = _("Tell citizens why the service is restricted or suspended.")
        if self.status_from and self.status_until and self.status_until < self.status_from:
            errors["status_until"] = _("The end date must not be before the start date.")
        if self.digital_gap == DigitalGap.OUTSIDE_BODY and not self.digital_outside_body.strip():
            errors["digital_outside_body"] = _("Name the outside body the service needs.")
        if self.start_url and self.start_page_id:
            errors["start_url"] = _("Choose either an online service address or a form page, not both.")
        if errors:
            raise ValidationError(errors)

    # --- presentation helpers -------------------------------------------------------------

    @cached_property
    def offices(self):
        """Responsible offices in the visitor's language, in the editor's order."""
        links = self.responsible_offices.filter(office__live=True).select_related("office")
        return [office for office in localize_all([link.office for link in links]) if office.live]

    def current_status(self, today=None):
        """The status that applies today: restricted/suspended only within its date range."""
        if self.status == ServiceStatus.NORMAL:
            return None
        today = today or timezone.localdate()
        if self.status_from and today < self.status_from:
            expires_on(self.status_from)  # pagecache: the notice appears that day
            return None
        if self.status_until and today > self.status_until:
            return None
        expires_on(self.status_until and self.status_until + timedelta(days=1))  # and goes after it
        return self.status

    @cached_property
    def status_reason_shown(self):
        """(text, language code or None): the reason in this page's language; while a translator has
        not written it yet, the source's reason marked with its language, never an empty notice."""
        if self.status_reason.strip() or self.status == ServiceStatus.NORMAL:
            return self.status_reason, None
        for other in ServicePage.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk).select_related(
            "locale"
        ):
            if other.status_reason.strip():
                return other.status_reason, other.locale.language_code
        return "", None

    @property
    def is_online(self):
        return bool(self.start_url or self.start_page_id)

    def get_start_url(self):
        if self.start_page_id:
            return self.start_page.localized.url
        return self.start_url

    def start_host(self):
        """The host a citizen continues on, for the 'you will continue on …' note; None for our own pages."""
        if self.start_page_id or not self.start_url:
            return None
        return urlsplit(self.start_url).hostname

    def videos(self):
        return [block for block in self.help if isinstance(block.block, VideoBlock)]

    def get_context(self, request, *args, **kwargs):
        # The responsible offices (snippets, registered with core.sitecache in services.apps), kept
        # in the process like the lists of pages below: each office's opening hours are parsed once.
        self.__dict__["offices"] = tree_memo("service-offices", self, lambda: type(self).offices.func(self), request)
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = government_service(self, request)
        # Lists of other pages only: kept in the process until the page tree changes.
        context["related"] = tree_memo("service-related", self, self.related_pages, request)
        topics = service_topics()
        if topics is not None:
            context["topics"] = tree_memo("service-topics", self, lambda: topics.for_service(self), request)
            context["topic_heading"] = topics.heading
        return context

    def related_pages(self):
        pages = [link.service for link in self.related_services.select_related("service")]
        return [p for p in localize_all(pages) if p.live]


def live_services(translation_keys, locale_id):
    """The live, public services with these translation keys in one language, in the keys' order
    (an editor's curated list); unpublished, private and untranslated ones are left out."""
    found = {
        page.translation_key: page
        for page in ServicePage.objects.live()
        .public()
        .filter(translation_key__in=translation_keys, locale_id=locale_id)
    }
    return [found[key] for key in translation_keys if key in found]


class RelatedService(Orderable):
    page = ParentalKey(ServicePage, related_name="related_services", on_delete=models.CASCADE)
    service = models.ForeignKey(ServicePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("service"))

    panels = [PageChooserPanel("service", "services.ServicePage")]


class ServiceIndexPage(BasePage):
    """Leistungen A–Z: every service alphabetically, filterable by Lebenslage and audience."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["services.ServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("services A–Z")
        verbose_name_plural = _("services A–Z")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(build_index(self, ServicePage.objects.child_of(self).live().public(), request))
        context["office_directory"] = office_addresses.directory_page(self.locale_id)
        return context


def directory_offices(locale):
    """Every office shown in a language's directory, A–Z: the offices of that language, and those
    of other languages not yet translated into it (shown in their own language)."""
    tag(Office)  # pagecache: any office's change
    here = list(Office.objects.filter(locale=locale, live=True))
    for office in here:
        office.locale = locale  # the template asks for each office's language: no query per office
    keys = {office.translation_key for office in here}
    others = {}
    live = Office.objects.filter(live=True)
    for office in live.exclude(locale=locale).exclude(translation_key__in=keys).select_related("locale"):
        # One per office: the default language's version where there are several.
        if office.translation_key not in others or office.locale.language_code == settings.LANGUAGE_CODE:
            others[office.translation_key] = office
    return sorted([*here, *others.values()], key=lambda office: german_sort_key(office.name))


class OfficeDirectoryPage(RoutablePageMixin, BasePage):
    """Offices A–Z (Ämter und Einrichtungen): every office with its address and whether it is open
    now, and each office's own page at <this page>/<office slug>/. One per language (below each
    home page); the English page is the German one's wagtail-localize translation. The offices are
    snippets, so the page holds only its title, introduction and place in the tree."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1  # one directory per home page, i.e. per language

    class Meta:
        verbose_name = _("office directory")
        verbose_name_plural = _("office directories")

    @path("")
    def index_route(self, request):
        offices = directory_offices(self.locale)
        now = timezone.now()
        return self.render(request, context_overrides={"offices": [(office, office.state(now)) for office in offices]})

    @path("<slug:slug>/", name="office")
    def office_route(self, request, slug):
        office = Office.objects.filter(locale_id=self.locale_id, slug=slug, live=True).first()
        if office is None:
            return self._elsewhere(request, slug)
        tag(office)  # pagecache: this office's change, in either language
        self.shown_office = office
        return self.render(
            request,
            template="services/office_page.html",
            context_overrides={
                "office": office,
                "state": office.state(),
                "week": office.week(),
                "closures": office.upcoming_closures(),
                "services": office.services(),
                "office_full_url": office.get_full_url(request),
                "json_ld": government_office(office, request),
                "page_title": office.name,
                "subpage_title": office.name,
            },
        )

    def _elsewhere(self, request, slug):
        """An office address of another language (a link shared across languages): to the office
        in this language if it is translated, else to its own page; anything else is not found."""
        other = Office.objects.filter(slug=slug, live=True).exclude(locale_id=self.locale_id).order_by("pk").first()
        if other is not None:
            translated = other.get_translation_or_none(self.locale)
            target = translated if translated is not None and translated.live else other
            url = target.get_url(request)
            if url:
                return redirect(url, permanent=True)
        raise Http404(gettext("There is no office at this address."))

    def _office_translations(self):
        """{language code: office} for the office being shown, in languages with a directory page."""
        office = getattr(self, "shown_office", None)
        if office is None:
            return None
        return {
            translated.locale.language_code: translated
            for translated in Office.objects.filter(translation_key=office.translation_key, live=True).select_related(
                "locale"
            )
        }

    def get_translation_links(self, request):
        """The switcher leads to the same office in the other language (or to that language's
        directory while the office is not translated)."""
        links = super().get_translation_links(request)
        offices = self._office_translations()
        if offices is None:
            return links
        result = []
        for link in links:
            if link.is_current:
                link = replace(link, url=self.shown_office.get_url(request))
            elif link.translated and link.code in offices:
                url = offices[link.code].get_url(request)
                link = replace(link, url=url) if url else link
            result.append(link)
        return result

    def hreflang_alternates(self, request):
        """On an office's page: the same office in each language (and x-default, German)."""
        alternates = hreflang_alternates(self, request)
        offices = self._office_translations()
        if offices is None:
            return alternates
        result = []
        for code, _url in alternates:
            language = code if code != "x-default" else settings.LANGUAGE_CODE
            office = offices.get(language)
            url = office.get_full_url(request) if office is not None else ""
            if url:
                result.append((code, url))
        return result

    def get_sitemap_urls(self, request=None):
        """The directory, and every office of its language, each with the same office in the other
        languages as hreflang alternates."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        offices = list(Office.objects.filter(locale_id=self.locale_id, live=True).order_by("slug"))
        translations = {}
        live = Office.objects.filter(live=True)
        for other in live.filter(translation_key__in=[o.translation_key for o in offices]).select_related(
            "locale"
        ):
            translations.setdefault(other.translation_key, []).append(other)
        languages = [code for code, _name in settings.LANGUAGES]
        for office in offices:
            alternates = []
            for translated in sorted(translations.get(office.translation_key, []), key=lambda o: o.locale.language_code):
                code = translated.locale.language_code
                url = translated.get_full_url(request)
                if url and code in languages:
                    alternates.append({"lang_code": code, "location": url})
            location = base + self.reverse_subpage("office", kwargs={"slug": office.slug})
            urls.append({"location": location, "lastmod": None, "alternates": alternates})
        return urls


for _signal in (page_published, page_unpublished, post_page_move):
    _signal.connect(
        office_addresses.forget_directory_pages, sender=OfficeDirectoryPage, dispatch_uid=f"office-directory-{_signal}"
    )
post_delete.connect(
    office_addresses.forget_directory_pages, sender=OfficeDirectoryPage, dispatch_uid="office-directory-deleted"
)
