"""{% page_feedback page %}: the "Was this page helpful?" form on the pages that accept feedback
(feedback.pages), nothing elsewhere. cms/templates/base.html calls it for every page. It reads
nothing from the database and carries nothing per visitor, so a page with it stays cacheable."""

from django import template

from feedback import tokens
from feedback.pages import accepts_feedback
from feedback.views import HONEYPOT_FIELD

register = template.Library()


@register.inclusion_tag("feedback/widget.html", takes_context=True)
def page_feedback(context, page=None):
    request = context.get("request")
    if page is None or not accepts_feedback(page) or not page.live or getattr(request, "is_preview", False):
        return {"show": False}
    return {"show": True, "token": tokens.page_token(page), "honeypot": HONEYPOT_FIELD}
