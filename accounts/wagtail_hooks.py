"""Staff side: the status of a request as the citizen sees it, changed in the Wagtail admin (with
an optional message), and shown in the submission's view."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.admin import messages

from accounts.forms import StatusForm
from accounts.records import change_status, current_status, timeline
from onlineforms import registry
from onlineforms.scope import form_scope
from onlineforms.submissions import Submission

CHANGE_PERMISSIONS = ("onlineforms.view_submission", "onlineforms.change_submission")


@never_cache
def status_view(request, pk):
    """Record a status step of one submission; the citizen is told by e-mail and sees it in the account."""
    if not all(request.user.has_perm(p) for p in CHANGE_PERMISSIONS):
        raise PermissionDenied
    # Only submissions of forms in the staff member's scope (onlineforms/scope.py): another
    # department's submission answers 404, as one that does not exist.
    submission = get_object_or_404(form_scope(request.user).submissions(Submission.objects.select_related("page")), pk=pk)
    form = StatusForm(initial={"status": current_status(submission).status})
    if request.method == "POST":
        form = StatusForm(request.POST)
        if form.is_valid():
            change_status(submission, form.cleaned_data["status"], form.cleaned_data["message"], user=request.user)
            messages.success(request, _("Status of %(reference)s saved; the citizen is told.") % {"reference": submission.reference})
            return redirect("onlineforms_submission:inspect", submission.pk)
    context = {"submission": submission, "form": form, "steps": timeline(submission)}
    return TemplateResponse(request, "accounts/admin/status.html", context, status=400 if form.errors else 200)


@hooks.register("register_admin_urls")
def register_status_url():
    return [path("accounts/status/<int:pk>/", status_view, name="accounts_submission_status")]


def status_summary(submission):
    return (
        _("Status for the citizen"),
        format_html(
            '{} – <a href="{}">{}</a>',
            current_status(submission).get_status_display(),
            reverse("accounts_submission_status", args=[submission.pk]),
            _("Change status / write to the citizen"),
        ),
    )


registry.register_staff_summary(status_summary)
