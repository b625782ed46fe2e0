"""The translators' panel on the admin home page."""

from django.db.models import Count
from wagtail.admin.ui.components import Component

from translation_status.dashboard import open_states, with_links
from translation_status.enums import Status
from translation_status.models import TranslationState

PANEL_ITEMS = 5


class TranslationStatusPanel(Component):
    name = "translation_status"
    template_name = "translation_status/panel.html"
    order = 240

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        context = super().get_context_data(parent_context)
        counts = dict(TranslationState.objects.values_list("status").annotate(n=Count("pk")).order_by())
        context.update(
            {
                "request": request,
                "outdated_count": counts.get(Status.OUTDATED, 0),
                "untranslated_count": counts.get(Status.UNTRANSLATED, 0),
                "items": with_links(open_states().filter(status=Status.OUTDATED)[:PANEL_ITEMS], request.user),
            }
        )
        return context
