from django.db import models
from django.utils.translation import gettext_lazy as _


class PickupKind(models.TextChoices):
    STANDARD = "standard", _("Standard pickup")
    EXPRESS = "express", _("Express pickup")


class BookingStatus(models.TextChoices):
    """A citizen's booking starts `reserved` (the slot is held) and becomes `booked` when they confirm
    their e-mail address; a reservation not confirmed in time becomes `expired` and frees its slot."""

    RESERVED = "reserved", _("Reserved")
    BOOKED = "booked", _("Booked")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Expired")


# Statuses that hold a slot (and count against the per-household limit).
HOLDING_STATUSES = (BookingStatus.RESERVED, BookingStatus.BOOKED)
