"""The real django-tasks database worker for tests (the `db_worker` fixture in tests/conftest.py)."""

from django.core.management import call_command

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_db_worker():
    """One pass of the real worker over what is queued (`manage.py db_worker --batch`)."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", "--no-reload", verbosity=0)
