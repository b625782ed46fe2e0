from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES

# Wagtail's own field types plus those municipal forms need.
FIELD_TYPE_CHOICES = [
    *[(value, label) for value, label in FORM_FIELD_CHOICES if value not in ("datetime", "hidden", "url")],
    ("address", _("German postal address")),
    ("upload", _("File upload (private)")),
    ("consent", _("Consent to data processing")),
    ("pickup", _("Bulky-waste pickup date")),
]


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
