"""Deleting what has run out: citizen sessions past their end, sign-in links past theirs (used or
not), and reminder rows of meetings long over (`manage.py purge_accounts`, daily). A reminder row
is kept while its meeting could still be due, so a meeting is never reminded of twice."""

from datetime import timedelta

from django.utils import timezone

from accounts.models import CitizenSession, MeetingReminder, SignInLink
from council.models import Meeting

REMINDERS_KEPT = timedelta(days=30)  # after the meeting has ended


def purge(now=None):
    """Delete expired sessions, sign-in links and old reminder rows; returns the counts by kind."""
    now = now or timezone.now()
    sessions, _by_model = CitizenSession.objects.filter(expires_at__lte=now).delete()
    links, _by_model = SignInLink.objects.filter(expires_at__lte=now).delete()
    over = Meeting.objects.held().filter(held_until__lt=now - REMINDERS_KEPT).values("pk")
    reminders, _by_model = MeetingReminder.objects.filter(meeting__in=over).delete()
    return {"sessions": sessions, "sign_in_links": links, "reminders": reminders}
