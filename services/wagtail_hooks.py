from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from services.consistency import service_disagreements
from services.models import Office, ServicePage


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "home"
    menu_label = gettext_lazy("Offices")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "department", "phone", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "department"]


register_snippet(OfficeViewSet)


@hooks.register("after_publish_page")
def warn_about_disagreeing_facts(request, page):
    """After publishing a service, warn about the facts that disagree but do not block publishing
    (services.consistency): an online start below level 2, a missing LeiKa key. Rendered now, in the
    editor's admin language (the message is stored after the view has left that language)."""
    if not isinstance(page, ServicePage):
        return
    for finding in service_disagreements(page):
        if not finding.blocking:
            messages.warning(request, _("Published, but please check: %(problem)s") % {"problem": finding})
