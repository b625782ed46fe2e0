"""The feedback report under Reports in the Wagtail admin, for users with feedback.view_vote."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from feedback.admin_views import VIEW_PERMISSION, FeedbackDetailView, FeedbackReportView, resolve_task


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [
        path("reports/feedback/", FeedbackReportView.as_view(), name="feedback_report"),
        path("reports/feedback/<uuid:translation_key>/", FeedbackDetailView.as_view(), name="feedback_report_detail"),
        path("reports/feedback/tasks/<int:pk>/resolve/", resolve_task, name="feedback_resolve_task"),
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_feedback_menu_item():
    return FeedbackMenuItem(
        _("Page feedback"), reverse("feedback_report"), name="page-feedback", icon_name="help", order=970
    )
