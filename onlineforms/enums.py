from django.db import models
from django.utils.translation import gettext_lazy as _


class SubmissionStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")


class EmailKind(models.TextChoices):
    CONFIRMATION = "confirmation", _("Confirmation to the citizen")
    NOTIFICATION = "notification", _("Notification to the office")


class EmailStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RETRYING = "retrying", _("Waiting for a retry")
    SENT = "sent", _("Handed to the provider")
    DELIVERED = "delivered", _("Delivered")
    BOUNCED = "bounced", _("Bounced")
    REJECTED = "rejected", _("Rejected")
    FAILED = "failed", _("Failed")
    OPENED = "opened", _("Opened")
    SUPPRESSED = "suppressed", _("Not sent (limit per address)")
