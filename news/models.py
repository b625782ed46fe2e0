"""News and press releases: one news index per language (below the home page) and its articles.

A press release carries an embargo: Wagtail's own "go-live" date (scheduled publishing). Publishing
it before that date only schedules it; `manage.py publish_scheduled` (run every minute, see
docs/deployment.md) makes it live once the date has passed. `NewsPage.save()` refuses to make a
press release live before its embargo by any other way."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
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
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import facts
from core.fields import ComposedStreamField
from core.i18n import localize_all
from core.models import BasePage
from core.params import MAX_PAGE, choice_param, int_param
from core.sitecache import kept, locale_by_id, tree_memo
from lebenslagen.models import LebenslagePage
from news import feeds
from news.enums import NewsKind
from news.structured_data import news_article
from pagecache import tag
from services.models import ServicePage, live_services

PAGE_SIZE = 10
FEED_SIZE = 20


class NewsCategory(TranslatableMixin, models.Model):
    """A topic news are filed under (Bauen und Verkehr, Kultur, ...): translated with wagtail-localize."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("web address"), max_length=80, help_text=_("Used in the address of the filtered list, e.g. verkehr.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), TranslatableField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="news_category_slug_unique_per_locale"),
        ]

    def __str__(self):
        return self.name


def news_of(index_page):
    """The live, public articles below a news index, newest first."""
    return (
        NewsPage.objects.child_of(index_page)
        .live()
        .public()
        .order_by("-date", "-first_published_at", "-pk")
    )


