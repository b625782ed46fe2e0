"""Security headers for the public site. The admin (which needs inline scripts) keeps Django's defaults."""

from django.conf import settings

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
