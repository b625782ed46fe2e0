from django.db import models
from django.utils.translation import gettext_lazy as _


class Icon(models.TextChoices):
    """Icons drawn in cms/templates/components/icons.html (decorative; the title carries the meaning)."""

    MOVE = "move", _("Moving box")
    BABY = "baby", _("Pram")
    RINGS = "rings", _("Rings")
    PASSPORT = "passport", _("Passport")
    SCHOOL = "school", _("School")
    HOUSE = "house", _("House")
    BIN = "bin", _("Waste bin")
    PAW = "paw", _("Paw")
    CAR = "car", _("Car")
    BRIEFCASE = "briefcase", _("Briefcase")
    CANDLE = "candle", _("Candle")
    HANDS = "hands", _("Helping hands")
