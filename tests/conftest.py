"""Fixtures for every test.

Unit tests build what they need from tests/factories; most share the small bilingual `town`, built
once per process. The seeded demo town serves smoke tests (marked `demo`) and the directories that
have not moved to factories yet: a test gets it through the `demo` marker or the `demo_site` fixture.
Once a process has seeded the demo it stays for the rest of the session, so tests on the demo run
after all others (each xdist worker keeps the collection order)."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

from home.models import HomePage
from pagecache import store
from tests.factories.site import bilingual_site
from tests.factories.town import build_town
from tests.worker import DB_TASKS, run_db_worker

# Tests that still run on the seeded demo without asking for it (the conftests of tests/council,
# tests/onlineforms, tests/bookings and tests/security ask for `demo_site` themselves).
# Browser tests drive a server with its own seeded demo database, but they run after the factory
# tests too: Playwright's sync API switches the context Django keys its connections by, so a test
# after it would no longer see the town's open transaction.
ON_THE_DEMO = ("tests/search/", "tests/demo/test_seed.py", "tests/browser/")


def pytest_configure(config):
    config.addinivalue_line("markers", "demo: runs on the seeded demo town (a smoke test of the demo content)")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.nodeid.startswith(ON_THE_DEMO):
            item.add_marker(pytest.mark.demo)
        if item.get_closest_marker("demo") and "demo_site" not in item.fixturenames:
            # First of all, so the demo is seeded before the test's (or its class's) transaction opens.
            item.fixturenames.insert(0, "demo_site")
    items.sort(key=lambda item: "demo_site" in item.fixturenames)


class SharedData:
    """Test data built once per process and shared by many tests, kept in an outer transaction (each
    test runs in a savepoint inside it). It is rolled back before the demo is seeded, which the test
    order puts after every test on factories, and at the end of the session."""

    def __init__(self, django_db_blocker):
        self.blocker = django_db_blocker
        self.atomic = None

    def open(self):
        self.blocker.unblock()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()

    def seal(self):
        """Block database access again between tests, as pytest-django does."""
        self.blocker.block()

    def close(self):
        if self.atomic is None:
            return
        self.blocker.restore()
        if transaction.get_connection().in_atomic_block:
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        # else: a test closed the connection (Django's TestCase does after each class), which rolled
        # the shared data back already.
        self.atomic = None
        self.blocker.restore()


@pytest.fixture(scope="session")
def shared_data(django_db_blocker):
    shared = SharedData(django_db_blocker)
    yield shared
    shared.close()


@pytest.fixture(scope="session")
def town(django_db_setup, shared_data):
    """A small bilingual town from the factories (tests/factories/town.py), built once per process."""
    shared_data.open()
    try:
        return build_town()
    finally:
        shared_data.seal()


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker, shared_data):
    """The whole bilingual demo, seeded once per process (each xdist worker has its own database);
    each test runs in a transaction on top of it. Returns the German home page."""
    shared_data.close()
    with django_db_blocker.unblock():
        call_command("seed_demo", "--no-admin", verbosity=0, stdout=io.StringIO())
        return HomePage.objects.get(locale__language_code="de")


@pytest.fixture
def home(db):
    """The German home page: the demo's in a test on the demo, otherwise a new bilingual site from the factories."""
    return HomePage.objects.filter(locale__language_code="de").first() or bilingual_site()[0]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached responses (sitemap, the page cache) must not leak from one test into the next."""
    cache.clear()
    store.forget_process_state()
    yield
    cache.clear()
    store.forget_process_state()


@pytest.fixture(autouse=True)
def _anymail_test_backend(_fresh_cache, settings):
    """pytest-django swaps in Django's locmem backend; the tests use anymail's test backend, as the
    settings do (it keeps `mail.outbox` too, and adds what anymail reports: message ids, status).
    It asks for `_fresh_cache` first, so a test's changed settings (CACHES) are restored before
    that fixture clears the cache (autouse fixtures of one file are set up in the order of their names)."""
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"


@pytest.fixture
def db_worker(monkeypatch, settings):
    """The real django-tasks database backend; calling the fixture runs one pass of its real worker
    (`manage.py db_worker --batch`). The worker's connection housekeeping would close the test's
    connection (it is inside the test transaction), so that one call is switched off."""
    settings.TASKS = DB_TASKS
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    return run_db_worker
