from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms import transfer  # noqa: F401 (registers wagtail-transfer's content-only serializers)
from cms.models import Alert


class AlertViewSet(SnippetViewSet):
    model = Alert
    icon = "warning"
    menu_label = _("Alert banners")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "severity", "go_live_at", "expire_at", "locale"]
    list_filter = ["severity", "locale"]


register_snippet(AlertViewSet)
