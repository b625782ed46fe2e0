"""E-mail provider webhooks. django-anymail offers a tracking webhook for every provider it knows;
only the configured provider's is served, and only while EMAIL_TRACKING is on. Every other
/anymail/ address answers 404 (an unconfigured provider's view would fail with a 500). Production
refuses to start with tracking on and no WEBHOOK_SECRET, so the one served checks credentials."""

from anymail import urls as anymail_urls
from django.conf import settings
from django.http import Http404
from wagtail.utils.urlpatterns import decorate_urlpatterns

ANYMAIL_BACKENDS = "anymail.backends."


def configured_provider():
    """'mailgun' for anymail.backends.mailgun.EmailBackend; None for any other backend."""
    backend = getattr(settings, "EMAIL_BACKEND", "")
    if not backend.startswith(ANYMAIL_BACKENDS):
        return None
    module = backend[len(ANYMAIL_BACKENDS) :].split(".")[0]
    return None if module in ("test", "console") else module


def tracking_route():
    provider = configured_provider()
    if provider is None or not getattr(settings, "EMAIL_TRACKING", False):
        return None
    return f"{provider}/tracking/"


def _only_configured_tracking(view):
    def wrapped(request, *args, **kwargs):
        route = request.resolver_match.route if request.resolver_match else ""
        expected = tracking_route()
        if expected is None or not route.endswith(expected):
            raise Http404
        return view(request, *args, **kwargs)

    wrapped.csrf_exempt = True
    return wrapped


webhook_urlpatterns = decorate_urlpatterns(list(anymail_urls.urlpatterns), _only_configured_tracking)
