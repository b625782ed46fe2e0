"""Admin: the translators' report under Reports and their panel on the admin home page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translation_status.dashboard import can_translate
from translation_status.panels import TranslationStatusPanel
from translation_status.views import TranslationStatusReport


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("reports/translation-status/", TranslationStatusReport.as_view(), name="translation_status_report"),
        path(
            "reports/translation-status/results/",
            TranslationStatusReport.as_view(results_only=True),
            name="translation_status_report_results",
        ),
    ]


class TranslatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_translate(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return TranslatorsMenuItem(
        _("Translation status"), reverse("translation_status_report"), name="translation-status", icon_name="globe", order=650
    )


@hooks.register("construct_homepage_panels")
def add_translation_panel(request, panels):
    if can_translate(request.user):
        panels.append(TranslationStatusPanel())
