"""The signed link to a submission's payment page (in the confirmation e-mail and on the page
after sending), so a citizen pays without an account and nobody can open another's."""

from django.core import signing
from django.urls import reverse
from django.utils import translation

from onlineforms.submissions import Submission

SALT = "billing.pay"


def pay_token(submission):
    return signing.dumps({"s": submission.pk, "r": submission.reference}, salt=SALT, compress=True)


def submission_for(token):
    """The submission a token names, or None if forged, altered or gone."""
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("s"), int) or not isinstance(data.get("r"), str):
        return None
    return Submission.objects.filter(pk=data["s"], reference=data["r"]).first()


def pay_url(submission, language=None):
    with translation.override(language or submission.language):
        return reverse("billing_pay", args=[pay_token(submission)])
