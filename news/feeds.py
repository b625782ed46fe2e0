"""RSS 2.0 and Atom feeds of a news index (Django's syndication framework): the newest live,
public articles of its language; a press release appears once its embargo has passed and
`publish_scheduled` has made it live. Served by `NewsIndexPage` at feed/rss/ and feed/atom/."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext

from core.sitecache import home_for, locale_by_id, site_for_request
from news.structured_data import published_at


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.request = None
        self.language = locale_by_id(index_page.locale_id).language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def _town(self):
        home = home_for(site_for_request(self.request), self.language)
        return home.title if home else ""

    def title(self):
        return f"{self.index_page.title} – {self._town()}"

    def link(self):
        return self.index_page.get_full_url(self.request)

    def feed_url(self):
        return self.request.build_absolute_uri(self.request.path)  # without a query string: the feed is kept

    def description(self):
        return self.index_page.intro or gettext("News and press releases of %(town)s") % {"town": self._town()}

    def items(self):
        return self.index_page.feed_items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return published_at(item)

    def item_updateddate(self, item):
        return item.last_published_at or published_at(item)

    def item_categories(self, item):
        return [category.name for category in item.categories]

    def item_author_name(self, item):
        return self._town()


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
