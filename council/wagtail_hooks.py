from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from council.models import Committee, Event, Location, Meeting, OParlSource, document_is_closed


class CommitteeViewSet(SnippetViewSet):
    model = Committee
    icon = "group"
    menu_label = _("Committees")
    list_display = ["title", "short_name", "kind", "locale"]
    list_filter = ["locale", "kind"]
    search_fields = ["title", "short_name"]


class MeetingViewSet(SnippetViewSet):
    model = Meeting
    icon = "date"
    menu_label = _("Meetings")
    list_display = ["title", "start", "state", "locale"]
    list_filter = ["locale", "state", "public"]
    search_fields = ["title"]
    ordering = ["-start"]


class EventViewSet(SnippetViewSet):
    model = Event
    icon = "calendar-alt"
    menu_label = _("City events")
    list_display = ["title", "start", "category", "locale"]
    list_filter = ["locale", "category"]
    search_fields = ["title"]


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Meeting places")
    list_display = ["name", "room", "street_address"]
    search_fields = ["name", "room"]


class OParlSourceViewSet(SnippetViewSet):
    model = OParlSource
    icon = "download"
    menu_label = _("OParl sources")
    list_display = ["system_url", "last_success_started"]


class CouncilGroup(SnippetViewSetGroup):
    items = (MeetingViewSet, CommitteeViewSet, EventViewSet, LocationViewSet, OParlSourceViewSet)
    menu_icon = "date"
    menu_label = _("Calendar")
    menu_name = "calendar"
    menu_order = 250


register_snippet(CouncilGroup)


@hooks.register("before_serve_document")
def refuse_closed_council_documents(document, request):
    """The documents of closed meetings and agenda items are served to people who may use the admin
    only, whatever collection they are in (they belong in a collection with a view restriction;
    this catches the ones that were not put there). Not found for everyone else."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return None
    if document_is_closed(document):
        raise Http404("document not found")
    return None
