"""Background tasks (django-tasks; the database backend's `manage.py db_worker` runs them)."""

from django_tasks import task

from digitalisation import snapshots


@task()
def take_snapshot():
    """This month's snapshot of every language; returns how many were written."""
    return len(snapshots.take())
