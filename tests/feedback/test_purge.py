"""Comments are blanked after the retention period; the votes stay."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from feedback.models import Vote
from feedback.tasks import purge_feedback

pytestmark = pytest.mark.django_db


def make_vote(town, days_ago, comment):
    page = town.service("hund")
    vote = Vote.objects.create(
        translation_key=page.translation_key, page=page, locale=Locale.objects.get(language_code="de"), helpful=False, comment=comment
    )
    Vote.objects.filter(pk=vote.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return vote.pk


def test_purge_command_blanks_old_comments_only(town, settings):
    settings.FEEDBACK_COMMENT_RETENTION_DAYS = 90
    old = make_vote(town, 91, "Ich heiße Erika Mustermann, Tel. 0123")
    recent = make_vote(town, 89, "Die Gebühr fehlt")
    out = StringIO()
    call_command("purge_feedback", stdout=out)
    assert "1 feedback comment(s) older than 90 days removed." in out.getvalue()
    purged = Vote.objects.get(pk=old)
    assert purged.comment == "" and purged.anonymised and purged.helpful is False
    kept = Vote.objects.get(pk=recent)
    assert kept.comment == "Die Gebühr fehlt" and not kept.anonymised
    assert Vote.objects.count() == 2


def test_purge_task_through_the_worker(town, settings, db_worker):
    settings.FEEDBACK_COMMENT_RETENTION_DAYS = 30
    old = make_vote(town, 31, "alt")
    purge_feedback.enqueue()
    db_worker()
    assert Vote.objects.get(pk=old).comment == ""
