import pytest
from django.core.management import call_command

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def db_worker(monkeypatch, settings):
    """The real django-tasks database backend; calling the fixture runs one pass of its real worker
    (`manage.py db_worker --batch`), with the worker's connection housekeeping switched off (it would
    close the test's connection, which is inside the test transaction)."""
    settings.TASKS = DB_TASKS
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)

    def run():
        call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", "--no-reload", verbosity=0)

    return run
