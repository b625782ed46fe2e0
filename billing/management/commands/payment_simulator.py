"""Run the local payment simulators, pmPayment and Stripe, for `make demo` (the tests start their own)."""

import time

from django.core.management.base import BaseCommand

from billing.simulators.pmpayment import PmPaymentSimulator
from billing.simulators.stripe import StripeSimulator


class Command(BaseCommand):
    help = "Serve the local pmPayment and Stripe simulators (demo and development only; never a real payment)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument("--salt", default="demo-salt-not-secret")
        parser.add_argument("--ags", default="05999000")
        parser.add_argument("--stripe-port", type=int, default=8766, help="0: no Stripe simulator")
        parser.add_argument("--stripe-key", default="sk_test_simulator")
        parser.add_argument("--stripe-webhook-secret", default="whsec_simulator_not_secret")
        parser.add_argument(
            "--stripe-webhook-url",
            default="http://127.0.0.1:8000/payments/process/stripe/",
            help="where the site receives Stripe's webhooks (django-payments' static endpoint)",
        )

    def handle(self, *args, host, port, salt, ags, stripe_port, stripe_key, stripe_webhook_secret, **options):
        simulators = [PmPaymentSimulator(salt, ags, host, port).start()]
        self.stdout.write(f"pmPayment simulator at {simulators[0].url}/")
        if stripe_port:
            webhook_url = options["stripe_webhook_url"]
            simulators.append(
                StripeSimulator(stripe_key, stripe_webhook_secret, webhook_url, host, stripe_port).start()
            )
            self.stdout.write(f"Stripe simulator at {simulators[1].url}/ (webhooks to {webhook_url})")
        self.stdout.write("Ctrl+C stops them.")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            for simulator in simulators:
                simulator.stop()
