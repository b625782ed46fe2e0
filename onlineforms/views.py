from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from onlineforms import abuse

SENT_SALT = "onlineforms.sent"


def sent_token(submission):
    return signing.dumps(submission.pk, salt=SENT_SALT)


def submission_for_token(token):
    from onlineforms.models import Submission

    try:
        pk = signing.loads(token, salt=SENT_SALT, max_age=24 * 3600)
    except signing.BadSignature:
        return None
    return Submission.objects.filter(pk=pk).first()


def rate_limited(request, page):
    context = page.get_context(request)
    context["page_title"] = _("Too many submissions")
    response = TemplateResponse(request, "onlineforms/rate_limited.html", context, status=429)
    response["Retry-After"] = str(abuse.rate_limit()[1])
    return response


def serve_form_page(page, request, *args, **kwargs):
    response = _serve_form_page(page, request, *args, **kwargs)
    add_never_cache_headers(response)
    return response


def _serve_form_page(page, request, *args, **kwargs):
    """GET shows the form (or, with ?sent=…, the confirmation); POST stores the submission and
    redirects to the confirmation, so reloading never sends twice."""
    from bookings.calendar import SlotUnavailable
    from onlineforms.submit import store_submission

    if request.method == "GET" and request.GET.get("sent"):
        submission = submission_for_token(request.GET["sent"])
        if submission is None or submission.form_key != page.translation_key:
            return redirect(page.url)
        return page.render_landing_page(request, submission)

    status = 200
    if request.method == "POST":
        if abuse.is_rate_limited(request):
            return rate_limited(request, page)
        form = page.get_form(request.POST, request.FILES, page=page, user=request.user)
        if form.is_valid():
            try:
                submission = store_submission(page, form, get_language())
            except SlotUnavailable as error:
                form.add_error(getattr(error, "field", None), error.message)
            else:
                abuse.count_submission(request)
                return redirect(f"{page.url}?sent={sent_token(submission)}")
        elif form.spam:
            abuse.count_submission(request)
        status = 400
    else:
        form = page.get_form(page=page, user=request.user)

    context = page.get_context(request)
    context["form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)


@never_cache
def submission_file(request, pk):
    """An uploaded file, for staff who may see the form's submissions (admin URL, login required)."""
    from onlineforms.models import SubmissionFile

    if not request.user.has_perm("onlineforms.view_submission"):
        raise PermissionDenied
    stored = get_object_or_404(SubmissionFile, pk=pk)
    response = FileResponse(
        stored.file.open("rb"), content_type=stored.content_type, as_attachment=True, filename=stored.original_name
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
