"""The abstract BasePage every page type derives from, built from small mixins: sharing image,
listing summary, review dates, and the fields wagtail-localize translates on every page."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.i18n import keep_page_links, page_link_ids, resolve_page_links, sitemap_alternates, translation_links
from core.sitecache import in_request, private_paths, site_root_paths, tree_memo


class SocialMixin(models.Model):
    """An image shown when the page is shared (Open Graph)."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social media image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared. At least 1200 × 630 pixels."),
    )

    class Meta:
        abstract = True


class ListingMixin(models.Model):
    """How the page appears in lists, teasers and search results."""

    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_(
            "One or two sentences shown in lists and search results. Leave empty to use the search description."
        ),
    )

    class Meta:
        abstract = True

    @property
    def summary(self):
        return self.listing_summary or self.search_description


class ReviewMixin(models.Model):
    """Content is reviewed regularly; editors see when it is due."""

    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    next_review = models.DateField(
        _("next review due"),
        null=True,
        blank=True,
        help_text=_("When an editor should check that this page is still correct."),
    )

    class Meta:
        abstract = True


class BasePageQuerySet(PageQuerySet):
    def private_q(self):
        """Wagtail asks the database for the view restrictions on every .public(); the private
        sections are cached in the process instead (core.sitecache), so .public() costs nothing."""
        q = Q()
        for path in private_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])


class BasePageManager(PageManager):
    _queryset_class = BasePageQuerySet


class BasePage(SocialMixin, ListingMixin, ReviewMixin, Page):
    """Every page type derives from this."""

    objects = BasePageManager()

    show_in_menus_default = False

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
            ],
            heading=_("Search engines and sharing"),
        ),
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("show_in_menus")],
            heading=_("Lists and menus"),
        ),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel([FieldPanel("last_reviewed"), FieldPanel("next_review")], heading=_("Content review")),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("listing_summary"),
        index.SearchField("search_description"),
    ]

    # What wagtail-localize translates and what it keeps in step with the German source. Page types
    # extend this list with their own fields: BasePage.translatable_fields + [TranslatableField("intro")].
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("listing_summary"),
        SynchronizedField("social_image"),
        SynchronizedField("show_in_menus"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("next_review"),
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        # Every internal link of the page's blocks and rich text, in the visitor's language, in one
        # query; kept in the process with the page until the tree changes (not for a preview).
        keep_page_links(tree_memo("page-links", self, lambda: resolve_page_links(page_link_ids(self)), request))
        return super().get_context(request, *args, **kwargs)

    def _get_site_root_paths(self, cache_object=None, **kwargs):
        """Every address of a page is built from the site root paths; Wagtail reads them from the
        shared cache once per page object, these come from the process (core.sitecache). Like
        Wagtail, they are left on the cache object too (the redirects app reads them there).
        Outside a request (commands, tasks) Wagtail's own way is kept: one read per page object."""
        if not in_request():
            return super()._get_site_root_paths(cache_object, **kwargs)
        paths = site_root_paths()
        (cache_object or kwargs.get("request") or self)._wagtail_cached_site_root_paths = paths
        return paths

    def get_view_restrictions(self):
        """Wagtail asks this before serving a page (two queries). Most sites have no private
        section, and the cached list of them (core.sitecache) says so without a query."""
        if not private_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_translation_links(self, request):
        """One entry per site language: the same page in that language, or the home page
        of that language with `translated=False` where this page has no live translation."""
        return translation_links(self, request)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        alternates = sitemap_alternates(self, request)
        for url in urls:
            url["alternates"] = alternates
        return urls
