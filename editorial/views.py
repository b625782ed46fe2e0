"""The review-dates report (Reports menu): live services whose review is overdue or due soon, per
department, with CSV and Excel export. Central editors see every department, a department its own."""

import django_filters
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView

from editorial.enums import RoleKind
from editorial.permissions import department_group_ids, is_central
from editorial.reviews import DUE_SOON, OVERDUE, due_filter, due_soon_days, owned_services, review_state

NO_DEPARTMENT = "none"


def may_see_report(user):
    return user.is_active and (is_central(user) or bool(department_group_ids(user)))


def _departments(request):
    groups = Group.objects.filter(editorial_role__kind=RoleKind.DEPARTMENT).order_by("name")
    if request is not None and not is_central(request.user):
        groups = groups.filter(pk__in=department_group_ids(request.user))
    return groups


class ReviewFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("Review"),
        choices=[(OVERDUE, _("Overdue")), (DUE_SOON, _("Due soon"))],
        empty_label=_("Overdue or due soon"),
        method="filter_state",
    )
    owner_group = django_filters.ModelChoiceFilter(
        label=_("Department"), queryset=_departments, empty_label=_("All departments"), null_label=_("No department"),
        null_value=NO_DEPARTMENT,
    )

    class Meta:
        model = owned_services().model
        fields = ["state", "owner_group"]

    def filter_state(self, queryset, name, value):
        return queryset.filter(due_filter(value))


class ReviewReportView(PageReportView):
    page_title = _("Review dates")
    header_icon = "time"
    results_template_name = "editorial/review_report_results.html"
    filterset_class = ReviewFilterSet
    index_url_name = "editorial_review_report"
    index_results_url_name = "editorial_review_report_results"
    list_export = ["title", "owner_group", "next_review", "last_reviewed", "review_state_label", "full_url"]
    export_headings = {
        "title": _("Title"),
        "owner_group": _("Department"),
        "next_review": _("Next review due"),
        "last_reviewed": _("Last reviewed"),
        "review_state_label": _("Review"),
        "full_url": _("Address"),
    }
    export_filename = "review-dates"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        pages = owned_services().filter(due_filter("")).select_related("owner_group", "locale")
        if not is_central(self.request.user):
            pages = pages.filter(owner_group__in=department_group_ids(self.request.user))
        return pages.order_by("next_review", "title")

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        labels = {OVERDUE: _("Overdue"), DUE_SOON: _("Due soon")}
        for page in object_list:
            page.review_state = review_state(page, today)
            page.review_state_label = str(labels.get(page.review_state, ""))
        return object_list

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "due_soon_days": due_soon_days()}
