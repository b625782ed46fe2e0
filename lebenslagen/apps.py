from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LebenslagenConfig(AppConfig):
    name = "lebenslagen"
    verbose_name = _("Life situations")
