"""The translators' report (Reports > Translation status) with its CSV and XLSX export."""

import datetime

import django_filters
from django.contrib import messages
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from core.exports import SafeSpreadsheetExportMixin
from core.params import InvalidParameter
from translation_status.dashboard import (
    OPEN,
    SORT_OLDEST,
    SORT_VISITS,
    can_translate,
    open_states,
    sort_param,
    with_links,
)
from translation_status.enums import Kind, Status
from translation_status.models import TranslationState


class TranslationStatusFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Kind.choices, empty_label=_("Pages and snippets"))
    status = django_filters.ChoiceFilter(
        label=_("State"),
        choices=[(value, label) for value, label in Status.choices if value in OPEN],
        empty_label=_("Out of date or never translated"),
    )
    # The order, offered among the filters so it works without JavaScript. The view reads it
    # strictly (dashboard.sort_param) and orders the list itself; this field only shows the choice.
    sort = django_filters.ChoiceFilter(
        label=_("Order"),
        choices=[(SORT_OLDEST, _("Oldest first")), (SORT_VISITS, _("Most visited (last 30 days)"))],
        empty_label=None,
        method="keep_order",
    )

    class Meta:
        model = TranslationState
        fields = ["kind", "status"]

    def keep_order(self, queryset, name, value):
        return queryset


class LinkColumn(TitleColumn):
    """A link whose text is the same on every row ("Translate")."""

    def __init__(self, name, text, **kwargs):
        super().__init__(name, accessor=lambda state: text, **kwargs)


def _in_language(chunks, language):
    chunks = iter(chunks)
    while True:
        with translation.override(language):
            chunk = next(chunks, None)
        if chunk is None:
            return
        yield chunk


class TranslationStatusReport(SafeSpreadsheetExportMixin, ReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "translation_status_report"
    index_results_url_name = "translation_status_report_results"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("German original"), get_url=lambda state: state.source_url),
        Column("type_label", label=_("Type")),
        Column("target_locale", label=_("Language"), accessor=lambda state: state.target_locale.get_display_name()),
        Column("status", label=_("State"), accessor=lambda state: state.get_status_display()),
        DateColumn("source_updated_at", label=_("German text changed")),
        Column("changed_strings", label=_("Changed strings")),
        DateColumn("translated_at", label=_("Translation published")),
        Column("recent_visits", label=_("Visits (30 days)")),
        LinkColumn("translate", _("Translate"), label=_("Translation"), get_url=lambda state: state.translate_url),
    ]
    list_export = [
        "title",
        "type_label",
        "target_locale.language_code",
        "status_label",
        "source_updated_at",
        "changed_strings",
        "removed_strings",
        "translated_at",
        "recent_visits",
        "source_link",
        "translate_link",
    ]
    export_headings = {
        "title": _("German original"),
        "type_label": _("Type"),
        "target_locale.language_code": _("Language"),
        "status_label": _("State"),
        "source_updated_at": _("German text changed"),
        "changed_strings": _("Changed strings"),
        "removed_strings": _("Removed strings"),
        "translated_at": _("Translation published"),
        "recent_visits": _("Visits (30 days)"),
        "source_link": _("German original in the admin"),
        "translate_link": _("Translation in the admin"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_translate(request.user):
            return permission_denied(request)
        try:
            self.sort = sort_param(request.GET)
        except InvalidParameter as error:
            # Refused, not guessed: the report again without the bad value, saying why.
            messages.error(request, error.message)
            query = request.GET.copy()
            query.pop("sort", None)
            query.pop("export", None)
            url = self.get_index_url()
            return redirect(f"{url}?{query.urlencode()}" if query else url)
        return super().dispatch(request, *args, **kwargs)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        if getattr(response, "streaming", False):
            # A CSV is written while it is sent, after the view has left the user's admin language.
            response.streaming_content = _in_language(response.streaming_content, translation.get_language())
        return response

    def get_filename(self):
        return f"translation-status-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return open_states(self.sort)

    def decorate_paginated_queryset(self, object_list):
        states = with_links(object_list, self.request.user)
        for state in states:
            state.status_label = state.get_status_display()
            state.source_link = self.request.build_absolute_uri(state.source_url) if state.source_url else ""
            state.translate_link = self.request.build_absolute_uri(state.translate_url) if state.translate_url else ""
        return states
