"""Run the local pmPayment simulator (for `make demo`; the tests start their own)."""

import time

from django.core.management.base import BaseCommand

from billing.simulators.pmpayment import PmPaymentSimulator


class Command(BaseCommand):
    help = "Serve the local pmPayment simulator (demo and development only; never a real payment)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument("--salt", default="demo-salt-not-secret")
        parser.add_argument("--ags", default="05999000")

    def handle(self, *args, host, port, salt, ags, **options):
        simulator = PmPaymentSimulator(salt, ags, host, port).start()
        self.stdout.write(f"pmPayment simulator at {simulator.url}/ (Ctrl+C stops it)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            simulator.stop()
