from django.db import models
from django.utils.translation import gettext_lazy as _


class PickupKind(models.TextChoices):
    STANDARD = "standard", _("Standard pickup")
    EXPRESS = "express", _("Express pickup")


class BookingStatus(models.TextChoices):
    BOOKED = "booked", _("Booked")
    CANCELLED = "cancelled", _("Cancelled")
