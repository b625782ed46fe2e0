"""Holds a staff session at the second-factor step until it is verified.

It runs after django-otp's OTPMiddleware (which tells whether this session's user is verified). A
signed-in user whose session still has a step to do (policy.pending_step: enter the code, or set up
a device because the setting requires one) is

- redirected to that step from every admin address (the page asked for is kept as `next`), except
  the step itself, signing out, and the admin's sprite and JavaScript catalogue;
- anonymous everywhere else: staff endpoints outside /admin/ that rely on the session (private
  uploads, pickup lists, exports) see nobody signed in, and public pages are served as to a visitor.
"""

from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.functional import SimpleLazyObject

from twofactor.policy import Step, is_staff_user, pending_step

STEP_URL_NAMES = {Step.VERIFY: "twofactor_verify", Step.ENROL: "twofactor_enrol"}
ALWAYS_OPEN = {"wagtailadmin_logout", "wagtailadmin_javascript_catalog", "wagtailadmin_sprite"}


def _url_name(path):
    try:
        return resolve(path).url_name
    except Resolver404:
        return None


def step_url(step, next_url):
    url = reverse(STEP_URL_NAMES[step])
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        step = pending_step(user) if user is not None else None
        if step is None:
            return self.get_response(request)

        admin_root = reverse("wagtailadmin_home")
        # A user without admin access cannot reach the step (Wagtail's admin views refuse them):
        # such a session is simply not signed in.
        if request.path_info.startswith(admin_root) and is_staff_user(user):
            name = _url_name(request.path_info)
            if name in ALWAYS_OPEN or name == STEP_URL_NAMES[step]:
                return self.get_response(request)
            if name == "wagtailadmin_login":
                next_url = request.GET.get("next") or admin_root
            else:
                next_url = request.get_full_path() if request.method in ("GET", "HEAD") else admin_root
            return HttpResponseRedirect(step_url(step, next_url))

        anonymous = AnonymousUser()
        request.user = SimpleLazyObject(lambda: anonymous)

        async def auser():
            return anonymous

        request.auser = auser
        return self.get_response(request)
