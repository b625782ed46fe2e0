"""The e-mail to a page's owning department when its feedback score fell below the threshold.
It is written in the site's main language (German) and sent through Django's mail API (django-anymail
in production). It names the page and the score and links to the report; comments stay in the admin."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from feedback.models import ReviewTask


def page_for(translation_key):
    """The page of this translation key in the default language, else in any language, else None."""
    pages = list(Page.objects.filter(translation_key=translation_key).select_related("locale"))
    default = Locale.get_default()
    return next((p for p in pages if p.locale_id == default.pk), pages[0] if pages else None)


def recipients(group):
    if group is None:
        return []
    users = group.user_set.filter(is_active=True).exclude(email="").order_by("email")
    return sorted({user.email for user in users})


def send_review_notice(task_id):
    task = ReviewTask.objects.select_related("owner_group").filter(pk=task_id).first()
    if task is None or not task.is_open:
        return []
    to = recipients(task.owner_group)
    if not to:
        return []
    page = page_for(task.translation_key)
    report_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "feedback_report_detail", args=[task.translation_key]
    )
    with translation.override(settings.LANGUAGE_CODE):
        context = {"task": task, "page": page, "report_url": report_url, "score_percent": round(task.score * 100)}
        subject = render_to_string("feedback/emails/review_subject.txt", context).strip()
        body = render_to_string("feedback/emails/review.txt", context)
    EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, bcc=to).send()
    return to
