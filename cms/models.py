"""The project's own content: site settings, standard pages and alert banners."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.blocks import BodyBlock
from core.i18n import localize_all
from core.models import BasePage
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

    def localized_footer_pages(self):
        pages = localize_all([link.page for link in self.footer_links.select_related("page")])
        return [page for page in pages if page.live]


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


class Alert(TranslatableMixin, models.Model):
    """A site-wide banner (e.g. storm warning, IT outage in the Bürgerbüro), shown between start and end."""

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
    starts_at = models.DateTimeField(_("show from"))
    ends_at = models.DateTimeField(
        _("show until"), null=True, blank=True, help_text=_("Leave empty to show until removed.")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("severity"),
        PageChooserPanel("link"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("alert banner")
        verbose_name_plural = _("alert banners")
        ordering = ["-starts_at"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})

    @classmethod
    def current(cls, locale, now=None):
        """Alerts live now, emergencies first. One not yet translated into `locale` shows in its
        source language (the default language first), with `lang` set to that language's code;
        `lang` is None on alerts in `locale` itself."""
        now = now or timezone.now()
        live = (
            cls.objects.filter(starts_at__lte=now)
            .filter(models.Q(ends_at__isnull=True) | models.Q(ends_at__gt=now))
            .select_related("link", "locale")
            .annotate(rank=SEVERITY_RANK)
        )
        translated = cls.objects.filter(locale=locale).values("translation_key")
        shown = {}
        for alert in live.filter(models.Q(locale=locale) | ~models.Q(translation_key__in=translated)):
            alert.lang = None if alert.locale_id == locale.pk else alert.locale.language_code
            held = shown.get(alert.translation_key)
            if held is None or _preferred(alert) < _preferred(held):
                shown[alert.translation_key] = alert
            expires_at(alert.ends_at)  # pagecache: a cached page drops the banner then
        if is_recording():  # pagecache: and shows the next one when it starts
            expires_at(cls.objects.filter(starts_at__gt=now).order_by("starts_at").values_list("starts_at", flat=True).first())
        return sorted(shown.values(), key=lambda alert: (-alert.rank, -alert.starts_at.timestamp()))


def _preferred(alert):
    """Which version of an untranslated alert to show: the visitor's, then the default language's."""
    if alert.lang is None:
        return 0
    return 1 if alert.lang == settings.LANGUAGE_CODE else 2
