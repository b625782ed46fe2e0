"""The site's own "page not found" page while DEBUG is on (the demo, `make demo`).

With DEBUG, Django answers Http404 with its technical debug page: English only, no skip link, none
of the site's navigation. The demo must look like the product, so this middleware (dev settings
only) renders cms.views.page_not_found instead. Set DEBUG_TECHNICAL_404=1 to see Django's page."""

from django.conf import settings
from django.http import Http404

from cms import views


class SiteNotFoundPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Http404) and settings.DEBUG and not getattr(settings, "DEBUG_TECHNICAL_404", False):
            return views.page_not_found(request, exception)
        return None
