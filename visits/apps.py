from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisitsConfig(AppConfig):
    """Visit counts per page and day, without personal data (docs/visits.md)."""

    name = "visits"
    verbose_name = _("Visits")
