"""Storing votes and comments, the score per page (both languages together), and the review task
a low score opens."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.translation import gettext

from feedback import conf
from feedback.models import ReviewTask, Vote
from feedback.tasks import notify_review_task


def record_vote(page, helpful):
    """Store a vote on `page` (a live page that accepts feedback) and open a review task when the
    page's score has fallen below the threshold. Returns the vote."""
    with transaction.atomic():
        vote = Vote.objects.create(
            translation_key=page.translation_key, page_id=page.pk, locale_id=page.locale_id, helpful=helpful
        )
        if not helpful:
            open_review_if_due(page)
    return vote


def add_comment(vote, comment):
    """Attach the visitor's comment to their vote; False when it already has one."""
    return bool(Vote.objects.filter(pk=vote.pk, comment="", anonymised=False).update(comment=comment))


def tally(translation_key, since=None):
    """(votes, helpful votes) of one page in both languages, since `since` if given."""
    votes = Vote.objects.filter(translation_key=translation_key)
    if since is not None:
        votes = votes.filter(created_at__gte=since)
    counts = votes.aggregate(total=Count("id"), helpful=Count("id", filter=Q(helpful=True)))
    return counts["total"], counts["helpful"]


def score(total, helpful):
    """The share of helpful votes, or None without votes."""
    return helpful / total if total else None


def open_review_if_due(page):
    """Open a review task for `page` when, within the review window, it has at least
    FEEDBACK_REVIEW_MIN_VOTES votes and a score below FEEDBACK_REVIEW_THRESHOLD, and no task is open
    for it. The owning department is e-mailed once the transaction commits. Returns the new task or None."""
    since = timezone.now() - timedelta(days=conf.review_window_days())
    total, helpful = tally(page.translation_key, since)
    share = score(total, helpful)
    if total < conf.review_min_votes() or share is None or share >= conf.review_threshold():
        return None
    if ReviewTask.objects.filter(translation_key=page.translation_key, resolved_at__isnull=True).exists():
        return None
    with translation.override(settings.LANGUAGE_CODE):  # for the department, in the site's language
        reason = gettext("%(helpful)d of %(total)d visitors found the page helpful in the last %(days)d days.") % {
            "helpful": helpful,
            "total": total,
            "days": conf.review_window_days(),
        }
    try:
        with transaction.atomic():
            task = ReviewTask.objects.create(
                translation_key=page.translation_key,
                reason=reason,
                votes=total,
                score=share,
                owner_group_id=getattr(page, "owner_group_id", None),
            )
    except IntegrityError:  # another vote opened it at the same moment
        return None
    transaction.on_commit(lambda: notify_review_task.enqueue(task.pk))
    return task
