"""The citizen account's pages. Every one is personal: never cached, `Cache-Control: no-store,
private` (accounts.sessions.personal). Every address with an id in it looks the id up through the
signed-in citizen's own links, so another citizen's request answers 404, exactly like one that does
not exist."""

import json
import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseNotFound, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import calendar, data, oidc
from accounts.enums import SignInMethod
from accounts.forms import CalendarForm, DeleteAccountForm, EmailSignInForm, ProfileForm
from accounts.links import submission_for_status_token
from accounts.models import Citizen, RequestLink, SignInLink, new_token, token_digest
from accounts.records import link_earlier_requests, timeline
from accounts.sessions import citizen_required, current_citizen, personal, sign_in, sign_out
from accounts.tasks import send_sign_in_link
from billing import flow as billing_flow
from billing import providers as billing_providers
from billing.charges import amount_due
from billing.links import pay_url
from bookings.calendar import can_change
from bookings.links import manage_url
from core import throttle

logger = logging.getLogger(__name__)

SIGN_IN_SCOPE = "accounts_sign_in"  # failed sign-ins (callbacks, links) per client
EMAIL_SCOPE = "accounts_email"  # sign-in links asked for, per client
EMAIL_TARGET_SCOPE = "email_recipient"  # e-mails to one address (shared with onlineforms)
FEED_SCOPE = "accounts_feed"  # private calendar feed requests, per client


def safe_next(request, value):
    if value and url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()}, require_https=False):
        return value
    return reverse("accounts:home")


def too_many(request):
    return personal(
        throttle.too_many_requests(
            request,
            SIGN_IN_SCOPE,
            {
                "page_title": _("Too many failed attempts"),
                "message": _("There were too many failed sign-in attempts. Please wait a few minutes and try again."),
            },
        )
    )


# --- signing in -------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def sign_in_page(request):
    """Both ways in: the city's service account (OpenID Connect) and, where the city offers it, a
    link by e-mail. The e-mail answer is the same for every address, known or not."""
    next_url = safe_next(request, request.GET.get("next") or request.POST.get("next"))
    if current_citizen(request) is not None:
        return personal(redirect(next_url))
    form = EmailSignInForm()
    sent = False
    status = 200
    if request.method == "POST" and settings.ACCOUNTS_EMAIL_SIGN_IN:
        if throttle.hit(request, EMAIL_SCOPE):
            return too_many(request)
        form = EmailSignInForm(request.POST)
        if form.is_valid():
            send_link(request, form.cleaned_data["email"], next_url)
            sent = True
        else:
            status = 400
    context = {
        "page_title": _("Sign in to your citizen account"),
        "form": form,
        "sent": sent,
        "next": next_url,
        "oidc": oidc.configured(),
        "oidc_name": settings.ACCOUNTS_OIDC_NAME,
        "email_sign_in": settings.ACCOUNTS_EMAIL_SIGN_IN,
    }
    return personal(render(request, "accounts/sign_in.html", context, status=status))


def send_link(request, email, next_url):
    """Queue a sign-in link to `email`, unless that address had too many e-mails already (then
    nothing is sent, and the visitor sees the same answer)."""
    email = email.strip()
    if throttle.hit(None, EMAIL_TARGET_SCOPE, value=email.lower()):
        logger.info("accounts: sign-in link to an address over its limit not sent")
        return
    token = new_token()
    minutes = settings.ACCOUNTS_LINK_MINUTES
    SignInLink.objects.create(
        email=email,
        digest=token_digest(token),
        expires_at=timezone.now() + timedelta(minutes=minutes),
        language=get_language(),
        next_url=next_url[:300],
    )
    url = request.build_absolute_uri(reverse("accounts:email_link", args=[token]))
    transaction.on_commit(lambda: send_sign_in_link.enqueue(email, url, get_language(), minutes))


