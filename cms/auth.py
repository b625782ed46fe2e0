"""Login throttling (django-axes) and password-protected pages and documents (cms/throttle.py).

Every answer to a locked-out or throttled attempt is the same whether or not the account exists,
so nobody learns which usernames are real."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail import views as wagtail_views
from wagtail.documents.views import serve as document_views

from core import throttle


class ThrottledBackend(AxesStandaloneBackend):
    """django-axes' lockout check for every login that comes in over HTTP. Authentication without
    a request (management commands, the test client's login()) has no client to count, so it is
    left to the next backend instead of failing."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer while an account or an address is locked: 429 in the visitor's language."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    response = render(
        request,
        "cms/too_many_requests.html",
        {
            "page_title": _("Too many failed attempts"),
            "message": _(
                "There were too many failed sign-in attempts. For your protection, signing in is paused "
                "for %(minutes)s minutes. Please try again later."
            )
            % {"minutes": minutes},
        },
        status=429,
    )
    response["Retry-After"] = str(minutes * 60)
    response["Cache-Control"] = "no-store"
    return response


def _password_attempt_allowed(request, target):
    """Count a password attempt for the client and for the protected item; False once either is over."""
    over_client = throttle.hit(request, "page_password")
    over_target = throttle.hit(request, "page_password_target", value=target)
    return not (over_client or over_target)


def _throttled_password_view(view, scope_target):
    @never_cache
    def wrapped(request, *args, **kwargs):
        if request.method == "POST" and not _password_attempt_allowed(request, scope_target(*args, **kwargs)):
            return locked_out_password(request)
        return view(request, *args, **kwargs)

    return wrapped


def locked_out_password(request):
    response = throttle.too_many_requests(
        request,
        "page_password",
        {
            "page_title": _("Too many failed attempts"),
            "message": _("There were too many password attempts. Please wait a few minutes and try again."),
        },
    )
    return response


page_password = _throttled_password_view(
    wagtail_views.authenticate_with_password,
    lambda page_view_restriction_id, page_id: f"page-restriction:{page_view_restriction_id}",
)
document_password = _throttled_password_view(
    document_views.authenticate_with_password,
    lambda restriction_id: f"collection-restriction:{restriction_id}",
)
