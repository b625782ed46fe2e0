"""Staff side in the Wagtail admin: submissions of the forms in the user's scope (both languages together) with
status, answers, files and e-mail state; CSV/XLSX export. Per-form exports with one column per
field are Wagtail's own (Forms menu), fed with both languages by FormPage.get_submissions()."""

from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from onlineforms import registry
from onlineforms.admin_views import (
    FormSubmissionsDeleteView,
    ScopedInspectView,
    SubmissionDeleteView,
    SubmissionEditView,
    SubmissionHistoryView,
    SubmissionIndexView,
    SubmissionUsageView,
    submission_file,
)
from onlineforms.models import Submission
from onlineforms.scope import VIEW_PERMISSION


class ReadMostlyPolicy(ModelPermissionPolicy):
    """Submissions come from citizens; staff may view, change the status and delete, never add.
    Every action needs the view permission as well: changing or deleting means reading first."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        if action != "view" and not super().user_has_permission(user, "view"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Submission, ReadMostlyPolicy(Submission))


class SubmissionInspectView(ScopedInspectView):
    def get_answers_display_value(self):
        rows = self.object.answers()
        return format_html(
            "<dl>{}</dl>",
            format_html_join("", "<dt>{}</dt><dd>{}</dd>", ((label, value or "–") for label, value in rows)),
        )

    def get_files_display_value(self):
        files = list(self.object.files.all())
        if not files:
            return "–"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> ({} KB)</li>',
                ((reverse("onlineforms_file", args=[f.pk]), f.original_name, f.size // 1024) for f in files),
            ),
        )

    def get_emails_display_value(self):
        emails = list(self.object.emails.all())
        if not emails:
            return "–"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{}: {} – {} ({}×){}</li>",
                (
                    (
                        e.get_kind_display(),
                        e.to,
                        e.get_status_display(),
                        e.attempts,
                        f" – {e.last_error}" if e.last_error else "",
                    )
                    for e in emails
                ),
            ),
        )

    def get_field_label(self, field_name, field):
        labels = {"answers": _("Answers"), "files": _("Uploaded files"), "emails": _("E-mails")}
        return labels.get(field_name) or super().get_field_label(field_name, field)

    def get_fields_context(self):
        """The fields, with what the form's field types add before the e-mails."""
        rows = super().get_fields_context()
        added = [
            {"label": label, "value": value, "component": None}
            for label, value in registry.staff_summaries(self.object, self.object.page.specific)
        ]
        at = self.fields.index("emails")
        return rows[:at] + added + rows[at:]


class SubmissionViewSet(ModelViewSet):
    model = Submission
    icon = "form"
    menu_label = _("Submissions")
    menu_order = 250
    add_to_admin_menu = True
    url_namespace = "onlineforms_submission"
    url_prefix = "onlineforms/submissions"
    # Every view narrowed to the user's form scope (onlineforms/scope.py): ids outside it are 404.
    index_view_class = SubmissionIndexView
    edit_view_class = SubmissionEditView
    delete_view_class = SubmissionDeleteView
    history_view_class = SubmissionHistoryView
    usage_view_class = SubmissionUsageView
    list_display = [
        "reference",
        Column("page", label=_("Form"), accessor="form_title"),
        "submit_time",
        "language",
        "status",
    ]
    list_filter = ["status", "language", "page"]
    list_export = ["reference", "form_title", "submit_time", "language", "status", "citizen_email", "form_data"]
    export_headings = {"form_title": _("Form"), "form_data": _("Answers")}
    export_filename = "submissions"
    search_fields = ["reference", "citizen_email"]
    form_fields = ["status", "staff_note"]
    inspect_view_enabled = True
    inspect_view_class = SubmissionInspectView
    inspect_view_fields = [
        "reference",
        "page",
        "submit_time",
        "language",
        "status",
        "staff_note",
        "answers",
        "files",
        "emails",
    ]
    copy_view_enabled = False

    def get_index_view_kwargs(self, **kwargs):
        return {**super().get_index_view_kwargs(**kwargs), "add_url_name": None}


submission_viewset = SubmissionViewSet("onlineforms_submission")


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return submission_viewset


@hooks.register("register_admin_urls", order=-1)
def register_file_url():
    return [
        path("onlineforms/files/<int:pk>/", submission_file, name="onlineforms_file"),
        # Same path as wagtailforms:delete_submissions and registered before it (order=-1), so it is
        # the one that answers: Wagtail's view checks only page permissions, this one also
        # onlineforms.delete_submission. Templates keep reversing Wagtail's name.
        path(
            "forms/submissions/<int:page_id>/delete/",
            FormSubmissionsDeleteView.as_view(),
            name="onlineforms_delete_form_submissions",
        ),
    ]


@hooks.register("filter_form_submissions_for_user")
def only_with_view_permission(user, form_pages):
    """Wagtail's Forms menu, per-form lists, exports and deletion show the forms a user may edit as
    pages; submissions are personal data, so they also need onlineforms.view_submission."""
    if not user.has_perm(VIEW_PERMISSION):
        return form_pages.none()
    return form_pages
