from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from services.models import Office


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "home"
    menu_label = _("Offices")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "department", "phone", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "department"]


register_snippet(OfficeViewSet)
