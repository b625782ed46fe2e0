"""Admin views over submissions: Wagtail's per-form list and delete views, guarded by the
onlineforms permissions, and spreadsheet exports that a spreadsheet never runs as formulas.

Who may do what (ReadMostlyPolicy in wagtail_hooks and the views below):
- listing, reading, exporting, downloading files (submission_file): onlineforms.view_submission
- changing the status or note: onlineforms.change_submission (and view)
- deleting: onlineforms.delete_submission (and view)
Page permissions alone (Wagtail's "Editors") give none of this.
"""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from wagtail.admin.views.generic import IndexView
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListView

from core.exports import SafeSpreadsheetExportMixin
from onlineforms.submissions import SubmissionFile

VIEW_PERMISSION = "onlineforms.view_submission"
DELETE_PERMISSION = "onlineforms.delete_submission"


class FormSubmissionsListView(SafeSpreadsheetExportMixin, SubmissionsListView):
    """Wagtail's submissions list of one form page (Forms menu), with safe exports. Access is
    decided by get_forms_for_user, which the filter_form_submissions_for_user hook limits to
    users with onlineforms.view_submission."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class FormSubmissionsDeleteView(DeleteSubmissionsView):
    """Wagtail's delete view for a form's submissions, only for users who may delete them."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (user.has_perm(VIEW_PERMISSION) and user.has_perm(DELETE_PERMISSION)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SubmissionIndexView(SafeSpreadsheetExportMixin, IndexView):
    """The index of the Submissions viewset (every form), with safe exports."""


@never_cache
def submission_file(request, pk):
    """An uploaded file, for staff who may see the form's submissions (admin URL, login required)."""
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    stored = get_object_or_404(SubmissionFile, pk=pk)
    response = FileResponse(
        stored.file.open("rb"), content_type=stored.content_type, as_attachment=True, filename=stored.original_name
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