@require_http_methods(["GET", "POST"])
def email_link(request, token):
    """The link from the e-mail. GET only shows a button (mail scanners open every link); its POST signs in."""
    if throttle.is_limited(request, SIGN_IN_SCOPE):
        return too_many(request)
    link = SignInLink.objects.filter(
        digest=token_digest(token), used_at__isnull=True, expires_at__gt=timezone.now()
    ).first()
    if link is None:
        throttle.hit(request, SIGN_IN_SCOPE)
        context = {"page_title": _("This link is not valid"), "sign_in_url": reverse("accounts:sign_in")}
        return personal(render(request, "accounts/invalid_link.html", context, status=404))
    if request.method == "POST":
        with transaction.atomic():
            if not SignInLink.objects.filter(pk=link.pk, used_at__isnull=True).update(used_at=timezone.now()):
                raise Http404  # used by a parallel request a moment ago
            citizen, _created = Citizen.objects.get_or_create(
                method=SignInMethod.EMAIL, email=link.email, defaults={"language": link.language}
            )
            if not citizen.email_verified:
                citizen.email_verified = True
                citizen.save(update_fields=["email_verified"])
            link_earlier_requests(citizen)
            response = redirect(safe_next(request, link.next_url))
            sign_in(request, response, citizen)
        return personal(response)
    context = {"page_title": _("Sign in to your citizen account"), "email": link.email}
    return personal(render(request, "accounts/email_link.html", context))


