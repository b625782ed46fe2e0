"""Background tasks (django-tasks; `manage.py db_worker` runs them), for a scheduler."""

from django_tasks import task

from visits.daily import flush, prune


@task()
def flush_visits():
    """Move the shared visit counters into DailyVisits (as `manage.py flush_visits`). Returns the
    number of visits moved, or None when another flush was running."""
    return flush()


@task()
def prune_visits():
    """Add up daily rows past VISITS_RETENTION_DAYS per month and delete them (as `manage.py prune_visits`)."""
    return prune()
