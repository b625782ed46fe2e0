from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: tasks imports models, which Django loads only after
        # every AppConfig (search.apps itself is imported while the app registry is not ready).
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core.sitecache import bump_on_save
        from search import tasks

        # Best bets are kept in each process (search.engine): a changed one renews every copy.
        bump_on_save(SearchPromotion)

        # Every app's search_sources.py registers what it contributes (search/registry.py).
        autodiscover_modules("search_sources")
        tasks.connect()
