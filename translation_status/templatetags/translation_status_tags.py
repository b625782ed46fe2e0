from django import template

from translation_status.notice import notice_for

register = template.Library()


@register.inclusion_tag("translation_status/notice.html", takes_context=True)
def translation_notice(context):
    """On a translated page that lags behind its German source: a note with a link to the German
    version (translation_status/notice.py)."""
    page = context.get("page")
    return {"notice": notice_for(page, context.get("request")) if page is not None and hasattr(page, "translation_key") else None}
