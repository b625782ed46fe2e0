"""Data retention (DSGVO): each form page keeps submissions for its retention period."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from onlineforms.models import FormPage, Submission
from onlineforms.signals import submissions_purging


def expired_by_form(now=None):
    """[(form page in the default language, queryset of expired submissions)]."""
    now = now or timezone.now()
    result = []
    seen = set()
    for page in FormPage.objects.order_by("locale_id", "pk"):
        if page.translation_key in seen:
            continue
        seen.add(page.translation_key)
        cutoff = now - timedelta(days=page.retention_days)
        result.append((page, Submission.objects.filter(form_key=page.translation_key, submit_time__lt=cutoff)))
    return result


@transaction.atomic
def purge(submissions):
    """Delete submissions with their files; apps keeping data about them are told first
    (submissions_purging), so they can strip the personal data they keep."""
    ids = list(submissions.values_list("pk", flat=True))
    submissions_purging.send(sender=Submission, ids=ids)
    # Files go with their rows (SubmissionFile's post_delete removes them from private storage).
    Submission.objects.filter(pk__in=ids).delete()
    return len(ids)
