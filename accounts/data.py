"""Data rights (DSGVO Art. 15, 17, 20): everything the site holds about a citizen, and deleting
the account. What is exported is read through the account's own links only, so it holds the
citizen's data and nobody else's."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from accounts.models import CalendarChoice, Citizen, MeetingReminder, RequestLink, SignInLink
from accounts.records import timeline
from onlineforms.retention import purge
from onlineforms.submissions import Submission


def linked_submissions(citizen):
    return (
        Submission.objects.filter(account_link__citizen=citizen)
        .select_related("page")
        .prefetch_related("status_changes", "consents", "bookings", "files", "payments")
        .order_by("-submit_time")
    )


def request_data(submission):
    page = submission.page.specific
    return {
        "reference": submission.reference,
        "service": page.title,
        "submitted_at": submission.submit_time.isoformat(),
        "language": submission.language,
        "email": submission.citizen_email,
        "answers": {label: value for label, value in submission.answers(page)},
        "files": [f.original_name for f in submission.files.all()],
        "status": [
            {"status": step.status, "at": step.created_at.isoformat(), "message": step.message}
            for step in timeline(submission)
        ],
        "consents": [
            {
                "text": c.text,
                "privacy_notice": c.privacy_notice,
                "version": c.version,
                "given_at": c.given_at.isoformat(),
            }
            for c in submission.consents.all()
        ],
        "bookings": [
            {
                "reference": b.reference,
                "date": b.date.isoformat(),
                "kind": b.kind,
                "status": b.status,
                "address": b.address,
                "items": b.items,
                "fee": str(b.fee),
            }
            for b in submission.bookings.all()
        ],
        "payments": [
            {
                "provider": p.variant,
                "amount": str(p.total),
                "currency": p.currency,
                "status": p.status,
                "started_at": p.created.isoformat(),
                "paid_at": p.paid_at.isoformat() if p.paid_at else None,
                "refunded": str(p.refunded_amount),
                "refunded_at": p.refunded_at.isoformat() if p.refunded_at else None,
                "transaction": p.transaction_id,
            }
            for p in sorted(submission.payments.all(), key=lambda p: p.created)
        ],
    }


def export(citizen):
    """Everything about `citizen`, as JSON-ready data."""
    return {
        "account": {
            "sign_in_method": citizen.method,
            "oidc_issuer": citizen.oidc_issuer,
            "oidc_subject": citizen.oidc_subject,
            "email": citizen.email,
            "email_verified": citizen.email_verified,
            "name": citizen.name,
            "street": citizen.street,
            "postcode": citizen.postcode,
            "town": citizen.city,
            "phone": citizen.phone,
            "language": citizen.language,
            "created_at": citizen.created_at.isoformat(),
            "last_sign_in": citizen.last_login.isoformat() if citizen.last_login else None,
        },
        "sessions": [
            {"started_at": s.created_at.isoformat(), "expires_at": s.expires_at.isoformat()}
            for s in citizen.sessions.order_by("created_at")
        ],
        "calendar": calendar_data(citizen),
        "requests": [request_data(s) for s in linked_submissions(citizen)],
    }


def calendar_data(citizen):
    """My calendar: the choices, whether a private feed address exists (its token is not kept, only
    a digest of it, which is left out here as it is worth nothing to anyone) and the reminders sent."""
    choice = CalendarChoice.objects.filter(citizen=citizen).first()
    reminders = MeetingReminder.objects.filter(citizen=citizen).select_related("meeting").order_by("queued_at")
    return {
        "committees": [c.title for c in choice.committees.order_by("title")] if choice else [],
        "event_categories": list(choice.categories) if choice else [],
        "private_feed_created_at": choice.feed_created_at.isoformat() if choice and choice.feed_created_at else None,
        "reminders": bool(choice and choice.reminders),
        "reminder_hours_before": choice.reminder_hours if choice else None,
        "reminders_sent": [
            {
                "meeting": r.meeting.title,
                "queued_at": r.queued_at.isoformat(),
                "sent_at": r.sent_at.isoformat() if r.sent_at else None,
            }
            for r in reminders
        ],
    }


def must_be_kept(submission, now):
    return submission.submit_time >= now - timedelta(days=submission.page.specific.retention_days)


@transaction.atomic
def delete_account(citizen, now=None):
    """Delete the account (with its sessions, calendar choice, feed and reminder rows, which cascade
    from it). Submissions still within their form's retention period stay (the office
    needs them) but lose the link to the account; the others are deleted with their files and
    bookings' personal data (onlineforms.retention.purge). Returns (kept, deleted)."""
    now = now or timezone.now()
    kept, expired = [], []
    for submission in Submission.objects.filter(account_link__citizen=citizen).select_related("page"):
        (kept if must_be_kept(submission, now) else expired).append(submission.pk)
    RequestLink.objects.filter(citizen=citizen).delete()
    deleted = purge(Submission.objects.filter(pk__in=expired)) if expired else 0
    if citizen.email:
        SignInLink.objects.filter(email__iexact=citizen.email).delete()
    Citizen.objects.filter(pk=citizen.pk).delete()
    return len(kept), deleted
