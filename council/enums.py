"""Choices of the council app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CommitteeKind(models.TextChoices):
    COUNCIL = "council", _("Council")
    COMMITTEE = "committee", _("Standing committee")
    DISTRICT = "district", _("District council")
    ADVISORY = "advisory", _("Advisory board")
    OTHER = "other", _("Other body")


class MeetingState(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    INVITED = "invited", _("Invitation sent")
    HELD = "held", _("Held")
    CANCELLED = "cancelled", _("Cancelled")
    MOVED = "moved", _("Moved")


class EventCategory(models.TextChoices):
    CULTURE = "culture", _("Culture")
    MARKET = "market", _("Markets and fairs")
    SPORT = "sport", _("Sport")
    CITIZENS = "citizens", _("Citizens' participation")
    ENVIRONMENT = "environment", _("Environment")
    FAMILY = "family", _("Children and families")
