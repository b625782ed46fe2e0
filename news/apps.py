"""News and press releases: news index and articles, categories, feeds, embargo."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from core.sitecache import bump_on_save
        from news.models import NewsCategory

        # An article's categories and the index's filters are kept in each process
        # (core.sitecache.tree_memo): a renamed category renews every copy.
        bump_on_save(NewsCategory)
