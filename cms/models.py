"""The project's own content: site settings, standard pages and alert banners."""

import copy
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
    PublishingPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
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
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.i18n import localize_all
from core.models import BasePage
from core.sitecache import ProcessCache, bump_on_save, site_for_request
from pagecache import expires_at, is_recording


class FooterLink(Orderable):
    setting = ParentalKey("cms.SiteSettings", related_name="footer_links", on_delete=models.CASCADE)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))

    panels = [PageChooserPanel("page")]


def default_site_name():
    """New site settings start with the installation's name (settings.WAGTAIL_SITE_NAME, env SITE_NAME)."""
    return settings.WAGTAIL_SITE_NAME


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Name, logo, contact and footer of a site. Footer links point to pages, so each language
    shows its own translation of the linked page."""

    site_name = models.CharField(_("site name"), max_length=100, default=default_site_name)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.TextField(_("postal address"), blank=True, help_text=_("Street, postcode and town, one per line."))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("site_name"), FieldPanel("logo")], heading=_("Identity")),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
        InlinePanel("footer_links", heading=_("Footer links"), label=_("link")),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """As Wagtail's, from an in-process copy (renewed in every process when settings, a footer
        link or a page is saved) instead of a query per request."""
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = site_for_request(request)
        if site is None:
            return super().for_request(request)
        held = _site_settings.get()
        if site.pk not in held:
            held[site.pk] = cls.for_site(site)
        instance = copy.copy(held[site.pk])
        instance._request = request
        setattr(request, attr_name, instance)
        return instance

    def localized_footer_pages(self):
        """The footer's pages in the active language (live ones), as (title, url): kept in the
        process per settings and language, renewed with the pages (core.sitecache)."""
        language = translation.get_language()
        held = _footer_pages.get()
        key = (self.pk, language)
        if key not in held:
            pages = localize_all([link.page for link in self.footer_links.select_related("page")], specific=False)
            held[key] = [FooterPage(page.title, page.url) for page in pages if page.live]
        return held[key]


@dataclass(frozen=True)
class FooterPage:
    title: str
    url: str


_site_settings = ProcessCache(dict)  # {site id: SiteSettings}
_footer_pages = ProcessCache(dict)  # {(settings id, language): [FooterPage]}


class StandardPage(BasePage):
    """Legal pages (Impressum, Datenschutzerklärung, Barrierefreiheitserklärung) and any other plain page."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One short paragraph below the title."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro"), TranslatableField("body")]

    parent_page_types = ["home.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class AlertSeverity(models.TextChoices):
    INFO = "info", _("Information")
    WARNING = "warning", _("Warning")
    CRITICAL = "critical", _("Emergency")


# Emergencies first: severity is stored as text, so its order is spelled out.
SEVERITY_RANK = models.Case(
    models.When(severity=AlertSeverity.CRITICAL, then=models.Value(3)),
    models.When(severity=AlertSeverity.WARNING, then=models.Value(2)),
    default=models.Value(1),
)


class Alert(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model):
    """A site-wide banner (e.g. storm warning, IT outage in the Bürgerbüro). Shown while it is
    published and within its schedule: Wagtail's go-live and expiry dates (`go_live_at`,
    `expire_at`, the editor's "Set schedule") are its "show from" and "show until", the one truth
    for both publishing and showing (docs/editorial.md). Drafts, revisions, locking and the
    "Redaktion prüft" workflow are Wagtail's snippet features."""

    title = models.CharField(_("title"), max_length=120)
    text = models.TextField(_("text"), max_length=500)
    severity = models.CharField(_("severity"), max_length=10, choices=AlertSeverity.choices, default=AlertSeverity.INFO)
    link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("more information"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="alert")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="alert",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("severity"),
        PageChooserPanel("link"),
        PublishingPanel(),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("text"),
        SynchronizedField("severity"),
        TranslatableField("link"),
        SynchronizedField("go_live_at"),
        SynchronizedField("expire_at"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("alert banner")
        verbose_name_plural = _("alert banners")
        ordering = [models.F("go_live_at").desc(nulls_last=True), "-pk"]

    def __str__(self):
        return self.title

    # The schedule's former names ("show from", "show until"), kept as names for the same fields:
    # Django accepts them as keyword arguments too (Alert(starts_at=...), the factories).
    @property
    def starts_at(self):
        """Shown from: the go-live date, else when it was first published."""
        return self.go_live_at or self.first_published_at

    @starts_at.setter
    def starts_at(self, value):
        self.go_live_at = value

    @property
    def ends_at(self):
        return self.expire_at

    @ends_at.setter
    def ends_at(self, value):
        self.expire_at = value

    def is_shown(self, now):
        start = self.starts_at
        return self.live and (start is None or start <= now) and (self.expire_at is None or self.expire_at > now)

    @classmethod
    def current(cls, locale, now=None):
        """Published alerts within their schedule now, emergencies first. One not yet translated
        into `locale` shows in its source language (the default language first), with `lang` set
        to that language's code; `lang` is None on alerts in `locale` itself."""
        now = now or timezone.now()
        every = _all_alerts.get()  # in-process, renewed in every process when an alert is saved
        # An alert translated into `locale` but not shown now (its translation scheduled differently)
        # leaves the source language's showing.
        translated = {alert.translation_key for alert in every if alert.locale_id == locale.pk and alert.is_shown(now)}
        live = [
            copy.copy(alert)
            for alert in every
            if alert.is_shown(now) and (alert.locale_id == locale.pk or alert.translation_key not in translated)
        ]
        shown = {}
        for alert in live:
            alert.lang = None if alert.locale_id == locale.pk else alert.locale.language_code
            held = shown.get(alert.translation_key)
            if held is None or _preferred(alert) < _preferred(held):
                shown[alert.translation_key] = alert
            expires_at(alert.expire_at)  # pagecache: a cached page drops the banner then
        if is_recording():  # pagecache: and shows the next one when it starts
            later = (alert.starts_at for alert in every if alert.live and alert.starts_at and alert.starts_at > now)
            expires_at(min(later, default=None))
        return sorted(shown.values(), key=lambda alert: (-alert.rank, -(alert.starts_at or now).timestamp()))


def _load_alerts():
    alerts = list(Alert.objects.filter(live=True).select_related("link", "locale"))
    for alert in alerts:
        alert.rank = SEVERITY_VALUES.get(alert.severity, 1)
    return alerts


_all_alerts = ProcessCache(_load_alerts)
SEVERITY_VALUES = {AlertSeverity.CRITICAL: 3, AlertSeverity.WARNING: 2}


def _preferred(alert):
    """Which version of an untranslated alert to show: the visitor's, then the default language's."""
    if alert.lang is None:
        return 0
    return 1 if alert.lang == settings.LANGUAGE_CODE else 2


for _model in (SiteSettings, FooterLink, Alert):
    bump_on_save(_model)
