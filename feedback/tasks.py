"""Background tasks (django-tasks; the database backend's `manage.py db_worker` runs them)."""

from django_tasks import task

from feedback.notifications import send_review_notice
from feedback.retention import purge_comments


@task()
def notify_review_task(task_id):
    """E-mail the owning department's editors about a new review task. Returns the addresses."""
    return send_review_notice(task_id)


@task()
def purge_feedback():
    """Blank the comments past the retention period (for a scheduler; `manage.py purge_feedback` does the same)."""
    return purge_comments()
