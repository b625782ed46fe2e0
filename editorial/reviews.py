"""Review dates that work (docs/editorial.md): publishing a page counts as its review and sets the
next date from its type's interval; the report and the weekly reminders list what is overdue or due.

Settings: EDITORIAL_REVIEW_INTERVALS ({"app_label.ModelName": days}; a type not named keeps the dates
its editors type), EDITORIAL_REVIEW_DUE_SOON_DAYS (30)."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from services.models import ServicePage

DEFAULT_INTERVALS = {
    "services.ServicePage": 365,
    "lebenslagen.LebenslagePage": 365,
    "lebenslagen.LebenslagenIndexPage": 730,
    "cms.StandardPage": 730,
}
OVERDUE, DUE_SOON = "overdue", "due_soon"


def intervals():
    configured = getattr(settings, "EDITORIAL_REVIEW_INTERVALS", DEFAULT_INTERVALS)
    return {label.lower(): days for label, days in configured.items()}


def interval_for(model):
    return intervals().get(model._meta.label_lower)


def due_soon_days():
    return getattr(settings, "EDITORIAL_REVIEW_DUE_SOON_DAYS", 30)


def _previous_value(instance, revision, name):
    """The field's value in the revision before this one (None when there is none)."""
    if revision is None:
        return None
    previous = instance.revisions.exclude(pk=revision.pk).filter(created_at__lte=revision.created_at)
    previous = previous.order_by("-created_at", "-pk").first()
    return previous.content.get(name) if previous is not None else None


def next_review_after_publish(instance, revision, today, reviewed=None):
    """The day of the review (today) + the type's interval, unless the editor chose a later date, or
    changed the date in this revision to one still ahead (a review planned sooner, e.g. before a law
    changes)."""
    proposed = (reviewed or today) + timedelta(days=interval_for(type(instance)))
    chosen = instance.next_review
    if chosen and chosen > today:
        changed = _previous_value(instance, revision, "next_review") != chosen.isoformat()
        if chosen > proposed or changed:
            return chosen
    return proposed


def reviewed_on(instance, revision, today):
    """Today, unless the editor entered in this revision the day the page was last reviewed (not
    after today): a review recorded after the fact keeps its date."""
    chosen = instance.last_reviewed
    if chosen and chosen <= today and _previous_value(instance, revision, "last_reviewed") != chosen.isoformat():
        return chosen
    return today


def page_published(sender, instance, revision=None, **kwargs):
    """Receiver of Wagtail's page_published (connected before core.facts, which then copies both
    dates to the translations). Source-language pages only: the translations follow them."""
    if interval_for(type(instance)) is None or not hasattr(instance, "next_review"):
        return
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        return
    today = timezone.localdate()
    reviewed = reviewed_on(instance, revision, today)
    instance.last_reviewed = reviewed
    instance.next_review = next_review_after_publish(instance, revision, today, reviewed)
    instance.save(update_fields=["last_reviewed", "next_review"], clean=False)
    if revision is not None:
        # The editor's form opens from the latest revision: it shows the new dates too.
        revision.content["last_reviewed"] = reviewed.isoformat()
        revision.content["next_review"] = instance.next_review.isoformat()
        revision.save(update_fields=["content"])


# --- what is due --------------------------------------------------------------------------------


def owned_services():
    """The live services in the source language: the ones a department reviews."""
    return ServicePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)


def due_filter(state, today=None):
    today = today or timezone.localdate()
    soon = today + timedelta(days=due_soon_days())
    if state == OVERDUE:
        return Q(next_review__lt=today) | Q(next_review__isnull=True)
    if state == DUE_SOON:
        return Q(next_review__gte=today, next_review__lte=soon)
    return Q(next_review__lte=soon) | Q(next_review__isnull=True)


def review_state(page, today=None):
    today = today or timezone.localdate()
    if page.next_review is None or page.next_review < today:
        return OVERDUE
    if page.next_review <= today + timedelta(days=due_soon_days()):
        return DUE_SOON
    return ""


@dataclass
class Reminder:
    group: object
    overdue: list = field(default_factory=list)
    due_soon: list = field(default_factory=list)


def reminders(today=None):
    """One Reminder per department group that owns something overdue or due soon."""
    today = today or timezone.localdate()
    found = {}
    pages = owned_services().filter(due_filter("", today)).exclude(owner_group=None).select_related("owner_group")
    for page in pages.order_by("next_review", "title"):
        reminder = found.setdefault(page.owner_group_id, Reminder(group=page.owner_group))
        (reminder.overdue if review_state(page, today) == OVERDUE else reminder.due_soon).append(page)
    return list(found.values())


def admin_url(page):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page.pk])


def send_reminder(reminder, today=None):
    """E-mail the department's active members, each in their admin language. Returns the count."""
    today = today or timezone.localdate()
    users = get_user_model().objects.filter(groups=reminder.group, is_active=True).exclude(email="")
    sent = 0
    for user in users.order_by("pk"):
        language = UserProfile.get_for_user(user).get_preferred_language()
        with translation.override(language):
            context = {
                "user": user,
                "group": reminder.group,
                "overdue": [(page, admin_url(page)) for page in reminder.overdue],
                "due_soon": [(page, admin_url(page)) for page in reminder.due_soon],
                "today": today,
                "days": due_soon_days(),
                "report_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("editorial_review_report"),
            }
            subject = render_to_string("editorial/mail/review_reminder_subject.txt", context).strip()
            body = render_to_string("editorial/mail/review_reminder.txt", context)
        message = EmailMessage(subject, body, to=[user.email], headers={"Auto-Submitted": "auto-generated"})
        sent += message.send()
    return sent


def send_reminders(today=None):
    return sum(send_reminder(reminder, today) for reminder in reminders(today))
