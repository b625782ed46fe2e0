"""Language handling for addresses outside the language prefix."""

from django.http import Http404
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from wagtail.views import serve as wagtail_serve

from core import routing, sitecache

# Addresses for machines and staff, outside the language prefix: a 404 there stays a 404 instead of
# becoming a redirect to /de/… (which Wagtail's catch-all page route would otherwise accept).
MACHINE_PREFIXES = ("/admin/", "/anymail/", "/api/", "/documents/", "/feeds/", "/oparl/", "/wagtail-transfer/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus the language redirect of 404s at machine addresses."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(MACHINE_PREFIXES):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


class PageLookupMiddleware:
    """Finds the request's site and page from the in-process caches (core.sitecache) instead of
    Wagtail's query per path segment: fills request._wagtail_site, and, for Wagtail's page view,
    the route Wagtail would find (request._wagtail_route_for_request, which Wagtail reads first)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        sitecache.site_for_request(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_serve and not hasattr(request, "_wagtail_route_for_request"):
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            try:
                request._wagtail_route_for_request = routing.route(request, path)
            except Http404:
                request._wagtail_route_for_request = None
        return None