class NewsIndexPage(RoutablePageMixin, BasePage):
    """Aktuelles / News: every article of its language, newest first, filterable by category and
    tag, with an RSS and an Atom feed. One per language, below the home page."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1  # one per home page, i.e. per language

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    # --- the list ---------------------------------------------------------------------------

    def categories(self):
        """The categories of this page's language that live articles here are filed under."""
        keys = set(
            NewsPageCategory.objects.filter(page__in=news_of(self)).values_list("category__translation_key", flat=True)
        )
        return list(NewsCategory.objects.filter(locale_id=self.locale_id, translation_key__in=keys).order_by("name"))

    def tags(self):
        """The tags of the live articles here, A–Z."""
        return list(
            Tag.objects.filter(news_newspagetag_items__content_object__in=news_of(self)).distinct().order_by("name")
        )

    def _filters(self):
        return {"categories": self.categories(), "tags": self.tags()}

    def listing(self, request):
        tag(NewsPage, NewsCategory, f"children:{self.path}")  # pagecache: any article or category
        filters = tree_memo("news-filters", self, self._filters, request)
        categories = {category.slug: category for category in filters["categories"]}
        tags = {item.slug: item for item in filters["tags"]}
        category = categories.get(choice_param(request.GET, "category", categories))
        chosen_tag = tags.get(choice_param(request.GET, "tag", tags))
        unknown = [
            name
            for name, chosen in (("category", category), ("tag", chosen_tag))
            if request.GET.get(name, "").strip() and chosen is None
        ]
        items = news_of(self).select_related("image")
        if category is not None:
            items = items.filter(category_links__category__translation_key=category.translation_key)
        if chosen_tag is not None:
            items = items.filter(tags=chosen_tag)
        paginator = Paginator(items.distinct(), PAGE_SIZE)
        page_obj = paginator.get_page(int_param(request.GET, "page", 1, min=1, max=MAX_PAGE, lenient=True))
        query = {}
        if category is not None:
            query["category"] = category.slug
        if chosen_tag is not None:
            query["tag"] = chosen_tag.slug
        return {
            "news_items": list(page_obj.object_list),
            "page_obj": page_obj,
            "categories": filters["categories"],
            "tags": filters["tags"],
            "category": category,
            "chosen_tag": chosen_tag,
            "unknown_filters": unknown,
            "filter_query": "&".join(f"{k}={v}" for k, v in query.items()),
            "feed_links": self.feed_links(request),
        }

    def feed_links(self, request):
        base = self.get_url(request)
        return [
            ("application/rss+xml", "RSS", base + self.reverse_subpage("rss")),
            ("application/atom+xml", "Atom", base + self.reverse_subpage("atom")),
        ]

    @path("")
    def index_route(self, request):
        return self.render(request, context_overrides=self.listing(request))

    # --- the feeds --------------------------------------------------------------------------

    def feed_items(self):
        """The newest articles, each with `.categories` in this page's language (two queries)."""
        items = list(news_of(self)[:FEED_SIZE])
        shown = categories_of(items, self.locale_id)
        for item in items:
            item.categories = shown.get(item.pk, [])
        return items

    def _feed(self, request, feed_class):
        # The page cache shares HTML only; the feed's body is kept in the process instead, until the
        # page tree changes (a publish, an embargo passing, an unpublish) or a category is saved.
        language = locale_by_id(self.locale_id).language_code
        key = ("news-feed", feed_class.__name__, self.pk, request.get_host(), language)

        def build():
            response = feed_class(self)(request)
            return response.content, response["Content-Type"]

        content, content_type = kept(key, build)
        response = HttpResponse(content, content_type=content_type)
        response["Content-Language"] = language
        return response

    @path("feed/rss/", name="rss")
    def rss_route(self, request):
        return self._feed(request, feeds.NewsRssFeed)

    @path("feed/atom/", name="atom")
    def atom_route(self, request):
        return self._feed(request, feeds.NewsAtomFeed)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPage(BasePage):
    """A news item or press release: date, teaser, image, body, related services and Lebenslagen,
    and a press contact."""

    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=NewsKind.choices,
        default=NewsKind.NEWS,
        help_text=_(
            "A press release needs an embargo: set its date and time under 'Schedule publishing' "
            "(status panel). Publishing it before then only schedules it; it goes online by itself."
        ),
    )
    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("The date shown with the article; the lists are sorted by it."),
    )
    teaser = models.TextField(
        _("teaser"),
        max_length=300,
        help_text=_("One or two sentences: what happened or what changes. Shown in lists, feeds and on the home page."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the information, not the picture. Required with an image."),
    )
    image_caption = models.CharField(_("caption and credit"), max_length=250, blank=True)
    body = ComposedStreamField("news_body", verbose_name=_("text"), blank=True)
    press_contact_name = models.CharField(
        _("press contact"), max_length=120, blank=True, help_text=_("e.g. Pressestelle der Stadt, Anna Beispiel")
    )
    press_contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    press_contact_email = models.EmailField(_("email"), blank=True)
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Keywords such as a street or a project; the same in both languages."),
    )

    article_panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")], heading=_("Kind and date")),
        FieldPanel("teaser"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_caption")], heading=_("Image")
        ),
        FieldPanel("body"),
    ]
    links_panels = [
        InlinePanel("category_links", heading=_("Categories"), label=_("category")),
        FieldPanel("tags"),
        InlinePanel("service_links", heading=_("Related services"), label=_("service")),
        InlinePanel("lebenslage_links", heading=_("Related life situations"), label=_("life situation")),
    ]
    press_panels = [
        MultiFieldPanel(
            [
                FieldPanel("press_contact_name"),
                FieldRowPanel([FieldPanel("press_contact_phone"), FieldPanel("press_contact_email")]),
            ],
            heading=_("Contact for the press"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(article_panels, heading=_("Article")),
            ObjectList(links_panels, heading=_("Topics and links")),
            ObjectList(press_panels, heading=_("Press")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("teaser"),
        TranslatableField("image_alt"),
        TranslatableField("image_caption"),
        TranslatableField("body"),
        TranslatableField("press_contact_name"),
        SynchronizedField("kind"),
        SynchronizedField("date"),
        SynchronizedField("image"),
        SynchronizedField("press_contact_phone"),
        SynchronizedField("press_contact_email"),
        SynchronizedField("go_live_at"),  # the embargo holds for every language
        SynchronizedField("expire_at"),
        SynchronizedField("tagged_items"),  # the tags
        SynchronizedField("category_links"),
        SynchronizedField("service_links"),
        SynchronizedField("lebenslage_links"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("teaser"), index.SearchField("body")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    # --- rules ------------------------------------------------------------------------------

    @property
    def is_press_release(self):
        return self.kind == NewsKind.PRESS_RELEASE

    def embargo_ahead(self, now=None):
        """True while a press release's embargo has not passed."""
        return self.is_press_release and self.go_live_at is not None and self.go_live_at > (now or timezone.now())

    def clean(self):
        super().clean()
        errors = {}
        if self.is_press_release and self.go_live_at is None:
            errors["go_live_at"] = _(
                "A press release needs an embargo: the date and time it may be published (Schedule publishing)."
            )
        if self.is_press_release and self.go_live_at is not None and self.date:
            embargo_day = timezone.localdate(self.go_live_at)
            if self.date < embargo_day:
                errors["date"] = _("The date shown must not be before the embargo (%(day)s).") % {
                    "day": embargo_day.isoformat()
                }
        # A translation shows the source's text until the translator writes it (image_alt_shown);
        # the source itself must describe its image.
        if self.image_id and not self.image_alt.strip() and (self.pk is None or facts.is_source(self)):
            errors["image_alt"] = _("Describe the image for people who cannot see it.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Server-side guard: whatever path saves the page (a new page, which Wagtail creates live,
        # an import, a script, the API), a press release never becomes live before its embargo.
        # Wagtail's publishing schedules it; `publish_scheduled` makes it live once it has passed.
        if self.live and self.embargo_ahead():
            was_live = bool(self.pk) and NewsPage.objects.filter(pk=self.pk, live=True).exists()
            if not was_live:
                self.live = False
                self.has_unpublished_changes = True
        return super().save(*args, **kwargs)

    # --- presentation -----------------------------------------------------------------------

    @cached_property
    def image_alt_shown(self):
        """The image's alternative text in this page's language; until a translator has written it,
        the source's (a description in German is better than none)."""
        if self.image_alt.strip() or not self.image_id:
            return self.image_alt
        other = (
            NewsPage.objects.filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
            .exclude(image_alt="")
            .values_list("image_alt", flat=True)
            .first()
        )
        return other or ""

    def category_list(self):
        """The article's categories in its own language."""
        return categories_of([self], self.locale_id).get(self.pk, [])

    def related_services(self):
        keys = list(self.service_links.values_list("service__translation_key", flat=True))
        return live_services(keys, self.locale_id)

    def related_lebenslagen(self):
        pages = [link.lebenslage for link in self.lebenslage_links.select_related("lebenslage")]
        return [p for p in localize_all(pages) if p.live and p.locale_id == self.locale_id]

    def _links(self):
        return {
            "services": self.related_services(),
            "lebenslagen": self.related_lebenslagen(),
            "categories": self.category_list(),
            "tags": list(self.tags.all()),
            "news_index": self.get_parent(),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tag(NewsCategory)  # pagecache: a renamed category
        # Lists of other pages and categories only: kept in the process until the tree changes.
        context.update(tree_memo("news-links", self, self._links, request))
        context["json_ld"] = news_article(self, request)
        return context

    def serve(self, request, *args, **kwargs):
        # Defence in depth: a press release under embargo is never shown to visitors, even if a
        # row somehow says live (previews are served by Wagtail's preview view, not here).
        if self.embargo_ahead() and not self.first_published_at:
            raise Http404
        return super().serve(request, *args, **kwargs)


class NewsPageCategory(Orderable):
    page = ParentalKey(NewsPage, related_name="category_links", on_delete=models.CASCADE)
    category = models.ForeignKey(
        NewsCategory, on_delete=models.CASCADE, related_name="+", verbose_name=_("category")
    )

    panels = [FieldPanel("category")]

    class Meta(Orderable.Meta):
        verbose_name = _("category")


class NewsPageService(Orderable):
    page = ParentalKey(NewsPage, related_name="service_links", on_delete=models.CASCADE)
    service = models.ForeignKey(
        ServicePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("service")
    )

    panels = [PageChooserPanel("service", "services.ServicePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("service")


class NewsPageLebenslage(Orderable):
    page = ParentalKey(NewsPage, related_name="lebenslage_links", on_delete=models.CASCADE)
    lebenslage = models.ForeignKey(
        LebenslagePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("life situation")
    )

    panels = [PageChooserPanel("lebenslage", "lebenslagen.LebenslagePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("life situation")


def categories_of(pages, locale_id):
    """{page pk: [categories in this language]} for these articles, in the editors' order; a
    category not yet translated is left out. Two queries, however many pages."""
    links = list(
        NewsPageCategory.objects.filter(page__in=[p.pk for p in pages])
        .order_by("page_id", "sort_order")
        .values_list("page_id", "category__translation_key")
    )
    found = {
        c.translation_key: c
        for c in NewsCategory.objects.filter(locale_id=locale_id, translation_key__in={key for _pk, key in links})
    }
    shown = {}
    for page_id, key in links:
        if key in found and found[key] not in shown.setdefault(page_id, []):
            shown[page_id].append(found[key])
    return shown


def latest_news(locale_id, limit=3):
    """The newest live, public articles of one language (for the home page)."""
    return list(
        NewsPage.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .order_by("-date", "-first_published_at", "-pk")[:limit]
    )


def index_for(locale_id):
    return NewsIndexPage.objects.live().public().filter(locale_id=locale_id).first()

