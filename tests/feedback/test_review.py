"""A page whose score falls below the threshold gets one review task, and its owners an e-mail."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from feedback.models import ReviewTask
from services.models import ServicePage
from tests.feedback.conftest import give_feedback

pytestmark = pytest.mark.django_db


@pytest.fixture
def owners(django_user_model, town):
    group = Group.objects.create(name="Fachbereich Ordnung")
    for name, email, active in [("anna", "anna@example.org", True), ("bert", "bert@example.org", True), ("old", "old@example.org", False)]:
        user = django_user_model.objects.create_user(name, email, "pw", is_active=active)
        user.groups.add(group)
    django_user_model.objects.create_user("other", "other@example.org", "pw")
    ServicePage.objects.filter(translation_key=town.service("hund").translation_key).update(owner_group=group)
    return group


@pytest.fixture
def review_settings(settings):
    settings.FEEDBACK_REVIEW_THRESHOLD = 0.5
    settings.FEEDBACK_REVIEW_MIN_VOTES = 4


def vote_many(client, town, answers):
    pages = [town.service("hund"), town.service("hund", "en")]
    for number, answer in enumerate(answers):
        response = give_feedback(client, pages[number % 2], answer, f"192.0.2.{number + 1}")
        assert response.status_code == 303


def test_low_score_opens_one_task_and_mails_the_owners_through_the_worker(
    client, town, owners, review_settings, db_worker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        vote_many(client, town, ["yes", "no", "no"])  # 3 votes: below the minimum
    assert not ReviewTask.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        vote_many(client, town, ["no"])  # 4 votes from both languages, 1 helpful: 25 %
    task = ReviewTask.objects.get()
    assert task.translation_key == town.service("hund").translation_key
    assert task.votes == 4 and task.score == 0.25
    assert task.owner_group == owners
    assert mail.outbox == []  # the worker sends it
    db_worker()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.bcc) == ["anna@example.org", "bert@example.org"]
    assert "Hund anmelden" in message.subject
    assert f"/admin/reports/feedback/{task.translation_key}/" in message.body
    assert "1 von 4" in message.body  # German, the site's language

    # More bad votes: still one open task, no second e-mail.
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(3):
            give_feedback(client, town.service("hund"), "no", f"198.51.100.{number + 1}")
    db_worker()
    assert ReviewTask.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_resolved_task_lets_a_new_one_open(client, town, owners, review_settings):
    vote_many(client, town, ["no", "no", "no", "no"])
    task = ReviewTask.objects.get()
    task.resolved_at = task.created_at
    task.save()
    vote_many(client, town, ["no"])
    assert ReviewTask.objects.filter(resolved_at__isnull=True).count() == 1
    assert ReviewTask.objects.count() == 2


def test_good_score_opens_no_task(client, town, owners, review_settings):
    vote_many(client, town, ["yes", "yes", "no", "no", "yes"])
    assert not ReviewTask.objects.exists()
