"""Signed references in the feedback forms.

The page reference is the same for every visitor (no time, no nonce), so a page with the widget can
be served from the page cache; it only proves that the page id came from our own page. The vote
reference, given after a vote for adding a comment, carries its time and expires."""

from django.core import signing

from feedback import conf

_PAGE_SALT = "feedback.page"
_VOTE_SALT = "feedback.vote"


def page_token(page):
    return signing.Signer(salt=_PAGE_SALT).sign(str(page.pk))


def read_page_token(token):
    """The page id in a genuine token, else None."""
    try:
        value = signing.Signer(salt=_PAGE_SALT).unsign(token or "")
    except (signing.BadSignature, TypeError):
        return None
    return int(value) if value.isdigit() else None


def vote_token(vote):
    return signing.dumps(vote.pk, salt=_VOTE_SALT)


def read_vote_token(token):
    """The vote id in a genuine, recent token, else None."""
    try:
        value = signing.loads(token or "", salt=_VOTE_SALT, max_age=conf.comment_window_seconds())
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None
