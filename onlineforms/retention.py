"""Data retention (DSGVO): each form page keeps submissions for its retention period."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from onlineforms.models import FormPage, Submission


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
    """Delete submissions with their files; their pickups keep only date and kind (statistics)."""
    from bookings.models import Booking

    ids = list(submissions.values_list("pk", flat=True))
    Booking.objects.filter(submission_id__in=ids).update(name="", address="", items="", submission=None)
    # Files go with their rows (SubmissionFile's post_delete removes them from private storage).
    Submission.objects.filter(pk__in=ids).delete()
    return len(ids)
