"""Comments may contain personal data a visitor typed in; after FEEDBACK_COMMENT_RETENTION_DAYS
they are blanked. The vote itself (page, language, yes or no, day) stays for the statistics."""

from datetime import timedelta

from django.utils import timezone

from feedback import conf
from feedback.models import Vote


def expired(now=None):
    cutoff = (now or timezone.now()) - timedelta(days=conf.retention_days())
    return Vote.objects.filter(created_at__lt=cutoff, anonymised=False)


def purge_comments(now=None):
    """Blank the comments of votes older than the retention period; returns how many had a comment."""
    votes = expired(now)
    with_comment = votes.exclude(comment="").count()
    votes.update(comment="", anonymised=True)
    return with_comment
