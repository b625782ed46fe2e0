"""The signed link to a request's status page, for citizens without an account (in the
confirmation e-mail)."""

from django.core import signing
from django.urls import reverse
from django.utils import translation

from onlineforms.submissions import Submission

STATUS_SALT = "accounts.status"


def status_token(submission):
    """A token naming `submission` for its status page. It does not expire (the request may take
    months); the reference inside means a token never opens another submission that reuses the pk."""
    return signing.dumps({"s": submission.pk, "r": submission.reference}, salt=STATUS_SALT, compress=True)


def submission_for_status_token(token):
    try:
        data = signing.loads(token, salt=STATUS_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("s"), int) or not isinstance(data.get("r"), str):
        return None
    return Submission.objects.filter(pk=data["s"], reference=data["r"]).first()


def status_url(submission, language=None):
    with translation.override(language or submission.language):
        return reverse("accounts:status_page", args=[status_token(submission)])
