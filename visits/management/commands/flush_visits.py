"""Move the visit counters from the shared cache into the DailyVisits table (run every few minutes)."""

from django.core.management.base import BaseCommand

from visits.daily import flush


class Command(BaseCommand):
    help = "Move the visit counters from the shared cache (Redis) into the DailyVisits table."

    def handle(self, *args, **options):
        moved = flush()
        if moved is None:
            self.stdout.write("Another flush_visits is running; nothing done.")
        else:
            self.stdout.write(f"{moved} visit(s) moved into the table.")
