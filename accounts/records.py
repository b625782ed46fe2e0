"""What the account keeps about submissions: the link to the account, the status timeline and the
consent given."""

import hashlib

from django.db import transaction
from django.utils.translation import gettext as _

from accounts.enums import LinkedBy, RequestStatus
from accounts.links import status_url
from accounts.models import ConsentRecord, RequestLink, StatusChange
from accounts.sessions import current_citizen
from accounts.tasks import send_status_email
from onlineforms.submissions import Submission


def confirmation_addition(place, submission, page, root, request=None):
    """onlineforms' confirmation e-mail: the address of the request's status page."""
    if place != "confirmation":
        return ""
    url = root.rstrip("/") + status_url(submission)
    return "\n" + _("Follow the status of your request: %(url)s") % {"url": url} + "\n"


# --- the timeline -------------------------------------------------------------------------------


def timeline(submission):
    """The status steps of `submission`, oldest first; "received" at its submission time when staff
    have recorded nothing yet."""
    changes = list(submission.status_changes.all())
    if not changes or changes[0].status != RequestStatus.RECEIVED:
        changes.insert(0, StatusChange(submission=submission, status=RequestStatus.RECEIVED, created_at=submission.submit_time))
    return changes


def current_status(submission):
    return timeline(submission)[-1]


# Staff's status, carried over to the submission's own (coarser) status in the admin list.
SUBMISSION_STATUS = {
    RequestStatus.RECEIVED: "new",
    RequestStatus.IN_PROGRESS: "in_progress",
    RequestStatus.NEEDS_INFORMATION: "in_progress",
    RequestStatus.DONE: "done",
    RequestStatus.REJECTED: "done",
}


@transaction.atomic
def change_status(submission, status, message="", user=None):
    """Record a status step and tell the citizen (by e-mail, after commit, through the task queue)."""
    change = StatusChange.objects.create(submission=submission, status=status, message=message.strip(), changed_by=user)
    coarse = SUBMISSION_STATUS[RequestStatus(status)]
    if submission.status != coarse:
        submission.status = coarse
        submission.save(update_fields=["status"])
    transaction.on_commit(lambda: send_status_email.enqueue(change.pk))
    return change


# --- receivers of onlineforms' signals ------------------------------------------------------------


def consent_records(submission, page, answers):
    privacy = page.privacy_page.specific if page.privacy_page_id and page.privacy_page else None
    notice = ""
    revision = None
    if privacy is not None:
        privacy = privacy.get_translation_or_none(page.locale) or privacy
        notice = f"{privacy.title} ({privacy.url_path})"
        revision = privacy.live_revision_id
    records = []
    for field in page.get_form_fields():
        if field.field_type != "consent" or not answers.get(field.clean_name):
            continue
        text = "\n".join(part for part in (field.label, field.help_text) if part)
        version = hashlib.sha256(f"{text}\n{notice}\n{revision}".encode()).hexdigest()[:16]
        records.append(
            ConsentRecord(
                submission=submission,
                field_key=field.clean_name,
                text=text,
                privacy_notice=notice[:500],
                privacy_revision=revision,
                version=version,
            )
        )
    ConsentRecord.objects.bulk_create(records)
    return records


def on_submission_stored(sender, submission, page, answers, request=None, **kwargs):
    """Keep the consent given, and link the submission to the signed-in citizen's account."""
    consent_records(submission, page, answers)
    citizen = current_citizen(request) if request is not None else None
    if citizen is not None:
        RequestLink.objects.create(citizen=citizen, submission=submission, linked_by=LinkedBy.SESSION)


def link_earlier_requests(citizen):
    """After the citizen's address is confirmed: their earlier submissions with that address,
    not yet in any account, join this one. Returns how many."""
    if not (citizen.email and citizen.email_verified):
        return 0
    found = Submission.objects.filter(citizen_email__iexact=citizen.email, account_link__isnull=True)
    links = [RequestLink(citizen=citizen, submission=s, linked_by=LinkedBy.EMAIL) for s in found]
    RequestLink.objects.bulk_create(links, ignore_conflicts=True)
    return len(links)
