from django import template

from pagecache import tag, tag_links

register = template.Library()


@register.simple_tag
def cachetag(*things):
    """{% cachetag ancestors %}: this answer shows these objects (pages, snippets, lists of them)."""
    tag(*things)
    return ""


@register.simple_tag
def cachetag_links(pages):
    """{% cachetag_links ancestors %}: this answer links to these pages (titles and addresses)."""
    tag_links(*pages)
    return ""
