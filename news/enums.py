from django.db import models
from django.utils.translation import gettext_lazy as _


class NewsKind(models.TextChoices):
    NEWS = "news", _("News")
    PRESS_RELEASE = "press", _("Press release")
