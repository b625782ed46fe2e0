"""Time out payment attempts past BILLING_HOLD_MINUTES (cron, e.g. every 5 minutes), releasing
what they held. The db_worker's expire_payments task does the same."""

from django.core.management.base import BaseCommand

from billing.flow import expire_overdue


class Command(BaseCommand):
    help = "Time out payment attempts past their hold time and release what they held."

    def handle(self, *args, **options):
        self.stdout.write(f"{expire_overdue()} payment attempt(s) timed out.")
