from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Stadtportal")

    def ready(self):
        from cms import checks  # noqa: F401  (registers the system checks; checks imports settings-bound modules)
