from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OnlineFormsConfig(AppConfig):
    name = "onlineforms"
    verbose_name = _("Online forms")
