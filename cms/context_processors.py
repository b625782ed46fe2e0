from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from core.i18n import main_navigation
from core.sitecache import home_for, site_for_request
from pagecache import tag, tag_links


def _localized_home(request):
    """From the in-process cache of home pages (core.sitecache): no query."""
    return home_for(site_for_request(request))


def _main_nav(request):
    """The home page's children that editors put in the menu (Promote tab: "Show in menus")."""
    home = _localized_home(request)
    if home is None:
        return []
    # Read with the page's translations and ancestors in the request's one page lookup (core.i18n).
    items = main_navigation(request)
    tag_links(home, *items)  # pagecache: the menu's titles and addresses,
    tag(f"menu:{home.path}")  # and a page put into it
    return items


def site_home(request):
    """The home page in the visitor's language (its title is the site's name in that language)
    and the main navigation below it; both are only queried when a template uses them."""
    tag("settings", Site)  # pagecache: the header and footer show the site settings and site
    return {
        "site_home": SimpleLazyObject(lambda: _localized_home(request)),
        "main_nav": SimpleLazyObject(lambda: _main_nav(request)),
    }
