from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestStatus(models.TextChoices):
    """Where a citizen's request stands, as staff set it and the citizen sees it."""

    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    NEEDS_INFORMATION = "needs_info", _("Needs information")
    DONE = "done", _("Done")
    REJECTED = "rejected", _("Rejected")


class SignInMethod(models.TextChoices):
    OIDC = "oidc", _("Service account (OpenID Connect)")
    EMAIL = "email", _("E-mail link")


class LinkedBy(models.TextChoices):
    SESSION = "session", _("Sent while signed in")
    EMAIL = "email", _("Same confirmed e-mail address")
