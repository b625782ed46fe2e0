"""Admin: the editors' synonym list and two reports (daily search counts; searches that found
nothing). Best bets are Wagtail's own "Promoted search results" (wagtail.contrib.search_promotions)."""

from datetime import timedelta
from types import SimpleNamespace

from django.db.models import Max, Sum
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import QueryLog, Synonym

REPORT_DAYS = 30


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["terms", "language", "note", "updated_at"]
    list_filter = ["language"]
    ordering = ["language", "terms"]


register_snippet(SynonymViewSet)


class QueryReportMixin:
    permission_policy = ModelPermissionPolicy(QueryLog)
    permission_required = "view"
    header_icon = "search"
    paginate_by = 100


class DailyQueriesReport(QueryReportMixin, ReportView):
    page_title = _("Search terms by day")
    index_url_name = "search_report_daily"
    index_results_url_name = "search_report_daily_results"
    columns = [
        Column("date", label=_("Date")),
        Column("query", label=_("Query")),
        Column("language", label=_("Language")),
        Column("count", label=_("Searches")),
        Column("results", label=_("Results")),
    ]
    list_export = ["date", "query", "language", "count", "results"]
    export_headings = {"date": _("Date"), "query": _("Query"), "language": _("Language"), "count": _("Searches")}

    def get_queryset(self):
        since = timezone.localdate() - timedelta(days=REPORT_DAYS)
        return QueryLog.objects.filter(date__gte=since).order_by("-date", "-count", "query")


class ZeroResultsReport(QueryReportMixin, ReportView):
    page_title = _("Searches without results")
    index_url_name = "search_report_zero"
    index_results_url_name = "search_report_zero_results"
    columns = [
        Column("query", label=_("Query")),
        Column("language", label=_("Language")),
        Column("total", label=_("Searches in the last 30 days")),
        Column("last", label=_("Last searched")),
    ]
    list_export = ["query", "language", "total", "last"]

    def get_queryset(self):
        since = timezone.localdate() - timedelta(days=REPORT_DAYS)
        return (
            QueryLog.objects.filter(date__gte=since)
            .values("query", "language")
            .annotate(total=Sum("count"), best=Max("results"), last=Max("date"))
            .filter(best=0)
            .order_by("-total", "query")
        )

    def decorate_paginated_queryset(self, object_list):
        return [SimpleNamespace(**row) for row in object_list]

    def to_row_dict(self, item):
        return {name: getattr(item, name) for name in self.list_export}


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/search-terms/", DailyQueriesReport.as_view(), name="search_report_daily"),
        path(
            "reports/search-terms/results/",
            DailyQueriesReport.as_view(results_only=True),
            name="search_report_daily_results",
        ),
        path("reports/search-no-results/", ZeroResultsReport.as_view(), name="search_report_zero"),
        path(
            "reports/search-no-results/results/",
            ZeroResultsReport.as_view(results_only=True),
            name="search_report_zero_results",
        ),
    ]


class QueryReportMenuItem(MenuItem):
    def is_shown(self, request):
        return ModelPermissionPolicy(QueryLog).user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_daily_queries_menu_item():
    return QueryReportMenuItem(
        _("Search terms by day"), reverse("search_report_daily"), name="search-terms", icon_name="search", order=950
    )


@hooks.register("register_reports_menu_item")
def register_zero_results_menu_item():
    return QueryReportMenuItem(
        _("Searches without results"),
        reverse("search_report_zero"),
        name="search-no-results",
        icon_name="search",
        order=960,
    )
