from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fields import ComposedStreamField
from core.models import BasePage
from core.sitecache import tree_memo
from lebenslagen.models import LebenslagePage
from news.models import NewsPage, index_for, latest_news
from pagecache import tag
from services.models import ServiceIndexPage, ServicePage, live_services


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
    body = ComposedStreamField("service_body", verbose_name=_("further content"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_intro"), FieldPanel("search_placeholder")],
            heading=_("Hero and search"),
        ),
        InlinePanel("top_services", heading=_("Top services"), label=_("service"), max_num=12),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("hero_intro")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("hero_title"),
        TranslatableField("hero_intro"),
        TranslatableField("search_placeholder"),
        TranslatableField("body"),
        SynchronizedField("top_services"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.StandardPage",
        "services.ServiceIndexPage",
        "lebenslagen.LebenslagenIndexPage",
        "onlineforms.FormIndexPage",
        "council.CouncilCalendarPage",
        "news.NewsIndexPage",
        "digitalisation.DigitalisationPage",
    ]
    # One home page per language (the English one is a translation of the German one).
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lists of pages only: kept in the process until the page tree changes (and the day ends).
        context["lebenslagen"] = tree_memo("home-lebenslagen", self, self._lebenslagen, request)
        context["services_index"] = tree_memo("home-services-index", self, self._services_index, request)
        context["top_services"] = tree_memo("home-top-services", self, self._top_services, request)
        today = timezone.localdate()
        tag(LebenslagePage, ServicePage, NewsPage)  # pagecache: the home page lists them
        context["latest_news"] = tree_memo("home-news", self, lambda: latest_news(self.locale_id), request)
        context["news_index"] = tree_memo("home-news-index", self, lambda: index_for(self.locale_id), request)
        context["status_notices"] = tree_memo(
            f"home-status-notices:{today.isoformat()}", self, lambda: self._status_notices(today), request
        )
        return context


    def _lebenslagen(self):
        return list(LebenslagePage.objects.live().public().filter(locale_id=self.locale_id).order_by("path"))

    def _services_index(self):
        return ServiceIndexPage.objects.child_of(self).live().first()

    def _top_services(self):
        keys = list(self.top_services.values_list("service__translation_key", flat=True))
        return live_services(keys, self.locale_id)

    def _status_notices(self, today):
        return [
            service
            for service in ServicePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .exclude(status="normal")
            .order_by("title")
            if service.current_status(today)
        ]


class HomeTopService(Orderable):
    page = ParentalKey(HomePage, related_name="top_services", on_delete=models.CASCADE)
    service = models.ForeignKey(
        "services.ServicePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("service")
    )

    panels = [PageChooserPanel("service", "services.ServicePage")]
