"""The review step: a department submits its service, Redaktion approves (or rejects) and so
publishes it; every e-mail of the workflow goes through the real task worker, in each recipient's
admin language. Comments are on; the publish schedule (go-live, expiry) is Wagtail's."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Page, WorkflowState
from wagtail.users.models import UserProfile

from tests.editorial.conftest import service_form

pytestmark = pytest.mark.django_db


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def action_url(page, action, task_state):
    return f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"


@pytest.fixture
def submitted(client, town, roles, db_worker, django_capture_on_commit_callbacks):
    """The Bürgerbüro submits its dog service for review (the worker has not run yet)."""
    client.force_login(roles.user("buergerbuero"))
    service = town.service("hund")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(service), service_form(service, action="action-submit", teaser="Geprüft?"))
    assert response.status_code == 302
    return service


def test_submitting_queues_the_email_to_redaktion(submitted, roles, db_worker):
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(submitted.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Freigabe durch die Redaktion"
    assert mail.outbox == []  # nothing is sent inside the editor's request
    db_worker()
    recipients = {address for message in mail.outbox for address in message.to}
    assert roles.user("redaktion").email in recipients
    assert roles.user("buergerbuero").email not in recipients
    assert roles.user("abfall").email not in recipients
    message = next(m for m in mail.outbox if roles.user("redaktion").email in m.to)
    assert "Hund anmelden" in message.subject


def test_the_email_is_in_the_recipients_language(submitted, roles, db_worker):
    profile = UserProfile.get_for_user(roles.user("redaktion"))
    profile.preferred_language = "de"
    profile.save()
    db_worker()
    message = next(m for m in mail.outbox if roles.user("redaktion").email in m.to)
    assert "Hund anmelden" in message.subject
    assert "zur Moderation" in message.subject or "eingereicht" in message.subject, message.subject


def test_the_department_cannot_approve_its_own_submission(client, submitted, roles):
    state = WorkflowState.objects.get(object_id=str(submitted.pk))
    response = client.post(action_url(submitted, "approve", state.current_task_state), {"comment": ""})
    assert response.status_code in (302, 403)
    assert not Page.objects.get(pk=submitted.pk).specific.teaser == "Geprüft?"
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_IN_PROGRESS


def test_redaktion_approves_and_publishes(client, submitted, roles, db_worker, django_capture_on_commit_callbacks):
    db_worker()
    mail.outbox.clear()
    state = WorkflowState.objects.get(object_id=str(submitted.pk))
    client.force_login(roles.user("redaktion"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            action_url(submitted, "approve", state.current_task_state), {"comment": "Passt so."}
        )
    assert response.status_code in (200, 302)
    page = Page.objects.get(pk=submitted.pk).specific
    assert page.live and page.teaser == "Geprüft?"
    assert page.last_reviewed == timezone.localdate()
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_APPROVED
    assert mail.outbox == []
    db_worker()
    assert [message.to for message in mail.outbox] == [[roles.user("buergerbuero").email]]
    assert "Hund anmelden" in mail.outbox[0].subject


def test_redaktion_rejects_with_a_comment(client, submitted, roles, db_worker, django_capture_on_commit_callbacks):
    db_worker()
    mail.outbox.clear()
    state = WorkflowState.objects.get(object_id=str(submitted.pk))
    client.force_login(roles.user("redaktion"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(action_url(submitted, "reject", state.current_task_state), {"comment": "Bitte Gebühr ergänzen."})
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_NEEDS_CHANGES
    assert Page.objects.get(pk=submitted.pk).specific.teaser != "Geprüft?"
    db_worker()
    message = next(m for m in mail.outbox if roles.user("buergerbuero").email in m.to)
    assert "Bitte Gebühr ergänzen." in message.body


def test_comments_are_on(client, town, roles):
    client.force_login(roles.user("buergerbuero"))
    response = client.get(edit_url(town.service("hund")))
    assert response.status_code == 200
    assert b"comments" in response.content and response.context["form"].show_comments_toggle


def test_publish_schedule_go_live_and_expiry(client, town, roles):
    """Redaktion schedules a service: it goes live at go_live_at (publish_scheduled, cron) and expires at expire_at."""
    client.force_login(roles.user("redaktion"))
    service = town.service("fundsachen")
    go_live = timezone.localtime() + timedelta(hours=1)  # the form is in the site's time zone
    expire = timezone.localtime() + timedelta(days=2)
    data = service_form(
        service,
        teaser="Ab morgen neu.",
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
        expire_at=expire.strftime("%Y-%m-%d %H:%M"),
    )
    response = client.post(edit_url(service), data)
    assert response.status_code == 302
    page = Page.objects.get(pk=service.pk).specific
    assert page.teaser != "Ab morgen neu."  # still the old version until go-live
    revision = page.get_latest_revision()
    assert revision.approved_go_live_at is not None
    with freeze_time(timezone.now() + timedelta(hours=2)):
        call_command("publish_scheduled", verbosity=0)
    page = Page.objects.get(pk=service.pk).specific
    assert page.teaser == "Ab morgen neu." and page.expire_at is not None
