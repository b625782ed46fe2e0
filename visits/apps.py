from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class VisitsConfig(AppConfig):
    """Visit counts per page and day, without personal data (docs/visits.md)."""

    name = "visits"
    verbose_name = _("Visits")

    def ready(self):
        from visits.checks import check_source

        checks.register(check_source)
