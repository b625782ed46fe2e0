"""Queue e-mails whose retry is due (and any left queued too long). Run it from cron every few
minutes; with the database task backend the worker also retries on its own."""

from django.core.management.base import BaseCommand

from onlineforms.tasks import due_emails, enqueue_delivery


class Command(BaseCommand):
    help = "Queue the delivery of e-mails about submissions whose retry is due."

    def handle(self, *args, **options):
        ids = list(due_emails().values_list("pk", flat=True))
        for pk in ids:
            enqueue_delivery(pk)
        self.stdout.write(f"{len(ids)} e-mail(s) queued.")
