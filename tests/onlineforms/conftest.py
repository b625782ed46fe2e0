import pytest
from django.core.management import call_command

from tests.onlineforms.helpers import seed_demo_forms

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(scope="session")
def demo_forms(demo_site, django_db_blocker):
    """The seeded demo town with its online forms (tests/conftest.py seeds the town once per process)."""
    with django_db_blocker.unblock():
        seed_demo_forms()


@pytest.fixture(autouse=True)
def _on_the_demo_forms(demo_forms):
    """The forms and booking tests still run on the demo's forms (and so after the factory tests)."""


@pytest.fixture(autouse=True)
def _anymail_test_backend(settings):
    """pytest-django swaps in Django's locmem backend; these tests use anymail's test backend, as the settings do."""
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"


@pytest.fixture
def db_worker(monkeypatch, settings):
    """The real django-tasks database backend; calling the fixture runs one pass of its real worker
    (`manage.py db_worker --batch`). The worker's connection housekeeping would close the test's
    connection (it is inside the test transaction), so that one call is switched off."""
    settings.TASKS = DB_TASKS
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)

    def run():
        call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", "--no-reload", verbosity=0)

    return run
