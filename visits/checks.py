"""System checks: a VISITS_SOURCE the app knows, and one that sees the visits."""

from django.conf import settings
from django.core.checks import Error, Warning

SOURCES = ("django", "nginx-log", "off")


def check_source(app_configs=None, **kwargs):
    if settings.VISITS_SOURCE not in SOURCES:
        return [
            Error(
                f"VISITS_SOURCE is {settings.VISITS_SOURCE!r}; it must be one of {', '.join(SOURCES)}.",
                id="visits.E001",
            )
        ]
    if settings.VISITS_SOURCE == "django" and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return [
            Warning(
                "A front cache is configured (WAGTAILFRONTENDCACHE) and VISITS_SOURCE is 'django': the hits the "
                "front cache answers never reach Django and are not counted.",
                hint="With the shipped nginx, set VISITS_SOURCE=nginx-log and run manage.py import_visits (docs/visits.md).",
                id="visits.W001",
            )
        ]
    return []
