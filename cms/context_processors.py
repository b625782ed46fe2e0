from django.utils.functional import SimpleLazyObject
from wagtail.models import Site


def _localized_home(request):
    from cms.i18n import localize_all

    site = Site.find_for_request(request)
    if site is None:
        return None
    return localize_all([site.root_page])[0]


def _main_nav(request):
    from lebenslagen.models import LebenslagenIndexPage
    from services.models import ServiceIndexPage

    home = _localized_home(request)
    if home is None:
        return []
    return list(
        home.get_children().live().public().in_menu().type(LebenslagenIndexPage, ServiceIndexPage).order_by("path")
    )


def site_home(request):
    """The home page in the visitor's language (its title is the site's name in that language)
    and the main navigation below it; both are only queried when a template uses them."""
    return {
        "site_home": SimpleLazyObject(lambda: _localized_home(request)),
        "main_nav": SimpleLazyObject(lambda: _main_nav(request)),
    }
