from django.core.management.base import BaseCommand

from accounts.housekeeping import purge


class Command(BaseCommand):
    help = "Delete expired citizen sessions, expired sign-in links and reminder rows of meetings long over (run daily)."

    def handle(self, *args, **options):
        counts = purge()
        self.stdout.write(
            "Deleted {sessions} expired session(s), {sign_in_links} sign-in link(s), {reminders} old reminder(s).".format(
                **counts
            )
        )
