"""The feedback settings, with their defaults (documented in docs/feedback.md)."""

from django.conf import settings


def review_threshold():
    """Below this share of helpful votes a page gets a review task."""
    return float(getattr(settings, "FEEDBACK_REVIEW_THRESHOLD", 0.5))


def review_min_votes():
    """...but only once it has at least this many votes within the review window."""
    return int(getattr(settings, "FEEDBACK_REVIEW_MIN_VOTES", 10))


def review_window_days():
    """The votes of the last this many days count for the review."""
    return int(getattr(settings, "FEEDBACK_REVIEW_WINDOW_DAYS", 90))


def retention_days():
    """Comments older than this are blanked (the vote stays)."""
    return int(getattr(settings, "FEEDBACK_COMMENT_RETENTION_DAYS", 90))


def comment_max_length():
    return int(getattr(settings, "FEEDBACK_COMMENT_MAX_LENGTH", 1000))


def comment_window_seconds():
    """How long after the vote the visitor may add a comment to it."""
    return int(getattr(settings, "FEEDBACK_COMMENT_WINDOW", 3600))
