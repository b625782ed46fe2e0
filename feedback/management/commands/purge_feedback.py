"""Blank feedback comments older than FEEDBACK_COMMENT_RETENTION_DAYS (run daily, e.g. from cron)."""

from django.core.management.base import BaseCommand

from feedback import conf
from feedback.retention import purge_comments


class Command(BaseCommand):
    help = "Remove the comments of feedback votes older than the retention period; the votes themselves stay."

    def handle(self, *args, **options):
        count = purge_comments()
        self.stdout.write(f"{count} feedback comment(s) older than {conf.retention_days()} days removed.")
