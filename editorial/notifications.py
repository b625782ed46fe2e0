"""Wagtail's workflow e-mails (submitted, approved, rejected) go through the task queue.

Wagtail connects its notifiers to the workflow signals with fixed dispatch_uids when wagtail.admin
starts. Ours are connected under the same uids first (editorial starts before wagtail.admin), so
Wagtail's connect is a no-op and no e-mail is sent inside the editor's request; if wagtail.admin
had started first, its receivers are disconnected. Each receiver queues `send_workflow_email`
after the commit, and the worker runs Wagtail's own notifier: same recipients, templates and
languages (each recipient's admin language)."""

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.admin import signal_handlers as wagtail_handlers
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

# name: (signal, sender, Wagtail's dispatch_uid, Wagtail's notifier)
NOTIFIERS = {
    "task_submitted": (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        wagtail_handlers.task_submission_email_notifier,
    ),
    "workflow_submitted": (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        wagtail_handlers.workflow_submission_email_notifier,
    ),
    "workflow_rejected": (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        wagtail_handlers.workflow_rejection_email_notifier,
    ),
    "workflow_approved": (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        wagtail_handlers.workflow_approval_email_notifier,
    ),
}


def notify(name, instance_pk, user_pk=None):
    """Run Wagtail's notifier `name` for the task or workflow state (in the worker)."""
    _signal, sender, _uid, notifier = NOTIFIERS[name]
    instance = sender.objects.filter(pk=instance_pk).first()
    if instance is None:
        return False
    user = get_user_model().objects.filter(pk=user_pk).first() if user_pk else None
    return notifier(instance=instance, user=user)


def _queueing_receiver(name, enqueue):
    def receiver(sender, instance, user=None, **kwargs):
        user_pk = getattr(user, "pk", None)
        transaction.on_commit(lambda: enqueue(name, instance.pk, user_pk))

    receiver.__name__ = f"queue_{name}_email"
    return receiver


RECEIVERS = {}


def connect(enqueue):
    """Put a queueing receiver in place of each of Wagtail's e-mail receivers."""
    for name, (signal, sender, uid, _notifier) in NOTIFIERS.items():
        signal.disconnect(sender=sender, dispatch_uid=uid)
        RECEIVERS[name] = _queueing_receiver(name, enqueue)
        signal.connect(RECEIVERS[name], sender=sender, dispatch_uid=uid, weak=False)

