from django import template
from django.conf import settings
from django.utils import timezone, translation
from wagtail.models import Page

from core import formats
from core.i18n import breadcrumb_ancestors, hreflang_alternates, localized_link, view_translation_links

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The language switcher's entries for whatever is being rendered: a page, or a plain view."""
    if context.get("language_links") is not None:
        return context["language_links"]
    request = context.get("request")
    page = context.get("page")
    if page is not None and hasattr(page, "get_translation_links"):
        return page.get_translation_links(request)
    if request is None:
        return []
    return view_translation_links(request)


@register.simple_tag(takes_context=True)
def alternates(context):
    """hreflang links: the page's own when it has sub-pages of its own (a routable page), else its translations'."""
    page = context.get("page")
    request = context.get("request")
    if page is None or not hasattr(page, "translation_key") or not getattr(page, "pk", None):
        return []
    if hasattr(page, "hreflang_alternates"):
        return page.hreflang_alternates(request)
    return hreflang_alternates(page, request)


@register.simple_tag(takes_context=True)
def ancestors(context):
    """The page's ancestors for the breadcrumbs, from the request's one page lookup (core.i18n)."""
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        return []
    return breadcrumb_ancestors(page, context.get("request"))


@register.simple_tag(takes_context=True)
def canonical_url(context):
    page = context.get("page")
    request = context.get("request")
    if page is not None and getattr(page, "pk", None) and hasattr(page, "get_full_url"):
        return page.get_full_url(request)
    if request is not None:
        return request.build_absolute_uri(request.path)
    return ""


@register.simple_tag
def home_url(language_code=None):
    return f"/{language_code or translation.get_language() or settings.LANGUAGE_CODE}/"


@register.simple_tag
def localized(obj):
    """The object (page or translatable snippet) in the active language, itself where there is no translation."""
    if obj is None:
        return None
    if isinstance(obj, Page):
        return localized_link(obj) or obj  # the request's batch of links (core.i18n), not two queries
    return getattr(obj, "localized", obj)


@register.filter
def is_section_of(item, page):
    """True when `page` is `item` or lies below it (for aria-current in the main navigation)."""
    if page is None or not hasattr(page, "path"):
        return False
    return page.path.startswith(item.path)


@register.filter
def iso_datetime(value):
    """A date and time for `<time datetime>`: ISO 8601 in local time, to the second. Django's "c"
    format keeps microseconds, which the HTML standard (and the W3C checker) rejects."""
    if not value:
        return ""
    if hasattr(value, "tzinfo") and timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()


@register.filter
def money(amount):
    """An amount in euros in the active language: '35,00 €' / '€35.00'."""
    return formats.money(amount)


@register.filter
def long_date(value):
    """'Mittwoch, 25. November 2026' / 'Wednesday, 25 November 2026'."""
    return formats.long_date(value) if value else ""

