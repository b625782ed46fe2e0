"""Background work (django-tasks; the database backend's `manage.py db_worker` runs it)."""

from django_tasks import task

from editorial import notifications, reviews


@task()
def send_workflow_email(name, instance_pk, user_pk=None):
    """One of Wagtail's workflow e-mails (submitted, approved, rejected), sent by its own notifier."""
    return notifications.notify(name, instance_pk, user_pk)


def enqueue_workflow_email(name, instance_pk, user_pk=None):
    send_workflow_email.enqueue(name, instance_pk, user_pk)


@task()
def send_review_reminders():
    """The weekly reminder to each department about its overdue and soon-due reviews."""
    return reviews.send_reminders()
