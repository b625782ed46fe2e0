from django import template
from django.utils.translation import get_language

from council.models import calendar_url, document_is_public
from council.models.schedule import live_meetings

register = template.Library()


@register.simple_tag
def live_now_meetings():
    """Meetings with a livestream that run right now, in the visitor's language."""
    return live_meetings()


@register.simple_tag(takes_context=True)
def webcal(context, url):
    """The webcal:// form of a feed address, which calendar apps open as a subscription."""
    request = context.get("request")
    absolute = request.build_absolute_uri(url) if request is not None and url.startswith("/") else url
    return "webcal://" + absolute.split("://", 1)[-1]


@register.simple_tag(takes_context=True)
def with_language(context, url):
    """A feed address in the visitor's language (German is the default)."""
    language = get_language()
    if language and language != "de":
        return f"{url}{'&' if '?' in url else '?'}lang={language}"
    return url


@register.filter
def public_document(document):
    """The document if anyone may download it (its collection has no view restriction), else None."""
    return document if document_is_public(document) else None


@register.simple_tag
def calendar_subpage(route, *args):
    """The address of a calendar sub-page (a route of CouncilCalendarPage) in the visitor's language."""
    return calendar_url(route, *args)
