"""E-mail reminders before the meetings of the committees a citizen follows. `manage.py
send_meeting_reminders` (run from cron every quarter of an hour) finds the meetings due and makes one
MeetingReminder row per citizen and meeting; the unique pair makes a second run, or a parallel one,
queue nothing again. The task worker sends the e-mail (accounts.tasks.send_meeting_reminder), which
looks at the meeting once more: a meeting cancelled in between gives no e-mail."""

from django.db import transaction
from django.utils import timezone

from accounts.calendar import meetings_due
from accounts.models import CalendarChoice, MeetingReminder
from accounts.tasks import send_meeting_reminder


def choices_with_reminders():
    return (
        CalendarChoice.objects.filter(reminders=True, citizen__email_verified=True)
        .exclude(citizen__email="")
        .select_related("citizen")
    )


def queue_reminders(now=None):
    """Queue the reminders that are due now; returns how many were queued."""
    now = now or timezone.now()
    queued = 0
    for choice in choices_with_reminders():
        for meeting in meetings_due(choice, now):
            with transaction.atomic():
                reminder, created = MeetingReminder.objects.get_or_create(citizen=choice.citizen, meeting=meeting)
            if created:
                queued += 1
                transaction.on_commit(lambda pk=reminder.pk: send_meeting_reminder.enqueue(pk))
    return queued
