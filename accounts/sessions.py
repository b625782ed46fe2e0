"""The citizen's session: its own cookie (settings.ACCOUNTS_COOKIE_NAME), not Django's session.

Django's session cookie marks a visitor as "personal" for the page cache (pagecache.middleware), so a
citizen holding it would never get a cached public page. The account cookie is not that cookie, and
public pages never read it: they stay cacheable for signed-in citizens. Only the account's own
views (never cached, `no-store`) look at it. The cookie holds a random token; the database keeps its
digest (CitizenSession), so signing out ends the session on every server at once."""

from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import urlencode

from accounts.models import Citizen, CitizenSession, new_token, token_digest


def cookie_name():
    return settings.ACCOUNTS_COOKIE_NAME


def current_citizen(request):
    """The signed-in citizen of this request, or None. Read once per request."""
    if not hasattr(request, "_citizen"):
        request._citizen = None
        request._citizen_session = None
        token = request.COOKIES.get(cookie_name())
        if token and len(token) < 100:
            session = (
                CitizenSession.objects.select_related("citizen")
                .filter(digest=token_digest(token), expires_at__gt=timezone.now())
                .first()
            )
            if session is not None:
                request._citizen, request._citizen_session = session.citizen, session
    return request._citizen


def sign_in(request, response, citizen, id_token=""):
    """Start a session for `citizen` and set its cookie on `response`."""
    token = new_token()
    lifetime = timedelta(hours=settings.ACCOUNTS_SESSION_HOURS)
    CitizenSession.objects.create(
        citizen=citizen, digest=token_digest(token), expires_at=timezone.now() + lifetime, id_token=id_token
    )
    Citizen.objects.filter(pk=citizen.pk).update(last_login=timezone.now())
    response.set_cookie(
        cookie_name(),
        token,
        max_age=int(lifetime.total_seconds()),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response


def sign_out(request, response):
    """End this browser's session (in the database, so a copied cookie is useless too)."""
    current_citizen(request)
    session = request._citizen_session
    if session is not None:
        session.delete()
    response.delete_cookie(cookie_name(), samesite="Lax")
    return session


def personal(response):
    """An account answer: never stored by any cache, the browser's included."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    return response


def citizen_required(view):
    """The view's citizen as its second argument; without a session, the sign-in page (which comes back here)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        citizen = current_citizen(request)
        if citizen is None:
            response = redirect(f"{reverse('accounts:sign_in')}?{urlencode({'next': request.get_full_path()})}")
        else:
            response = view(request, citizen, *args, **kwargs)
        return personal(response)

    return wrapped
