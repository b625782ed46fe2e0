"""The feedback report in the Wagtail admin (Reports menu): every page with votes, both languages
together, with score, trend, open review tasks and the latest comments; a page's comments; CSV
exports made safe for spreadsheets (core.exports.safe_cell).

Who may do what: reading the report, its comments and exports needs feedback.view_vote; marking a
review task as done needs feedback.change_reviewtask as well. Wagtail's Editors and Moderators
groups get both (migration 0002)."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.exports import safe_cell
from feedback import report
from feedback.models import ReviewTask

VIEW_PERMISSION = "feedback.view_vote"
RESOLVE_PERMISSION = "feedback.change_reviewtask"


def _period(request):
    period = request.GET.get("period", report.DEFAULT_PERIOD)
    return period if period in report.PERIODS else report.DEFAULT_PERIOD


def period_choices():
    return [
        ("30", _("Last 30 days")),
        ("90", _("Last 90 days")),
        ("365", _("Last 12 months")),
        ("all", _("All time")),
    ]


def _percent(value):
    return "" if value is None else round(value * 100)


def csv_response(filename, header, lines):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow([safe_cell(str(h)) for h in header])
    for line in lines:
        writer.writerow([safe_cell(value) for value in line])
    return response


class PermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class FeedbackReportView(PermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Page feedback")
    header_icon = "help"
    template_name = "feedback/admin/report.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        period = _period(request)
        rows = report.rows(period)
        if request.GET.get("export") == "csv":
            return self.export(rows, period)
        return self.render_to_response(
            self.get_context_data(
                rows=rows,
                period=period,
                periods=period_choices(),
                open_tasks=[row for row in rows if row.open_task],
                open_task_count=ReviewTask.objects.filter(resolved_at__isnull=True).count(),
            )
        )

    def export(self, rows, period):
        header = [
            _("Page"), _("Type"), _("Owning department"), _("Votes"), _("Helpful"), _("Score (%)"),
            _("Score last 30 days (%)"), _("Score 30 days before (%)"), _("Trend (points)"), _("Comments"),
            _("Last vote"), _("Open review task"),
        ]
        lines = [
            [
                row.title, str(row.kind), row.owner.name if row.owner else "", row.votes, row.helpful,
                _percent(row.score), _percent(row.recent_score), _percent(row.previous_score),
                "" if row.trend is None else row.trend, row.comments,
                timezone.localtime(row.last_vote).strftime("%Y-%m-%d %H:%M") if row.last_vote else "",
                _("yes") if row.open_task else _("no"),
            ]
            for row in rows
        ]
        return csv_response(f"feedback-{period}.csv", header, lines)


class FeedbackDetailView(PermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "help"
    template_name = "feedback/admin/detail.html"

    def get_page_title(self):
        return self.row.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("feedback_report"), "label": _("Page feedback")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, translation_key, *args, **kwargs):
        period = _period(request)
        self.row = report.row_for(translation_key, period) or report.row_for(translation_key, "all")
        if self.row is None:
            raise Http404
        comments = report.comments(translation_key, period)
        if request.GET.get("export") == "csv":
            header = [_("Given at"), _("Language"), _("Helpful"), _("Comment")]
            lines = [
                [
                    timezone.localtime(v.created_at).strftime("%Y-%m-%d %H:%M"), v.locale.language_code,
                    _("yes") if v.helpful else _("no"), v.comment,
                ]
                for v in comments
            ]
            return csv_response(f"feedback-comments-{translation_key}.csv", header, lines)
        tasks = ReviewTask.objects.filter(translation_key=translation_key).select_related("owner_group")
        return self.render_to_response(
            self.get_context_data(
                row=self.row,
                comments=comments[:500],
                period=period,
                periods=period_choices(),
                tasks=tasks,
                can_resolve=request.user.has_perm(RESOLVE_PERMISSION),
                translation_key=translation_key,
            )
        )


@never_cache
@require_POST
def resolve_task(request, pk):
    if not (request.user.has_perm(VIEW_PERMISSION) and request.user.has_perm(RESOLVE_PERMISSION)):
        raise PermissionDenied
    task = ReviewTask.objects.filter(pk=pk, resolved_at__isnull=True).first()
    if task is None:
        raise Http404
    task.resolved_at = timezone.now()
    task.save(update_fields=["resolved_at"])
    messages.success(request, _("The review is marked as done."))
    return HttpResponseRedirect(reverse("feedback_report_detail", args=[task.translation_key]))


