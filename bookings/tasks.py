"""Background tasks (django-tasks; the database backend's `manage.py db_worker` runs them)."""

from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task, task_backends

from bookings.models import Booking


@task()
def release_reservations():
    """Release every reservation whose confirmation deadline has passed, so its date is free again.
    Idempotent: running it early, late or twice is harmless. Returns how many were released."""
    return Booking.objects.release_expired()


def backend_defers():
    return task_backends[DEFAULT_TASK_BACKEND_ALIAS].supports_defer


def schedule_release(when):
    """Queue a release run for a reservation's deadline, if the backend can defer (the database
    backend; onlineforms/tasks.py schedules its e-mail retries the same way). Without one, cron runs
    `manage.py release_reservations`; until then an overdue reservation already counts as free."""
    if when is not None and backend_defers():
        release_reservations.using(run_after=max(when, timezone.now())).enqueue()
