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
        from search import tasks

        # Every app's search_sources.py registers what it contributes (search/registry.py).
        autodiscover_modules("search_sources")
        tasks.connect()
