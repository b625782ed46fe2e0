"""Security headers for the public site. The admin (which needs inline scripts) keeps Django's defaults."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Addresses for machines and staff, outside the language prefix: a 404 there stays a 404 instead of
# becoming a redirect to /de/… (which Wagtail's catch-all page route would otherwise accept).
MACHINE_PREFIXES = ("/admin/", "/anymail/", "/api/", "/documents/", "/feeds/", "/oparl/", "/wagtail-transfer/")

# Public pages load nothing from another host. Video and stream players are allowed as frames,
# but the page only inserts one after the visitor has clicked to agree.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
        "form-action 'self'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = ("/admin/", "/django-admin/", "/wagtail-transfer/")

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if not request.path.startswith(self.admin_prefixes) and not settings.DEBUG:
            response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus the language redirect of 404s at machine addresses."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(MACHINE_PREFIXES):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
