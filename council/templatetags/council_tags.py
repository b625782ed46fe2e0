from django import template

register = template.Library()


@register.simple_tag
def live_now_meetings():
    """Meetings with a livestream that run right now, in the visitor's language."""
    from council.schedule import live_meetings

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
    from django.utils.translation import get_language

    language = get_language()
    if language and language != "de":
        return f"{url}{'&' if '?' in url else '?'}lang={language}"
    return url


@register.filter
def public_document(document):
    """The document if anyone may download it (its collection has no view restriction), else None."""
    from council.models import document_is_public

    return document if document_is_public(document) else None
