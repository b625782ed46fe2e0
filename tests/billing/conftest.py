"""The payment tests: the demo's forms, the pmPayment simulator on a free port, and the site served
over real HTTP on another, so the simulator's notification reaches the app as it would in production.

The app server is Django's own live-server thread, given the test's database connection (as
LiveServerTestCase does for SQLite): the test waits while the simulator calls the app, so the two
never use the connection at the same time, and everything the notification changes is rolled
back with the test."""

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import ThreadedWSGIServer
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections
from django.test.testcases import LiveServerThread

from billing.simulators.pmpayment import PmPaymentSimulator
from billing.simulators.stripe import StripeSimulator
from tests.onlineforms.conftest import _on_the_demo_forms, demo_forms  # noqa: F401

SALT = "test-salt-only-for-the-simulator"
AGS = "05999000"
STRIPE_KEY = "sk_test_only_for_the_simulator"
STRIPE_WEBHOOK_SECRET = "whsec_test_only_for_the_simulator"


@pytest.fixture(scope="session")
def stripe_simulator():
    sim = StripeSimulator(STRIPE_KEY, STRIPE_WEBHOOK_SECRET).start()
    yield sim
    sim.stop()


@pytest.fixture(scope="session")
def simulator():
    sim = PmPaymentSimulator(SALT, AGS).start()
    yield sim
    sim.stop()


class SharedConnectionServer(ThreadedWSGIServer):
    def _close_connections(self):
        """Keep the test's connection open (the request threads share it)."""


class AppServerThread(LiveServerThread):
    """LiveServerThread, except that it leaves the shared connection open when it stops."""

    server_class = SharedConnectionServer

    def run(self):
        for alias, conn in self.connections_override.items():
            connections[alias] = conn
        try:
            self.httpd = self._create_server(connections_override=self.connections_override)
            self.port = self.httpd.server_address[1]
            self.httpd.set_app(WSGIHandler())
            self.is_ready.set()
            self.httpd.serve_forever()
        except Exception as error:
            self.error = error
            self.is_ready.set()


@pytest.fixture
def app_server(db, monkeypatch):
    connection = connections["default"]
    connection.inc_thread_sharing()
    # Django closes a connection at the end of a request when it is inside a transaction (the
    # test's); the test client reconnects that handler after each of its own requests. On SQLite's
    # in-memory database close() does nothing anyway; on PostgreSQL it must not either while shared.
    monkeypatch.setattr(connection, "close", lambda: None)
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    thread = AppServerThread("127.0.0.1", None, {"default": connection}, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
    connection.dec_thread_sharing()


@pytest.fixture
def pmpayment(settings, simulator, app_server):
    """Online payment through pmPayment at the simulator, for a site served at app_server."""
    settings.PAYMENT_VARIANTS = {
        "pmpayment": (
            "billing.providers.pmpayment.PmPaymentProvider",
            {"endpoint": simulator.url, "ags": AGS, "procedure": "sperrmuell", "salt": SALT},
        )
    }
    settings.BILLING_VARIANTS = ["pmpayment"]
    settings.BILLING_SITE_URL = app_server + "/"
    return simulator


@pytest.fixture
def stripe_checkout(settings, simulator, stripe_simulator, app_server):
    """Both providers offered, pmPayment first as in production; Stripe's API and hosted page at
    its simulator, whose webhooks go to django-payments' static endpoint of the site at app_server."""
    stripe_simulator.webhook_url = app_server + "/payments/process/stripe/"
    settings.PAYMENT_VARIANTS = {
        "pmpayment": (
            "billing.providers.pmpayment.PmPaymentProvider",
            {"endpoint": simulator.url, "ags": AGS, "procedure": "sperrmuell", "salt": SALT},
        ),
        "stripe": (
            "billing.providers.stripe.StripeProvider",
            {"api_key": STRIPE_KEY, "webhook_secret": STRIPE_WEBHOOK_SECRET, "endpoint": stripe_simulator.url},
        ),
    }
    settings.BILLING_VARIANTS = ["pmpayment", "stripe"]
    settings.BILLING_SITE_URL = app_server + "/"
    yield stripe_simulator
    stripe_simulator.webhook_url = None
