"""Which pages ask for feedback. feedback sits above services and lebenslagen, so it names their
page types here; the pages themselves know nothing of it."""

from lebenslagen.models import LebenslagePage
from services.models import ServicePage

PAGE_TYPES = (ServicePage, LebenslagePage)


def accepts_feedback(page):
    return isinstance(page, PAGE_TYPES)