@require_GET
def oidc_start(request):
    if not oidc.configured():
        raise Http404
    try:
        url, flow = oidc.start(callback_uri(request), get_language())
    except Exception as error:  # the provider does not answer  # noqa: BLE001
        logger.warning("accounts: OpenID Connect provider unavailable: %s", error)
        return failed(request, unavailable=True)
    flow["next"] = safe_next(request, request.GET.get("next"))
    flow["lang"] = get_language()
    response = redirect(url)
    response.set_signed_cookie(
        oidc.FLOW_COOKIE,
        json.dumps(flow),
        salt=oidc.FLOW_SALT,
        max_age=oidc.FLOW_MAX_AGE,
        path=reverse("accounts_oidc_callback"),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return personal(response)


def callback_uri(request):
    return settings.ACCOUNTS_OIDC_REDIRECT_URI or request.build_absolute_uri(reverse("accounts_oidc_callback"))


@require_GET
def oidc_callback(request):
    """The provider sends the browser back here (outside the language prefix: one address to register)."""
    if not oidc.configured():
        raise Http404
    if throttle.is_limited(request, SIGN_IN_SCOPE):
        return too_many(request)
    try:
        flow = json.loads(
            request.get_signed_cookie(oidc.FLOW_COOKIE, salt=oidc.FLOW_SALT, max_age=oidc.FLOW_MAX_AGE)
        )
    except (KeyError, signing.BadSignature, ValueError):
        flow = None
    language = (flow or {}).get("lang") or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            claims, id_token = oidc.finish(request.GET, flow, callback_uri(request))
        except oidc.SignInFailed as error:
            logger.warning("accounts: OpenID Connect sign-in refused: %s", error)
            throttle.hit(request, SIGN_IN_SCOPE)
            response = failed(request)
        else:
            citizen = citizen_for_claims(claims, language)
            response = redirect(safe_next(request, flow.get("next")))
            sign_in(request, response, citizen, id_token=id_token)
        response.delete_cookie(oidc.FLOW_COOKIE, path=reverse("accounts_oidc_callback"), samesite="Lax")
        return personal(response)


def citizen_for_claims(claims, language):
    """The account of this provider's subject (made at the first sign-in); name and address as the provider says."""
    citizen, created = Citizen.objects.get_or_create(
        method=SignInMethod.OIDC,
        oidc_issuer=oidc.issuer(),
        oidc_subject=str(claims["sub"])[:255],
        defaults={"language": language},
    )
    email = str(claims.get("email") or "")[:254]
    verified = bool(claims.get("email_verified")) and bool(email)
    changed = []
    if verified and (citizen.email != email or not citizen.email_verified):
        citizen.email, citizen.email_verified = email, True
        changed += ["email", "email_verified"]
    if created and claims.get("name"):
        citizen.name = str(claims["name"])[:200]
        changed.append("name")
    if changed:
        citizen.save(update_fields=changed)
    if verified:
        link_earlier_requests(citizen)
    return citizen


def failed(request, unavailable=False):
    context = {
        "page_title": _("Signing in did not work"),
        "unavailable": unavailable,
        "sign_in_url": reverse("accounts:sign_in"),
    }
    return personal(render(request, "accounts/sign_in_failed.html", context, status=503 if unavailable else 400))


@require_POST
def sign_out_view(request):
    response = redirect("accounts:signed_out")
    session = sign_out(request, response)
    if session is not None and session.id_token and oidc.configured():
        at_provider = oidc.logout_url(session.id_token, request.build_absolute_uri(reverse("accounts:signed_out")))
        if at_provider:
            response["Location"] = at_provider
    return personal(response)


@require_GET
def signed_out(request):
    return personal(render(request, "accounts/signed_out.html", {"page_title": _("You are signed out")}))


@require_GET
def status_fragment(request):
    """Who is signed in, for the header of cached public pages (asked by a small script)."""
    citizen = current_citizen(request)
    body = {"signed_in": citizen is not None, "label": _("My account") if citizen else _("Sign in")}
    return personal(JsonResponse(body))


# --- my requests ------------------------------------------------------------------------------------


def request_rows(citizen):
    rows = []
    for submission in data.linked_submissions(citizen):
        steps = timeline(submission)
        rows.append({"submission": submission, "service": submission.page.title, "status": steps[-1]})
    return rows


@require_GET
@citizen_required
def home(request, citizen):
    context = {"page_title": _("My requests"), "citizen": citizen, "rows": request_rows(citizen)}
    return render(request, "accounts/home.html", context)


def payment_summary(submission, language):
    """What the citizen sees of the request's payment: its state ("paid", "refunded", "open",
    "failed"; None when the request never had anything to pay), the latest attempt, and the pay link
    while something is still due."""
    state, latest = billing_flow.state_of(submission)
    due = amount_due(submission) if state in ("none", "open", "failed") else 0
    if state == "none" and not due:
        return None
    return {
        "state": state,
        "payment": latest,
        "due": due,
        "pay_url": pay_url(submission, language) if due and billing_providers.enabled() else None,
    }


def detail_context(submission, language):
    bookings = []
    for booking in submission.bookings.all():
        bookings.append(
            {"booking": booking, "manage_url": manage_url(booking, language) if can_change(booking) else None}
        )
    steps = timeline(submission)
    return {
        "payment": payment_summary(submission, language),
        "submission": submission,
        "service": submission.page.title,
        "steps": steps,
        "current": steps[-1],
        "bookings": bookings,
        "page_title": _("Request %(reference)s") % {"reference": submission.reference},
    }


@require_GET
@citizen_required
def request_detail(request, citizen, reference):
    link = (
        RequestLink.objects.select_related("submission", "submission__page")
        .filter(citizen=citizen, submission__reference=reference)
        .first()
    )
    if link is None:
        raise Http404
    context = {**detail_context(link.submission, get_language()), "citizen": citizen}
    return render(request, "accounts/request_detail.html", context)


@require_GET
def status_page(request, token):
    """The same status page, from the signed link in the confirmation e-mail, without an account."""
    submission = submission_for_status_token(token)
    if submission is None:
        context = {"page_title": _("This link is not valid"), "sign_in_url": reverse("accounts:sign_in")}
        return personal(render(request, "accounts/invalid_link.html", context, status=404))
    context = {**detail_context(submission, get_language()), "citizen": None}
    return personal(render(request, "accounts/request_detail.html", context))


# --- profile and data rights ------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@citizen_required
def profile(request, citizen):
    form = ProfileForm(instance=citizen)
    saved = request.GET.get("saved") == "1"
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=citizen)
        if form.is_valid():
            form.save()
            return redirect(reverse("accounts:profile") + "?saved=1")
    context = {"page_title": _("My details"), "citizen": citizen, "form": form, "saved": saved}
    return render(request, "accounts/profile.html", context, status=400 if form.errors else 200)


