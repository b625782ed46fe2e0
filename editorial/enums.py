from django.db import models
from django.utils.translation import gettext_lazy as _


class RoleKind(models.TextChoices):
    """What an editorial group is for; editorial/roles.py gives each kind its permissions."""

    CENTRAL = "central", _("Central editorial team (edits and publishes everything)")
    DEPARTMENT = "department", _("Department (edits its own services and offices)")
    TRANSLATION = "translation", _("Translation (edits English translations only)")
    COUNCIL = "council", _("Council office (council calendar)")
    FORMS = "forms", _("Form staff (submissions and bookings of their own forms)")
