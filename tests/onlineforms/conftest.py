import pytest
from django.core.management import call_command

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from tests.onlineforms.helpers import seed_demo_forms

    with django_db_blocker.unblock():
        seed_demo_forms()


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
