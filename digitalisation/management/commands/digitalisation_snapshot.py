"""Keep the Digitalisierungsstand's monthly history: run daily or monthly from cron or a systemd
timer (the last run in a month is that month's figure). --backfill rebuilds past months from the
services' page revisions."""

from django.core.management.base import BaseCommand, CommandError

from digitalisation import snapshots
from digitalisation.tasks import take_snapshot


class Command(BaseCommand):
    help = "Write this month's digitalisation snapshot (or, with --backfill, rebuild past months from revisions)."

    def add_arguments(self, parser):
        parser.add_argument("--backfill", action="store_true", help="Rebuild past months from page revisions.")
        parser.add_argument("--months", type=int, default=12, help="How many past months to rebuild (default 12).")
        parser.add_argument("--force", action="store_true", help="With --backfill: replace months that have a snapshot.")
        parser.add_argument("--enqueue", action="store_true", help="Hand the snapshot to the task queue instead.")

    def handle(self, *args, backfill=False, months=12, force=False, enqueue=False, **options):
        if not 1 <= months <= 120:
            raise CommandError("--months must be between 1 and 120.")
        if backfill:
            written = snapshots.backfill(months=months, force=force)
            self.stdout.write(f"Backfill: {len(written)} monthly snapshots rebuilt from revisions.")
        if enqueue:
            result = take_snapshot.enqueue()
            self.stdout.write(f"Snapshot task queued ({result.id}).")
        elif not backfill:
            written = snapshots.take()
            self.stdout.write(f"Snapshot: {len(written)} languages written for this month.")
