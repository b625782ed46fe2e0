from django import template
from django.conf import settings
from django.utils import translation

from cms.models import Alert
from core.i18n import locale_for
from pagecache import tag

register = template.Library()


@register.simple_tag
def current_alerts():
    """Alert banners that are live now, in the visitor's language."""
    tag(Alert)  # pagecache: any alert's change, in any language
    locale = locale_for(translation.get_language() or settings.LANGUAGE_CODE)
    return Alert.current(locale) if locale else []
