"""Refuse an oversized form upload from its Content-Length, before anything reads the body.

Django's CSRF check reads request.POST (and so the whole multipart body, files spooled to disk) in
its process_view, before the page is served; so the check has to run earlier. Install it in
MIDDLEWARE after LocaleMiddleware (the answer is in the visitor's language) and before
django.middleware.csrf.CsrfViewMiddleware.

Only POSTs to a Wagtail page that announce more than the smallest limit any form has are looked
at; the page is routed the way wagtail.views.serve does (the route is cached on the request, so
the view does not route twice). A form page with a view restriction is left to the view, which
refuses the same body after its own checks.
"""

from wagtail import views as wagtail_views
from wagtail.models import Page

from onlineforms.models import BODY_MARGIN_BYTES, FormPage, content_length


class FormUploadLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or view_func is not wagtail_views.serve:
            return None
        if content_length(request) <= BODY_MARGIN_BYTES:
            return None
        route = Page.route_for_request(request, view_kwargs.get("path", view_args[0] if view_args else ""))
        if route is None:
            return None
        page = route[0]
        if not isinstance(page, FormPage) or page.get_view_restrictions().exists():
            return None
        if page.body_too_large(request):
            return page.too_large_response(request).render()
        return None
