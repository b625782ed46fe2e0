from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from council.models import (
    AgendaItem,
    Committee,
    CouncilCalendarPage,
    Event,
    File,
    Location,
    Meeting,
    OParlListState,
    OParlSource,
    Paper,
    Person,
    document_is_closed,
)
from pagecache import tag


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
    list_display = ["name", "room", "street_address", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "room"]


class OParlSourceViewSet(SnippetViewSet):
    model = OParlSource
    icon = "download"
    menu_label = _("OParl sources")
    list_display = ["system_url", "last_success_started"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "status", "public"]
    list_filter = ["public"]
    search_fields = ["name", "family_name"]


class PaperViewSet(SnippetViewSet):
    model = Paper
    icon = "doc-full"
    menu_label = _("Papers")
    list_display = ["reference", "name", "date", "public"]
    list_filter = ["public", "paper_type"]
    search_fields = ["name", "reference"]
    ordering = ["-date"]


class FileViewSet(SnippetViewSet):
    model = File
    icon = "doc-empty"
    menu_label = _("Council files")
    list_display = ["name", "date", "public"]
    list_filter = ["public"]
    search_fields = ["name"]


class OParlListStateViewSet(SnippetViewSet):
    """What the import knows of each list: up to when it was read, and the pages it could not read."""

    model = OParlListState
    icon = "list-ul"
    menu_label = _("OParl lists")
    list_display = ["what", "list_url", "watermark", "broken_count", "last_run_started"]
    panels = [
        FieldPanel("list_url", read_only=True),
        FieldPanel("watermark", help_text=_("Empty it to have the next run read the whole list.")),
        FieldPanel("last_full_walk"),
        FieldPanel("broken_pages", read_only=True),
        FieldPanel("last_report", read_only=True),
    ]


class CouncilGroup(SnippetViewSetGroup):
    items = (
        MeetingViewSet,
        CommitteeViewSet,
        EventViewSet,
        LocationViewSet,
        PersonViewSet,
        PaperViewSet,
        FileViewSet,
        OParlSourceViewSet,
        OParlListStateViewSet,
    )
    menu_icon = "date"
    menu_label = _("Calendar")
    menu_name = "calendar"
    menu_order = 250


register_snippet(CouncilGroup)


@hooks.register("before_serve_page")
def tag_calendar_pages(page, request, serve_args, serve_kwargs):
    """pagecache: the calendar's pages list and show the council's records; any change purges them."""
    if isinstance(page.specific_deferred, CouncilCalendarPage):
        tag(Meeting, Event, Committee, Location, AgendaItem, Paper, File, Person)


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
