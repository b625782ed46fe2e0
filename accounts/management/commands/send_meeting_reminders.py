from django.core.management.base import BaseCommand

from accounts.reminders import queue_reminders


class Command(BaseCommand):
    help = (
        "Queue the e-mail reminders of meetings that citizens follow and that are due now (run every "
        "15 minutes; the task worker sends them; a meeting is never reminded of twice)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Queued {queue_reminders()} meeting reminder(s).")