@require_GET
@citizen_required
def my_data(request, citizen):
    context = {"page_title": _("My data"), "citizen": citizen, "export": data.export(citizen)}
    return render(request, "accounts/my_data.html", context)


@require_GET
@citizen_required
def my_data_json(request, citizen):
    response = HttpResponse(
        json.dumps(data.export(citizen), ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="buergerkonto.json"'
    return response


@require_http_methods(["GET", "POST"])
@citizen_required
def delete_account(request, citizen):
    form = DeleteAccountForm()
    if request.method == "POST":
        form = DeleteAccountForm(request.POST)
        if form.is_valid():
            data.delete_account(citizen)
            response = redirect("accounts:deleted")
            response.delete_cookie(settings.ACCOUNTS_COOKIE_NAME, samesite="Lax")
            return response
    context = {"page_title": _("Delete my account"), "citizen": citizen, "form": form}
    return render(request, "accounts/delete.html", context, status=400 if form.errors else 200)


@require_GET
def deleted(request):
    return personal(render(request, "accounts/deleted.html", {"page_title": _("Your account has been deleted")}))


# --- my calendar ------------------------------------------------------------------------------------


def feed_addresses(request, token):
    """The private feed's address, and the same as webcal: (which opens a calendar app)."""
    url = request.build_absolute_uri(reverse("accounts_calendar_feed", args=[token]))
    return url, "webcal://" + url.split("://", 1)[1]


@require_http_methods(["GET", "POST"])
@citizen_required
def my_calendar(request, citizen):
    """Choose committees and event categories, see their next dates, get the private feed address
    (shown once, when it is made: only its digest is kept) and switch reminders on or off."""
    choice = calendar.choice_of(citizen)
    initial = {
        "committees": calendar.committee_ids(choice),
        "categories": calendar.categories(choice),
        "reminders": choice.reminders,
        "reminder_hours": choice.reminder_hours,
    }
    form = CalendarForm(initial=initial, citizen=citizen)
    feed_url = webcal_url = None
    status = 200
    if request.method == "POST":
        if request.POST.get("action") == "feed":
            feed_url, webcal_url = feed_addresses(request, choice.new_feed_token())
        else:
            form = CalendarForm(request.POST, citizen=citizen)
            if form.is_valid():
                with transaction.atomic():
                    choice.committees.set(form.cleaned_data["committees"])
                    choice.categories = sorted(form.cleaned_data["categories"])
                    choice.reminders = form.cleaned_data["reminders"]
                    choice.reminder_hours = form.cleaned_data["reminder_hours"]
                    choice.save(update_fields=["categories", "reminders", "reminder_hours", "updated_at"])
                return redirect(reverse("accounts:calendar") + "?saved=1")
            status = 400
    context = {
        "page_title": _("My calendar"),
        "citizen": citizen,
        "form": form,
        "choice": choice,
        "saved": request.GET.get("saved") == "1" and request.method == "GET",
        "entries": [entry for entry in calendar.upcoming(choice) if not entry.is_pointer],
        "chosen": calendar.filters(choice) is not None,
        "feed_url": feed_url,
        "webcal_url": webcal_url,
    }
    return render(request, "accounts/calendar.html", context, status=status)


def plain(response_class, text):
    return personal(response_class(text, content_type="text/plain; charset=utf-8"))


@require_GET
def calendar_feed(request, token):
    """The citizen's private iCal feed (outside the language prefix; in the account's language).
    Personal, so never cached; an unknown or replaced address answers 404."""
    if throttle.hit(request, FEED_SCOPE):
        response = plain(HttpResponse, _("Too many requests. Please try again later."))
        response.status_code = 429
        response["Retry-After"] = str(throttle.window_seconds(FEED_SCOPE) or 60)
        return response
    choice = calendar.feed_choice(token)
    if choice is None:
        return plain(HttpResponseNotFound, _("This calendar address is not valid (any more)."))
    response = HttpResponse(calendar.feed_body(choice, request), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    response["X-Robots-Tag"] = "noindex"
    return personal(response)
