from urllib.parse import urlencode

from django import template

register = template.Library()


@register.simple_tag
def query_params(selected=None, name="", value="", q="", page=None):
    """The query string of a results link: the query, the chosen filters (`selected`, e.g.
    {"type": "service", "lebenslage": "umzug"}) with filter `name` set to `value` (an empty value
    drops it), then the page; empty parameters are left out. Autoescaped in the page."""
    params = {"q": q, **(selected or {})}
    if name:
        params[name] = value
    params["page"] = page
    return urlencode({key: v for key, v in params.items() if v not in (None, "")})
