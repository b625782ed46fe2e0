"""Language handling for addresses outside the language prefix."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

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
