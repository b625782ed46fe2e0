from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The ground floor: what every other app builds on. Imports only Django, Wagtail and libraries."""

    name = "core"
    verbose_name = _("Stadtportal foundation")

    def ready(self):
        # Imported here: models (Wagtail's Locale, and core.i18n, which uses it) can only be imported
        # once the app registry is ready, and apps.py is imported before that.
        from wagtail.signals import page_published

        from core import facts, sitecache

        # Status, dates and the other synchronised fields reach every translation (core/facts.py).
        page_published.connect(facts.page_published, dispatch_uid="core-facts-page-published")
        post_save.connect(facts.snippet_saved, dispatch_uid="core-facts-snippet-saved")

        # Sites, locales, home pages and private sections, cached in each process and renewed in
        # all of them when one saves a change (core/sitecache.py).
        sitecache.connect_signals()
