"""The public side: the vote and the optional comment, plain HTML forms that work without JavaScript.

The widget sits on pages served from the page cache, so its form carries nothing per visitor: no
CSRF token (these views are csrf_exempt), no cookie. What protects them instead: the signed page
reference (only our own live pages can be voted on), a honeypot field, strict validation with size
limits, and rate limits per client address (core.throttle, scopes "feedback" and "feedback_page";
the address is hashed into a cache key and never stored). The answers are never cached."""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page

from core import throttle
from feedback import conf, tokens
from feedback.models import Vote
from feedback.pages import PAGE_TYPES
from feedback.votes import add_comment, record_vote

HONEYPOT_FIELD = "homepage"
RATE_SCOPE = "feedback"
PAGE_RATE_SCOPE = "feedback_page"
MAX_BODY_BYTES = 16 * 1024
ANSWERS = {"yes": True, "no": False}


def refused(request, message, status=400):
    response = render(
        request,
        "cms/message_page.html",
        {"page_title": _("Your feedback could not be recorded"), "message": message},
        status=status,
    )
    response["Cache-Control"] = "private, no-store"
    return response


def _guard(request):
    """A refusal for an oversized or too frequent request, else None (the request is counted)."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = MAX_BODY_BYTES + 1
    if length > MAX_BODY_BYTES:
        return refused(request, _("The feedback you sent is too long."), status=413)
    if throttle.hit(request, RATE_SCOPE):
        return throttle.too_many_requests(
            request,
            RATE_SCOPE,
            {"message": _("We have received a lot of feedback from your connection. Please try again later.")},
        )
    return None


def feedback_page(page_id):
    """The live page that accepts feedback with this id, else None."""
    if page_id is None:
        return None
    return Page.objects.live().type(*PAGE_TYPES).filter(pk=page_id).specific().first()


def page_in_language(page):
    """The page's translation in the language being served, else the page itself."""
    language = get_language()
    if page.locale.language_code == language:
        return page
    locale = Locale.objects.filter(language_code=language).first()
    return (page.get_translation_or_none(locale) if locale else None) or page


@csrf_exempt
@never_cache
@require_POST
def vote(request):
    refusal = _guard(request)
    if refusal:
        return refusal
    page = feedback_page(tokens.read_page_token(request.POST.get("page", "")))
    if page is None:
        return refused(
            request,
            _(
                "This feedback form does not belong to a page of this website. "
                "Please open the page again and use its form."
            ),
        )
    answer = request.POST.get("helpful", "")
    if answer not in ANSWERS:
        return refused(request, _("Please choose “Yes” or “No”."))
    if request.POST.get(HONEYPOT_FIELD):
        # Filled in by a bot: answered like a real vote, stored nowhere.
        return HttpResponseRedirect(page.url + "#feedback", status=303)
    if throttle.hit(request, PAGE_RATE_SCOPE, f"{throttle.client_ip(request)}|{page.translation_key}"):
        return throttle.too_many_requests(
            request,
            PAGE_RATE_SCOPE,
            {"message": _("You have already given feedback on this page several times today. Thank you!")},
        )
    stored = record_vote(page, ANSWERS[answer])
    response = HttpResponseRedirect(reverse("feedback:thanks", args=[tokens.vote_token(stored)]))
    response.status_code = 303
    return response


def _vote_from(token):
    vote_id = tokens.read_vote_token(token)
    if vote_id is None:
        return None
    return Vote.objects.select_related("page").filter(pk=vote_id, anonymised=False).first()


def _thanks(request, stored, token, status=200, error="", comment=""):
    page = stored.page.specific if stored.page_id else None
    context = {
        "page_title": _("Thank you for your feedback"),
        "vote": stored,
        "token": token,
        "back": page_in_language(page) if page is not None else None,
        "error": error,
        "comment": comment,
        "max_length": conf.comment_max_length(),
        "honeypot": HONEYPOT_FIELD,
    }
    response = render(request, "feedback/thanks.html", context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
def thanks(request, token):
    stored = _vote_from(token)
    if stored is None:
        return refused(request, _("This link has expired. Thank you for your feedback all the same."), status=404)
    return _thanks(request, stored, token)


@csrf_exempt
@never_cache
@require_POST
def comment(request):
    refusal = _guard(request)
    if refusal:
        return refusal
    token = request.POST.get("vote", "")
    stored = _vote_from(token)
    if stored is None:
        return refused(
            request,
            _(
                "Your comment could not be linked to your vote, perhaps because more than an hour has "
                "passed. Please give your feedback on the page again."
            ),
        )
    text = request.POST.get("comment", "").replace("\r\n", "\n").strip()
    if request.POST.get(HONEYPOT_FIELD):
        return HttpResponseRedirect(reverse("feedback:thanks", args=[token]), status=303)
    if stored.comment:
        return _thanks(request, stored, token, status=400, error=_("We have already received a comment for this vote."))
    if not text:
        return _thanks(request, stored, token, status=400, error=_("Please write your comment, or leave this page."))
    if len(text) > conf.comment_max_length():
        error = _("Your comment is %(length)d characters long; please shorten it to %(max)d characters.") % {
            "length": len(text),
            "max": conf.comment_max_length(),
        }
        return _thanks(request, stored, token, status=400, error=error, comment=text)
    if "\x00" in text:
        error = _("Your comment contains characters we cannot store.")
        return _thanks(request, stored, token, status=400, error=error)
    add_comment(stored, text)
    response = HttpResponseRedirect(reverse("feedback:thanks", args=[token]))
    response.status_code = 303
    return response
