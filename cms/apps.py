from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Stadtportal")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale

        from cms import checks  # noqa: F401  (registers the system checks)
        from cms.i18n import clear_locale_cache

        post_save.connect(clear_locale_cache, sender=Locale, dispatch_uid="cms-locale-cache-save")
        post_delete.connect(clear_locale_cache, sender=Locale, dispatch_uid="cms-locale-cache-delete")
