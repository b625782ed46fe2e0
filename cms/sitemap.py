from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live, public page of the site in every language, each with its hreflang alternates.

    Wagtail's own sitemap lists only the default language's tree; the translated trees are
    siblings of the site root, so they are added here."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        queryset = Page.objects.none()
        for root in roots:
            queryset |= Page.objects.descendant_of(root, inclusive=True)
        return queryset.live().public().order_by("path").defer_streamfields().specific()
