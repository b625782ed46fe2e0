"""StreamField blocks that embed the calendar on any page: upcoming meetings (and events) for chosen
committees or categories, and one chosen meeting. They show the same live state as the calendar."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from council.enums import EventCategory
from council.models import Entry
from council.models.schedule import Filters, localize_meetings, upcoming
from pagecache import tag


class UpcomingMeetingsBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), max_length=120, required=False, help_text=_("E.g. Next meetings of the building committee.")
    )
    committees = blocks.ListBlock(
        SnippetChooserBlock("council.Committee", label=_("Committee")),
        label=_("Committees"),
        required=False,
        default=[],
        help_text=_("Leave empty for all committees."),
    )
    categories = blocks.MultipleChoiceBlock(
        label=_("Event categories"),
        choices=EventCategory.choices,
        required=False,
        help_text=_("Also show city events of these categories."),
    )
    count = blocks.IntegerBlock(label=_("How many"), min_value=1, max_value=20, default=3)

    class Meta:
        icon = "date"
        template = "council/blocks/upcoming_meetings_block.html"
        label = _("Upcoming meetings")
        description = _("The next meetings of chosen committees, with date, place and livestream.")
        preview_value = {"title": "Nächste Sitzungen", "committees": [], "categories": [], "count": 3}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        committees = [c.canonical_pk for c in value.get("committees") or [] if c is not None]
        categories = [c for c in value.get("categories") or [] if c in EventCategory.values]
        if committees and not categories:
            show = "meetings"
        elif categories and not committees:
            show = "events"
        elif not committees and not categories:
            show = "meetings"
        else:
            show = "all"
        filters = Filters(committees=committees, categories=categories, show=show)
        context["entries"] = upcoming(filters, limit=value.get("count") or 3)
        context["filter_query"] = filters.query_string()
        context["feed_committee"] = committees[0] if len(committees) == 1 and not categories else None
        return context


class MeetingBlock(blocks.StructBlock):
    meeting = SnippetChooserBlock("council.Meeting", label=_("Meeting"))

    class Meta:
        icon = "date"
        template = "council/blocks/meeting_block.html"
        label = _("One meeting")
        description = _("Date, place, agenda link and livestream of one meeting.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        meeting = value.get("meeting")
        entry = None
        canonical = meeting.get_canonical() if meeting is not None else None
        tag(canonical)  # pagecache: this meeting's change, in either language
        if canonical is not None and canonical.public:  # a closed meeting is never shown (council.models)
            localized = localize_meetings([canonical])[0]
            entry = Entry(
                "meeting", localized, localized.held_start, localized.held_end, localized.is_live(timezone.now())
            )
        context["entry"] = entry
        return context
