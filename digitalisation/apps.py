from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DigitalisationConfig(AppConfig):
    name = "digitalisation"
    verbose_name = _("Digitalisation")
