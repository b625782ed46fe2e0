"""The editorial admin: the per-object guard of the snippets departments and translators may
change, and the review-dates report in the Reports menu."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial.permissions import guarded_snippet_models, may_change_object, narrow_forms_to_owners
from editorial.views import ReviewReportView, may_see_report


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_report(request.user)


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReviewReportMenuItem(
        _("Review dates"), reverse("editorial_review_report"), name="review-dates", icon_name="time", order=750
    )


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path("reports/review-dates/", ReviewReportView.as_view(), name="editorial_review_report"),
        path(
            "reports/review-dates/results/",
            ReviewReportView.as_view(results_only=True),
            name="editorial_review_report_results",
        ),
    ]


# Wagtail's snippet edit and delete views check the model permission only; the object rule of
# editorial.permissions (a department's own offices, a translator's English ones) is checked here.
@hooks.register("before_edit_snippet")
def guard_snippet_edit(request, instance):
    if type(instance) in guarded_snippet_models() and not may_change_object(request.user, instance):
        raise PermissionDenied


@hooks.register("before_unpublish")
def guard_snippet_unpublish(request, instance):
    """Unpublishing an office or alert (a draft-state snippet) needs the same object rule."""
    if type(instance) in guarded_snippet_models() and not may_change_object(request.user, instance):
        raise PermissionDenied


@hooks.register("before_delete_snippet")
def guard_snippet_delete(request, instances):
    for instance in instances:
        if type(instance) in guarded_snippet_models() and not may_change_object(request.user, instance):
            raise PermissionDenied


# Submissions and bookings of a form: a department's staff see its own forms' only (onlineforms
# builds its scope from Wagtail's get_forms_for_user, which runs this hook).
@hooks.register("filter_form_submissions_for_user")
def only_own_forms(user, form_pages):
    return narrow_forms_to_owners(user, form_pages)
