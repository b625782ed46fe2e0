"""Life situations (Lebenslagen): how citizens think of their business with the town."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fields import ComposedStreamField
from core.i18n import localize_all
from core.models import BasePage
from core.sitecache import tree_memo
from lebenslagen.enums import Icon
from pagecache import tag
from services.models import live_services


class GuideStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.TextBlock(label=_("Explanation"), required=False)
    service = blocks.PageChooserBlock(page_type="services.ServicePage", label=_("Service"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class LebenslagenIndexPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["lebenslagen.LebenslagePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("life situations overview")
        verbose_name_plural = _("life situations overviews")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tag(f"children:{self.path}")  # pagecache: a Lebenslage added or taken away
        context["lebenslagen"] = LebenslagePage.objects.child_of(self).live().public().order_by("path")
        return context


class LebenslagePage(BasePage):
    intro = models.TextField(
        _("introduction"), help_text=_("Two to four sentences: who this is for and what it covers.")
    )
    icon = models.CharField(_("icon"), max_length=20, choices=Icon.choices, default=Icon.HOUSE)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alternative text"), max_length=250, blank=True, help_text=_("Describe the information, not the picture.")
    )
    guide_title = models.CharField(_("title of the guide"), max_length=120, blank=True)
    guide = StreamField(
        [("step", GuideStepBlock())],
        verbose_name=_("step-by-step guide"),
        blank=True,
        help_text=_("What to do in which order, e.g. for a move: register, re-register the car, register the dog."),
    )
    body = ComposedStreamField("service_body", verbose_name=_("further content"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("icon"), FieldPanel("image"), FieldPanel("image_alt")], heading=_("Icon and image")
        ),
        InlinePanel("service_links", heading=_("Services"), label=_("service")),
        MultiFieldPanel([FieldPanel("guide_title"), FieldPanel("guide")], heading=_("Step-by-step guide")),
        FieldPanel("body"),
        InlinePanel("related_links", heading=_("Related life situations"), label=_("life situation")),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("image_alt"),
        TranslatableField("guide_title"),
        TranslatableField("guide"),
        TranslatableField("body"),
        SynchronizedField("icon"),
        SynchronizedField("image"),
        SynchronizedField("service_links"),
        SynchronizedField("related_links"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("guide")]

    parent_page_types = ["lebenslagen.LebenslagenIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("life situation")
        verbose_name_plural = _("life situations")

    def service_translation_keys(self):
        return list(self.service_links.values_list("service__translation_key", flat=True))

    def services(self):
        """The curated services, in the editor's order and the page's language; unpublished,
        private and untranslated ones are left out."""
        return live_services(self.service_translation_keys(), self.locale_id)

    def related(self):
        pages = [link.lebenslage for link in self.related_links.select_related("lebenslage")]
        return [p for p in localize_all(pages) if p.live and p.locale_id == self.locale_id]

    def guide_steps(self):
        """Guide steps with their service resolved to this page's language in one query."""
        steps = list(self.guide)
        services = localize_all([step.value["service"] for step in steps if step.value["service"]])
        by_key = {s.translation_key: s for s in services if s.live}
        return [
            (step.value, by_key.get(step.value["service"].translation_key) if step.value["service"] else None)
            for step in steps
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lists of other pages only: kept in the process until the page tree changes.
        context["services"] = tree_memo("lebenslage-services", self, self.services, request)
        context["related"] = tree_memo("lebenslage-related", self, self.related, request)
        context["guide_steps"] = tree_memo("lebenslage-guide", self, self.guide_steps, request) if self.guide else []
        return context


class LebenslageService(Orderable):
    page = ParentalKey(LebenslagePage, related_name="service_links", on_delete=models.CASCADE)
    service = models.ForeignKey(
        "services.ServicePage", on_delete=models.CASCADE, related_name="lebenslage_links", verbose_name=_("service")
    )

    panels = [PageChooserPanel("service", "services.ServicePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("service")


class RelatedLebenslage(Orderable):
    page = ParentalKey(LebenslagePage, related_name="related_links", on_delete=models.CASCADE)
    lebenslage = models.ForeignKey(
        LebenslagePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("life situation")
    )

    panels = [PageChooserPanel("lebenslage", "lebenslagen.LebenslagePage")]
