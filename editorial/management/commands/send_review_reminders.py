from django.core.management.base import BaseCommand

from editorial.tasks import send_review_reminders


class Command(BaseCommand):
    help = "Queue the review reminder e-mail to each department (run weekly from cron; the db_worker sends it)."

    def handle(self, *args, **options):
        result = send_review_reminders.enqueue()
        self.stdout.write(f"Review reminders queued ({result.id}).")
