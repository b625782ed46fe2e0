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
    response["Retry-After"] = str(abuse.retry_after())
    return response


# Room for everything in a form's request body besides its files (text answers, the multipart
# boundaries and headers): generous, since DATA_UPLOAD_MAX_MEMORY_SIZE caps the text part anyway.
BODY_MARGIN_BYTES = 1024 * 1024


def body_limit(page):
    """The largest request body a form page accepts: its largest upload per upload field, plus room
    for the other fields."""
    uploads = sum(1 for field in page.get_form_fields() if field.field_type == "upload")
    return uploads * (page.max_upload_mb or 10) * 1024 * 1024 + BODY_MARGIN_BYTES


def content_length(request):
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


def body_too_large(page, request):
    """True when the request announces more than the form accepts. Reads only the headers."""
    return request.method == "POST" and content_length(request) > body_limit(page)


def too_large(page, request):
    """413 with the form shown again (empty: the body was never read) and the limit explained."""
    context = page.get_context(request)
    context["form"] = page.get_form(page=page, user=request.user)
    context["form_error"] = _(
        "Your form was too large to be accepted: the files together may be at most %(limit)s MB. "
        "Please choose smaller files and fill in the form again."
    ) % {"limit": page.max_upload_mb or 10}
    response = TemplateResponse(request, page.get_template(request), context, status=413)
    add_never_cache_headers(response)
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
        # Before request.POST/FILES: decided from the headers (FormUploadLimitMiddleware does the
        # same before the CSRF check reads the body).
        if body_too_large(page, request):
            return too_large(page, request)
        if abuse.is_rate_limited(request):
            return rate_limited(request, page)
        form = page.get_form(request.POST, request.FILES, page=page, user=request.user)
        if form.is_valid():
            # Counted first, then decided: of parallel requests only as many as allowed get through.
            if abuse.count_submission(request):
                return rate_limited(request, page)
            try:
                submission = store_submission(page, form, get_language())
            except SlotUnavailable as error:
                form.renew_started(at=form.started_at)  # its token is used up; the time spent counts
                form.add_error(getattr(error, "field", None), error.message)
            else:
                return redirect(f"{page.url}?sent={sent_token(submission)}")
        elif form.spam and abuse.count_submission(request):
            return rate_limited(request, page)
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
