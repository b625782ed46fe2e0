from django.core.management.base import BaseCommand

from bookings.tasks import release_reservations


class Command(BaseCommand):
    help = "Release pickup reservations not confirmed in time, so their dates are free again (run from cron, e.g. every 10 minutes)."

    def handle(self, *args, **options):
        released = release_reservations.call()
        self.stdout.write(f"{released} reservation(s) released.")
