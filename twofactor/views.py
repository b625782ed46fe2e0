"""The second-factor views in the admin: the code step, enrolment, recovery codes shown once, a
user's own devices, and an administrator's reset (docs/twofactor.md)."""

import logging

import django_otp
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from twofactor import devices
from twofactor.forms import CodeForm, EnrolForm
from twofactor.middleware import step_url
from twofactor.policy import Step, is_required, pending_step
from twofactor.qr import qr_svg, readable_secret

logger = logging.getLogger("twofactor")

SESSION_CODES = "twofactor_new_recovery_codes"
SESSION_NEXT = "twofactor_next"


def _next_url(request, default=None):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default or reverse("wagtailadmin_home")


def _account(user):
    """The user as a model instance (request.user is a lazy wrapper, which Wagtail's log cannot place)."""
    return get_user_model().objects.get(pk=user.pk)


def _credentials(user):
    return {"username": user.get_username()}


@never_cache
def verify(request):
    """Second step of the admin sign-in: the code from the app, or a recovery code."""
    user = request.user
    step = pending_step(user)
    if step is Step.ENROL:
        return redirect(step_url(Step.ENROL, _next_url(request)))
    if step is None:
        return redirect(_next_url(request))

    status = 200
    form = CodeForm(request.POST or None)
    if request.method == "POST":
        # Wrong codes count as failed sign-ins for django-axes, with the password's: the same
        # lockout applies (for the account and the address), and ends this half-signed-in session.
        if AxesProxyHandler.is_locked(request, _credentials(user)):
            logout(request)
            return get_lockout_response(request, None, _credentials(user))
        if form.is_valid():
            check = devices.check_code(user, form.cleaned_data["code"])
            if check.device is not None:
                django_otp.login(request, check.device)
                if isinstance(check.device, StaticDevice):
                    left = check.device.token_set.count()
                    messages.warning(
                        request,
                        ngettext(
                            "You signed in with a recovery code. %(count)s recovery code is left.",
                            "You signed in with a recovery code. %(count)s recovery codes are left.",
                            left,
                        )
                        % {"count": left},
                    )
                logger.info("second factor verified for user %s", user.pk)
                return redirect(_next_url(request))
            user_login_failed.send(sender=__name__, credentials=_credentials(user), request=request)
            if getattr(request, "axes_locked_out", False):
                logout(request)
                return get_lockout_response(request, None, _credentials(user))
            if check.throttled:
                status = 429
                form.add_error(
                    "code",
                    ngettext(
                        "Too many wrong codes. Please wait %(seconds)s second and try again.",
                        "Too many wrong codes. Please wait %(seconds)s seconds and try again.",
                        check.wait_seconds,
                    )
                    % {"seconds": check.wait_seconds},
                )
            else:
                form.add_error(
                    "code", _("This code is not right. Check that the time on your phone is correct and try again.")
                )
    response = TemplateResponse(
        request,
        "twofactor/verify.html",
        {"form": form, "next": _next_url(request), "page_title": _("Enter your code")},
        status=status,
    )
    return response


@never_cache
def enrol(request):
    """Set up an authenticator app: QR code and the key as text, confirmed with a first code."""
    user = request.user
    device = devices.pending_totp_device(user)
    form = EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        name = form.cleaned_data["name"].strip() or _("Authenticator app")
        confirmed = devices.confirm_totp_device(device, form.cleaned_data["code"], name)
        if confirmed is not None:
            django_otp.login(request, confirmed)
            log(_account(user), "twofactor.enrol", user=_account(user), data={"device": name})
            logger.info("second factor added for user %s", user.pk)
            if devices.recovery_device(user) is None:
                request.session[SESSION_CODES] = devices.new_recovery_codes(user)
                request.session[SESSION_NEXT] = _next_url(request)
                return redirect("twofactor_recovery_codes")
            messages.success(request, _("The app “%(name)s” has been added.") % {"name": name})
            return redirect("twofactor_manage")
        form.add_error(
            "code", _("This code is not right. Check that the time on your phone is correct and try again.")
        )
    context = {
        "form": form,
        "qr_code": qr_svg(device.config_url, _("QR code for your authenticator app")),
        "secret": readable_secret(device),
        "next": _next_url(request),
        "required": is_required(user),
        "first": not devices.totp_devices(user).exists(),
        "page_title": _("Set up a second factor"),
    }
    return TemplateResponse(request, "twofactor/enrol.html", context)


@never_cache
def recovery_codes(request):
    """The new recovery codes, once: they are taken out of the session as they are shown."""
    codes = request.session.pop(SESSION_CODES, None)
    next_url = request.session.pop(SESSION_NEXT, None) or reverse("twofactor_manage")
    if not codes:
        messages.info(request, _("Recovery codes are shown only once. You can make new ones here."))
        return redirect("twofactor_manage")
    context = {"codes": codes, "next": next_url, "page_title": _("Your recovery codes"), "header_icon": "key"}
    return TemplateResponse(request, "twofactor/recovery_codes.html", context)


@never_cache
def manage(request):
    """The user's own second factors: apps (add, remove) and recovery codes (make new ones)."""
    user = request.user
    context = {
        "devices": devices.totp_devices(user),
        "codes_left": devices.recovery_codes_left(user),
        "has_recovery": devices.recovery_device(user) is not None,
        "required": is_required(user),
        "page_title": _("Second factor"),
        "header_icon": "key",
    }
    return TemplateResponse(request, "twofactor/manage.html", context)


@require_POST
def remove(request, device_id):
    user = request.user
    device = get_object_or_404(TOTPDevice, pk=device_id, user=user, confirmed=True)
    name = device.name
    device.delete()
    if not devices.totp_devices(user).exists():
        # Recovery codes stand in for an app; without one they go too.
        StaticDevice.objects.filter(user=user).delete()
    log(_account(user), "twofactor.remove", user=_account(user), data={"device": name})
    logger.info("second factor removed by user %s", user.pk)
    messages.success(request, _("The app “%(name)s” has been removed.") % {"name": name})
    return redirect("twofactor_manage")


@require_POST
def regenerate(request):
    user = request.user
    if not devices.totp_devices(user).exists():
        messages.error(request, _("Add an authenticator app first; recovery codes stand in for it."))
        return redirect("twofactor_manage")
    request.session[SESSION_CODES] = devices.new_recovery_codes(user)
    request.session[SESSION_NEXT] = reverse("twofactor_manage")
    log(_account(user), "twofactor.recovery_codes", user=_account(user))
    return redirect("twofactor_recovery_codes")


@never_cache
def reset(request, user_id):
    """An administrator removes another user's second factors (lost phone); logged."""
    if not request.user.is_superuser:
        raise PermissionDenied
    target = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        count = devices.remove_all(target)
        log(target, "twofactor.reset", user=_account(request.user), data={"devices": count})
        logger.warning("second factor of user %s reset by user %s", target.pk, request.user.pk)
        messages.success(
            request,
            _("The second factor of %(user)s has been reset. They will set up a new one at their next sign-in, if required.")
            % {"user": target.get_username()},
        )
        return redirect("wagtailusers_users:edit", target.pk)
    context = {
        "target": target,
        "device_count": devices.totp_devices(target).count(),
        "page_title": _("Reset second factor"),
        "page_subtitle": target.get_username(),
        "header_icon": "key",
    }
    return TemplateResponse(request, "twofactor/reset.html", context)
