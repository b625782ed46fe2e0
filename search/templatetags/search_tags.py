from urllib.parse import urlencode

from django import template

register = template.Library()


@register.simple_tag
def query_params(**params):
    """A query string of the non-empty parameters, e.g. q=Ausweis&type=service (autoescaped in the page)."""
    return urlencode({key: value for key, value in params.items() if value not in (None, "")})
