"""Report (default) or delete (--delete) submissions older than their form's retention period."""

from django.core.management.base import BaseCommand

from onlineforms.retention import expired_by_form, purge


class Command(BaseCommand):
    help = (
        "Delete personal data of submissions past their form's retention period. Only reports unless --delete is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Really delete; without it the command only reports.")

    def handle(self, *args, **options):
        total = 0
        for page, expired in expired_by_form():
            count = expired.count()
            if not count:
                continue
            total += count
            if options["delete"]:
                purge(expired)
                self.stdout.write(f"{page.title}: {count} submission(s) older than {page.retention_days} days deleted.")
            else:
                self.stdout.write(
                    f"{page.title}: {count} submission(s) older than {page.retention_days} days would be deleted."
                )
        if not options["delete"]:
            self.stdout.write(
                f"{total} submission(s) past their retention period. Nothing deleted; run with --delete to delete them."
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"{total} submission(s) deleted."))
