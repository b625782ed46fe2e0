from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    CITIZENS = "citizens", _("Citizens")
    BUSINESSES = "businesses", _("Businesses")
    BOTH = "both", _("Citizens and businesses")


class FeeKind(models.TextChoices):
    FREE = "free", _("Free of charge")
    FIXED = "fixed", _("Fixed amount")
    RANGE = "range", _("Range")
    VARIES = "varies", _("Depends on the case (explained in the note)")


class ServiceStatus(models.TextChoices):
    NORMAL = "normal", _("Available as usual")
    RESTRICTED = "restricted", _("Restricted")
    SUSPENDED = "suspended", _("Suspended")


class OzgLevel(models.IntegerChoices):
    INFO = 0, _("0 – information only")
    INFO_FORMS = 1, _("1 – information and forms to download")
    ONLINE_APPLICATION = 2, _("2 – apply online, documents on paper")
    FULLY_ONLINE = 3, _("3 – fully online, including the decision")
    ONCE_ONLY = 4, _("4 – fully online, data reused (once only)")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class DigitalGap(models.TextChoices):
    """Why a service cannot (yet) be handled fully digitally."""

    NONE = "", _("— (none given)")
    IN_PERSON = "in_person", _("The law requires appearing in person")
    OUTSIDE_BODY = "outside_body", _("An outside body is needed")
    NO_INTERFACE = "no_interface", _("An interface is missing")
    PLANNED = "planned", _("Planned, not yet implemented")
