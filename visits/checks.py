"""System checks: a VISITS_SOURCE the app knows."""

from django.conf import settings
from django.core.checks import Error

SOURCES = ("django", "nginx-log", "off")


def check_source(app_configs=None, **kwargs):
    if settings.VISITS_SOURCE not in SOURCES:
        return [
            Error(
                f"VISITS_SOURCE is {settings.VISITS_SOURCE!r}; it must be one of {', '.join(SOURCES)}.",
                id="visits.E001",
            )
        ]
    return []
