"""Add up daily visit rows older than VISITS_RETENTION_DAYS per month and delete them (run daily)."""

from django.core.management.base import BaseCommand

from visits.daily import prune, retention_days


class Command(BaseCommand):
    help = "Add up the daily visit counts older than the retention period per month, then delete them."

    def handle(self, *args, **options):
        removed = prune()
        self.stdout.write(f"{removed} daily row(s) older than {retention_days()} days added up per month and removed.")
