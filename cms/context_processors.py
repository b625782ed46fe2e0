from django.utils.functional import SimpleLazyObject
from wagtail.models import Site


def _localized_home(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


def site_home(request):
    """The home page in the visitor's language: its title is the site's name in that language."""
    return {"site_home": SimpleLazyObject(lambda: _localized_home(request))}
