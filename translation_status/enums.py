from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    CURRENT = "current", _("Up to date")
    OUTDATED = "outdated", _("Out of date")
    UNTRANSLATED = "untranslated", _("Never translated")


class Kind(models.TextChoices):
    PAGE = "page", _("Page")
    SNIPPET = "snippet", _("Snippet")
