"""Admin views over submissions: Wagtail's per-form list and delete views, guarded by the
onlineforms permissions, and spreadsheet exports that a spreadsheet never runs as formulas.

Who may do what (ReadMostlyPolicy in wagtail_hooks and the views below):
- listing, reading, exporting, downloading files (submission_file): onlineforms.view_submission
- changing the status or note: onlineforms.change_submission (and view)
- deleting: onlineforms.delete_submission (and view)
Page permissions alone (Wagtail's "Editors") give none of this.

And only within the user's form scope (onlineforms/scope.py): the submissions of the forms the user
may see. Every view that takes an id answers 404 for a submission or file outside it.
"""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from wagtail.admin.views.generic import DeleteView, EditView, HistoryView, IndexView, InspectView, UsageView
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListView

from core.exports import SafeSpreadsheetExportMixin
from onlineforms.scope import VIEW_PERMISSION, form_scope
from onlineforms.submissions import SubmissionFile

DELETE_PERMISSION = "onlineforms.delete_submission"


class ScopedObjectMixin:
    """For a model viewset's views that take an id: an object outside the user's scope is not
    found (404), whatever the model permission says. `in_scope(user, obj)` decides."""

    def in_scope(self, user, obj):
        return form_scope(user).covers(obj)

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not self.in_scope(self.request.user, obj):
            raise Http404
        return obj


class ScopedIndexMixin:
    """For a model viewset's index (and so its CSV/XLSX export): only the rows in the user's scope."""

    def scope_queryset(self, queryset):
        return form_scope(self.request.user).submissions(queryset)

    def get_base_queryset(self):
        return self.scope_queryset(super().get_base_queryset())


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


class SubmissionIndexView(ScopedIndexMixin, SafeSpreadsheetExportMixin, IndexView):
    """The index of the Submissions viewset (every form in the user's scope), with safe exports."""


class SubmissionEditView(ScopedObjectMixin, EditView):
    pass


class SubmissionDeleteView(ScopedObjectMixin, DeleteView):
    pass


class SubmissionHistoryView(ScopedObjectMixin, HistoryView):
    pass


class SubmissionUsageView(ScopedObjectMixin, UsageView):
    pass


class ScopedInspectView(ScopedObjectMixin, InspectView):
    pass


@never_cache
def submission_file(request, pk):
    """An uploaded file, for staff who may see the form's submissions (admin URL, login required)."""
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    stored = get_object_or_404(SubmissionFile, pk=pk, submission__in=form_scope(request.user).submissions())
    response = FileResponse(
        stored.file.open("rb"), content_type=stored.content_type, as_attachment=True, filename=stored.original_name
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
