from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.models import BasePage


class HomePage(BasePage):
    """The start page of a site in one language: a search box first, then life situations and top services."""

    hero_title = models.CharField(
        _("hero title"),
        max_length=120,
        blank=True,
        help_text=_("Large heading above the search box. Defaults to the page title."),
    )
    hero_intro = models.TextField(_("hero text"), blank=True, max_length=300)
    search_placeholder = models.CharField(
        _("search box example"),
        max_length=80,
        blank=True,
        help_text=_("An example of what citizens can search for, e.g. 'Personalausweis, Sperrmüll, Hund anmelden'."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("further content"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_intro"), FieldPanel("search_placeholder")],
            heading=_("Hero and search"),
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("hero_intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.StandardPage"]
    # One home page per language (the English one is a translation of the German one).
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
