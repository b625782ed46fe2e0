"""Committees, meetings with agendas, places and city events.

The German (default-locale) row of a meeting or event is the canonical record: calendars, feeds and
the OParl endpoint query over it. English rows are wagtail-localize translations that carry the
translated texts; the fields that are not text (dates, state, links, place) are copied to them
whenever the German row is saved, so an import that changes a date never leaves a stale English copy.

What the public sees (one rule, for every page, block, feed, the OParl endpoint and the search):
nothing of a non-public meeting (`Meeting.public=False`) and nothing of a non-public agenda item. A
closed meeting is left out of the calendar, the archive, committee pages, embedded blocks, iCal feeds,
OParl and search, and its own address answers 404: its title, note, place and documents may name the
matter. Of a public meeting with a closed part only the fact that there is one is shown ("The meeting
also has a non-public part"), never the titles, results or documents of those items. Every
public path asks `Meeting.objects.published()` and `AgendaItem.objects.public()` (or
`Meeting.public_agenda()`); the admin sees everything.

Documents: the importer stores links to the source's files, never copies; documents that editors
upload for a closed item or meeting belong in a Wagtail collection with a view restriction, so that
the document URL itself asks for a login. The public pages also refuse to link a document whose
collection is restricted (`document_is_public`), whatever it is attached to.
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from itertools import islice

from dateutil.rrule import rrulestr
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Collection, CollectionViewRestriction, Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.i18n import locale_for, localize_all
from core.sitecache import request_memo
from council.enums import CommitteeKind, EventCategory, MeetingState
from pagecache import expires_at

DEFAULT_DURATION = timedelta(hours=2)
# Recurrence is expanded only up to this many occurrences per query, however wide the range.
MAX_OCCURRENCES = 500


def default_locale():
    return locale_for(settings.LANGUAGE_CODE)


def local_tz():
    return timezone.get_default_timezone()


class CanonicalQuerySet(models.QuerySet):
    def canonical(self):
        """The default-locale rows: one per meeting, event or committee."""
        return self.filter(locale=default_locale())


class OParlMixin(models.Model):
    """Where an imported object came from and when the source last changed it."""

    oparl_id = models.CharField(_("OParl ID"), max_length=500, blank=True, db_index=True, editable=False)
    oparl_modified = models.DateTimeField(_("modified at source"), null=True, blank=True, editable=False)

    class Meta:
        abstract = True


class CanonicalRowMixin(TranslatableMixin, OParlMixin, models.Model):
    """A committee, meeting or event: one row per language, the default-locale row canonical.

    On save, the canonical row copies its non-text fields (`sync_fields`, and where it came from in
    OParl) to its translations; a model with a `sequence` field (iCal SEQUENCE) has it raised when
    a field a calendar app cares about (`sequence_fields`) changes. Each has a `title`; addresses
    and feeds always use the canonical pk."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CanonicalQuerySet.as_manager()

    sync_fields = ()
    sequence_fields = ()
    calendar_route = ""  # the calendar page's sub-page that shows one row (CouncilCalendarPage)

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        canonical = self.is_canonical
        if canonical and self.pk and self.sequence_fields:
            old = type(self).objects.filter(pk=self.pk).values(*self.sequence_fields).first()
            if old and any(old[name] != getattr(self, name) for name in self.sequence_fields):
                self.sequence += 1
        super().save(*args, **kwargs)
        if canonical:
            names = (*self.sync_fields, "oparl_id", "oparl_modified", *(("sequence",) if self.sequence_fields else ()))
            values = {name: getattr(self, name) for name in names}
            type(self).objects.filter(translation_key=self.translation_key).exclude(pk=self.pk).update(**values)

    def get_absolute_url(self):
        return calendar_url(self.calendar_route, self.canonical_pk)

    @property
    def is_canonical(self):
        locale = default_locale()
        return locale is None or self.locale_id == locale.id

    def get_canonical(self):
        if self.is_canonical:
            return self
        return type(self).objects.filter(translation_key=self.translation_key, locale=default_locale()).first() or self

    @property
    def canonical_pk(self):
        if not hasattr(self, "_canonical_pk"):
            self._canonical_pk = self.get_canonical().pk
        return self._canonical_pk


CALENDAR_PAGE_CACHE_KEY = "council:calendar-page:{}"


def calendar_page(language_code=None):
    """The live calendar page in the language (the active one by default), else the German one;
    None where there is none. Cached until a calendar page is published, moved or deleted
    (council.models.calendar_page forgets it), so a list of entries asks nothing per link.

    The page type builds on this module, so it is found through its parent link (Django's
    multi-table inheritance accessor) instead of being imported here."""
    language_code = (language_code or translation.get_language() or settings.LANGUAGE_CODE)[:2]
    key = CALENDAR_PAGE_CACHE_KEY.format(language_code)
    memo = request_memo()  # a list of entries asks the shared cache once per request, not per link
    if key in memo:
        return memo[key]
    page = cache.get(key)
    if page is None:
        pages = Page.objects.live().public().filter(councilcalendarpage__isnull=False).select_related("locale")
        page = (
            pages.filter(locale__language_code=language_code).order_by("path").first()
            or pages.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path").first()
        )
        if page is not None:
            specific = page.specific
            specific.locale = page.locale  # cached with it, so that it builds its address without a query
            page = specific
        else:
            page = False
        cache.set(key, page, 300)  # also a bound for changes that send no signal
    memo[key] = page or None
    return page or None


def forget_calendar_page(**kwargs):
    cache.delete_many([CALENDAR_PAGE_CACHE_KEY.format(code) for code, _name in settings.LANGUAGES])


def calendar_url(route, *args):
    """The address of a calendar sub-page (a route of CouncilCalendarPage) in the active language;
    "" while no calendar page is published."""
    page = calendar_page()
    if page is None:
        return ""
    memo = request_memo()
    key = ("council:calendar-url", page.pk)
    if key not in memo:
        memo[key] = page.url
    return memo[key] + page.reverse_subpage(route, args=args)


class Committee(CanonicalRowMixin, index.Indexed, models.Model):
    """A Gremium: the council, a committee, a district council or an advisory board."""

    title = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=50, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=CommitteeKind.choices, default=CommitteeKind.COMMITTEE)

    sync_fields = ("kind",)
    calendar_route = "committee"
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("short_name"),
        SynchronizedField("kind"),
        SynchronizedField("oparl_id"),
        SynchronizedField("oparl_modified"),
    ]
    panels = [FieldPanel("title"), FieldPanel("short_name"), FieldPanel("kind")]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("committee")
        verbose_name_plural = _("committees")
        ordering = ["title"]


class Location(TranslatableMixin, OParlMixin, models.Model):
    """Where meetings take place: one row per language, the German (default-locale) row canonical.
    Meetings link to the German row and show the place in the visitor's language, the German name
    where no translation exists (`schedule.localize_meetings`). The names of the building and the
    room are translated ("Rathaus, Ratssaal" is "Town hall, council chamber" in English); the address
    is the same in every language and copied to the translations whenever the German row is saved.
    Only the German row carries the OParl ID, so the importer finds the place it made."""

    name = models.CharField(_("building"), max_length=200, help_text=_("E.g. Town hall, council chamber."))
    room = models.CharField(_("room"), max_length=200, blank=True)
    street_address = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postcode"), max_length=10, blank=True)
    locality = models.CharField(_("town"), max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CanonicalQuerySet.as_manager()

    sync_fields = ("street_address", "postal_code", "locality")
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("room"),
        *[SynchronizedField(name) for name in sync_fields],
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("room"),
        FieldPanel("street_address"),
        FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("meeting place")
        verbose_name_plural = _("meeting places")
        ordering = ["name", "room"]

    def __str__(self):
        return ", ".join(part for part in (self.room, self.name) if part)

    def save(self, *args, **kwargs):
        if self.locale_id is None:
            # A place made by the importer or an editor without a locale is the German one.
            self.locale = default_locale() or Locale.get_default()
        canonical = self.is_canonical
        if not canonical:
            self.oparl_id, self.oparl_modified = "", None
        super().save(*args, **kwargs)
        if canonical:
            values = {name: getattr(self, name) for name in self.sync_fields}
            Location.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk).update(**values)

    @property
    def is_canonical(self):
        locale = default_locale()
        return locale is None or self.locale_id is None or self.locale_id == locale.id

    @property
    def address(self):
        town = " ".join(part for part in (self.postal_code, self.locality) if part)
        return ", ".join(part for part in (self.street_address, town) if part)

    def one_line(self):
        return ", ".join(part for part in (str(self), self.address) if part)


class MeetingQuerySet(CanonicalQuerySet):
    """Calendars ask when a meeting is held: a moved meeting is held at its new date (`moved_to`) for
    as long as it was planned to last, every other one at `start`. `held()` annotates that as
    `held_from` and `held_until`; upcoming, past and live go by it, `between` finds a moved meeting
    at its new date and at its old one (where the calendar points to the new date)."""

    def public(self):
        """Public meetings, in any locale (`public` is synchronised to the translations)."""
        return self.filter(public=True)

    def published(self):
        """What every public page, feed and API shows: canonical rows of public meetings."""
        return self.canonical().public()

    def held(self):
        if "held_from" in self.query.annotations:
            return self
        moved = models.Q(state=MeetingState.MOVED, moved_to__isnull=False)
        new_end = models.ExpressionWrapper(
            models.F("moved_to") + (models.F("end") - models.F("start")), output_field=models.DateTimeField()
        )
        return self.annotate(
            held_from=models.Case(models.When(moved, then=models.F("moved_to")), default=models.F("start")),
            held_until=models.Case(models.When(moved, then=new_end), default=models.F("end")),
        )

    def held_between(self, start, end):
        """Meetings held (at their new date, if moved) in [start, end]."""
        return self.held().filter(held_from__lte=end, held_until__gte=start)

    def upcoming(self, now=None):
        return self.held().filter(held_until__gte=now or timezone.now()).order_by("held_from", "pk")

    def past(self, now=None):
        return self.held().filter(held_until__lt=now or timezone.now()).order_by("-held_from", "-pk")

    def between(self, start, end):
        """Meetings held in [start, end), and moved meetings whose old date lies in it."""
        held = models.Q(held_from__lt=end, held_until__gte=start)
        planned = models.Q(state=MeetingState.MOVED, moved_to__isnull=False, start__lt=end, end__gte=start)
        return self.held().filter(held | planned).order_by("held_from", "pk")

    def live(self, now=None):
        now = now or timezone.now()
        return (
            self.held()
            .exclude(livestream_url="")
            .exclude(state=MeetingState.CANCELLED)
            .exclude(state=MeetingState.MOVED, moved_to__isnull=True)
            .filter(held_from__lte=now, held_until__gte=now)
        )


class Meeting(CanonicalRowMixin, index.Indexed, ClusterableModel):
    """A council or committee meeting (Sitzung) with its agenda."""

    search_fields = [
        index.SearchField("title"),
        index.SearchField("note"),
        index.AutocompleteField("title"),
        index.FilterField("locale_id"),
        index.FilterField("public"),
    ]

    title = models.CharField(
        _("title"), max_length=255, help_text=_("E.g. 12. Sitzung des Bauausschusses. Shown in calendars and feeds.")
    )
    committees = models.ManyToManyField(
        Committee,
        verbose_name=_("committees"),
        blank=True,
        related_name="meetings",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"), blank=True, help_text=_("Leave empty for two hours after the start."))
    state = models.CharField(_("state"), max_length=20, choices=MeetingState.choices, default=MeetingState.SCHEDULED)
    moved_to = models.DateTimeField(
        _("new date"), null=True, blank=True, help_text=_("Only for moved meetings: when it takes place instead.")
    )
    public = models.BooleanField(_("public meeting"), default=True)
    location = models.ForeignKey(
        Location,
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    note = models.TextField(
        _("note"), blank=True, max_length=1000, help_text=_("E.g. why the meeting was cancelled or moved.")
    )
    livestream_url = models.URLField(
        _("livestream address"), blank=True, help_text=_("Shown as a link; marked 'live now' while the meeting runs.")
    )
    recording_url = models.URLField(_("recording address"), blank=True)
    invitation_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("invitation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    invitation_url = models.URLField(_("invitation address"), blank=True, max_length=500)
    minutes_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("minutes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    minutes_url = models.URLField(_("minutes address"), blank=True, max_length=500)
    sequence = models.PositiveIntegerField(_("revision"), default=0, editable=False)

    objects = MeetingQuerySet.as_manager()

    sync_fields = (
        "start",
        "end",
        "state",
        "moved_to",
        "public",
        "location_id",
        "livestream_url",
        "recording_url",
        "invitation_document_id",
        "invitation_url",
        "minutes_document_id",
        "minutes_url",
    )
    sequence_fields = ("title", "start", "end", "state", "moved_to", "location_id", "livestream_url")
    calendar_route = "meeting"
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("note"),
        TranslatableField("agenda_items"),
        *[
            SynchronizedField(name[:-3] if name.endswith("_document_id") or name == "location_id" else name)
            for name in (*sync_fields, "oparl_id", "oparl_modified")
        ],
    ]

    panels = [
        MultiFieldPanel([FieldPanel("title"), FieldPanel("committees"), FieldPanel("public")], heading=_("Meeting")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("state"), FieldPanel("moved_to")]),
                FieldPanel("note"),
                FieldPanel("location"),
            ],
            heading=_("Date and place"),
        ),
        MultiFieldPanel(
            [FieldPanel("livestream_url"), FieldPanel("recording_url")], heading=_("Livestream and recording")
        ),
        MultiFieldPanel(
            [
                FieldPanel("invitation_document"),
                FieldPanel("invitation_url"),
                FieldPanel("minutes_document"),
                FieldPanel("minutes_url"),
            ],
            heading=_("Documents"),
        ),
        InlinePanel("agenda_items", heading=_("Agenda"), label=_("agenda item")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["start", "pk"]
        indexes = [models.Index(fields=["locale", "start"]), models.Index(fields=["locale", "end"])]

    def save(self, *args, **kwargs):
        if self.start and not self.end:
            self.end = self.start.astimezone(UTC) + DEFAULT_DURATION  # real hours, even across a DST change
        super().save(*args, **kwargs)
        if not self.public and self.is_canonical:
            # A meeting that became closed leaves the search index with its translations (the
            # search filters on `public` as well; this keeps its words out of the index too).
            for row in Meeting.objects.filter(translation_key=self.translation_key):
                index.remove_object(row)

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().filter(public=True)

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = ValidationError(_("The end must be after the start."))
        if self.state == MeetingState.MOVED and not self.moved_to:
            errors["moved_to"] = ValidationError(_("Give the new date of a moved meeting."))
        if self.moved_to and self.state != MeetingState.MOVED:
            errors["state"] = ValidationError(_("A meeting with a new date must have the state 'moved'."))
        if errors:
            raise ValidationError(errors)

    @property
    def is_cancelled(self):
        return self.state == MeetingState.CANCELLED

    @property
    def is_moved(self):
        return self.state == MeetingState.MOVED

    @property
    def has_new_date(self):
        """Moved to a known date: calendars show it there, and point to it from the old date."""
        return self.is_moved and self.moved_to is not None

    @property
    def held_start(self):
        """When the meeting takes place: the new date of a moved meeting, else the start."""
        return self.moved_to if self.has_new_date else self.start

    @property
    def held_end(self):
        """The end at the new date of a moved meeting (as long as it was planned), else the end."""
        if not self.has_new_date:
            return self.end
        return self.moved_to.astimezone(UTC) + (self.end.astimezone(UTC) - self.start.astimezone(UTC))

    def is_live(self, now=None):
        now = now or timezone.now()
        self._expire_at_boundaries(now)
        return bool(
            self.livestream_url
            and not self.is_cancelled
            and (self.has_new_date or not self.is_moved)
            and self.held_start <= now <= self.held_end
        )

    def is_past(self, now=None):
        now = now or timezone.now()
        self._expire_at_boundaries(now)
        return self.held_end < now

    def _expire_at_boundaries(self, now):
        """pagecache: a cached page showing "live now" or "past" is stale when the meeting starts or ends."""
        expires_at(*(moment for moment in (self.held_start, self.held_end) if moment and moment > now))

    def committee_list(self):
        """The committees in the active language."""
        if hasattr(self, "_committee_list"):
            return self._committee_list
        source = self.get_canonical()
        self._committee_list = localize_all(list(source.committees.all()))
        return self._committee_list

    def agenda(self, public_only=False):
        """The canonical agenda in the active language: order, numbers and flags from the German
        agenda (which an import may have changed), titles and results from the translation."""
        source = self.get_canonical()
        items = list(source.agenda_items.select_related("document"))
        if public_only:
            items = [item for item in items if item.public]
        if source.pk != self.pk:
            translated = {item.translation_key: item for item in self.agenda_items.all()}
            for item in items:
                own = translated.get(item.translation_key)
                if own is not None:
                    item.title, item.result = own.title, own.result
        return items

    def public_agenda(self):
        """The agenda as the public may see it: the public items only; none at all of a closed meeting."""
        return self.agenda(public_only=True) if self.public else []

    def has_closed_items(self):
        return any(not item.public for item in self.get_canonical().agenda_items.all())


RESTRICTED_COLLECTIONS_CACHE_KEY = "council:restricted-collections"


def restricted_collection_ids():
    """The collections with a view restriction of their own or of an ancestor: two queries, then
    cached until a collection or a restriction changes (council.apps connects the invalidation), so
    a page listing many documents asks nothing per document."""
    ids = cache.get(RESTRICTED_COLLECTIONS_CACHE_KEY)
    if ids is None:
        paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True).distinct())
        query = models.Q(pk__in=[])
        for path in paths:
            query |= models.Q(path__startswith=path)
        ids = frozenset(Collection.objects.filter(query).values_list("pk", flat=True)) if paths else frozenset()
        cache.set(RESTRICTED_COLLECTIONS_CACHE_KEY, ids, 300)  # also a bound for changes without signals
    return ids


def forget_restricted_collections(**kwargs):
    cache.delete(RESTRICTED_COLLECTIONS_CACHE_KEY)


for _model in (Collection, CollectionViewRestriction):
    for _signal in (post_save, post_delete):
        _signal.connect(forget_restricted_collections, sender=_model, dispatch_uid=f"council-{_model.__name__}")


def document_is_public(document):
    """A Wagtail document anyone may download: not in a collection with a view restriction."""
    if document is None:
        return False
    return document.collection_id not in restricted_collection_ids()


def document_is_closed(document):
    """True for a document attached to a closed meeting or a closed agenda item: for the admin only,
    even when an editor left it in a public collection (the document view refuses it, wagtail_hooks)."""
    closed_items = AgendaItem.objects.filter(document=document).filter(
        models.Q(public=False) | models.Q(meeting__public=False)
    )
    closed_meetings = Meeting.objects.filter(public=False).filter(
        models.Q(invitation_document=document) | models.Q(minutes_document=document)
    )
    return closed_items.exists() or closed_meetings.exists()


class AgendaItemQuerySet(models.QuerySet):
    def public(self):
        """Public items of public meetings."""
        return self.filter(public=True, meeting__public=True)


class AgendaItem(TranslatableMixin, OParlMixin, Orderable):
    meeting = ParentalKey(Meeting, related_name="agenda_items", on_delete=models.CASCADE)
    number = models.CharField(_("number"), max_length=20, blank=True, help_text=_("E.g. 3 or Ö 3.1."))
    title = models.CharField(_("title"), max_length=500)
    public = models.BooleanField(_("public"), default=True)
    result = models.CharField(_("result"), max_length=255, blank=True, help_text=_("E.g. Adopted unanimously."))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document_url = models.URLField(_("document address"), blank=True, max_length=500)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AgendaItemQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("result"),
        SynchronizedField("number"),
        SynchronizedField("public"),
        SynchronizedField("document"),
        SynchronizedField("document_url"),
        SynchronizedField("oparl_id"),
        SynchronizedField("oparl_modified"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("public")]),
        FieldPanel("title"),
        FieldPanel("result"),
        FieldRowPanel([FieldPanel("document"), FieldPanel("document_url")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["sort_order"]

    def __str__(self):
        return f"{self.number} {self.title}".strip()


_UTC_UNTIL = re.compile(r"UNTIL=(\d{8})T(\d{6})Z", re.IGNORECASE)


def local_rule_text(text):
    """The rule with a UTC UNTIL (…T000000Z, as RFC 5545 asks beside a DTSTART with a time zone) in
    local wall-clock time, since the calendar expands rules over naive local times."""
    match = _UTC_UNTIL.search(text or "")
    if not match:
        return text
    until = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    local = timezone.localtime(until, local_tz()).replace(tzinfo=None)
    return f"{text[: match.start()]}UNTIL={local:%Y%m%dT%H%M%S}{text[match.end() :]}"


def validate_rrule(value):
    """An RFC 5545 RRULE (without DTSTART), e.g. FREQ=WEEKLY;BYDAY=SA;UNTIL=20271231T000000Z."""
    text = (value or "").strip()
    if not text:
        return
    if "\n" in text or "DTSTART" in text.upper() or not text.upper().startswith("FREQ="):
        raise ValidationError(_("Enter a rule like FREQ=WEEKLY;BYDAY=SA, without DTSTART."))
    if text.upper().split(";", 1)[0] in ("FREQ=SECONDLY", "FREQ=MINUTELY", "FREQ=HOURLY"):
        raise ValidationError(_("Events can repeat daily at most."))
    try:
        rrulestr(local_rule_text(text), dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError) as error:
        raise ValidationError(_("This is not a valid recurrence rule: %(error)s"), params={"error": error}) from error


EXCEPTION_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")
MAX_EXCEPTIONS = 100


def parse_exception_dates(value):
    """The dates of an event's `exceptions`, sorted: ISO (2026-12-24) or German (24.12.2026), one per
    line or separated by commas or semicolons. ValueError with the first part that is not a date."""
    found = set()
    for part in re.split(r"[\s,;]+", value or ""):
        if not part:
            continue
        for pattern in EXCEPTION_DATE_FORMATS:
            try:
                found.add(datetime.strptime(part, pattern).date())
                break
            except ValueError:
                continue
        else:
            raise ValueError(part[:40])
    return sorted(found)


def validate_exception_dates(value):
    try:
        dates = parse_exception_dates(value)
    except ValueError as error:
        raise ValidationError(
            _("“%(value)s” is not a date. Write dates like 2026-12-24 or 24.12.2026."), params={"value": str(error)}
        ) from error
    if len(dates) > MAX_EXCEPTIONS:
        raise ValidationError(_("Give at most %(count)s dates."), params={"count": MAX_EXCEPTIONS})


class EventQuerySet(CanonicalQuerySet):
    def between(self, start, end):
        """Events that may have an occurrence in [start, end): single ones by date, recurring ones always
        (their occurrences are expanded in Python)."""
        return self.filter(start__lt=end).filter(models.Q(end__gte=start) | ~models.Q(recurrence="")).order_by("start")


class Event(CanonicalRowMixin, index.Indexed, models.Model):
    """A city event (Veranstaltung), possibly recurring."""

    search_fields = [
        index.SearchField("title"),
        index.SearchField("place"),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("locale_id"),
    ]

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    category = models.CharField(_("category"), max_length=20, choices=EventCategory.choices)
    start = models.DateTimeField(_("starts"), help_text=_("Of the first occurrence, for recurring events."))
    end = models.DateTimeField(_("ends"), blank=True, help_text=_("Leave empty for two hours after the start."))
    recurrence = models.CharField(
        _("repeats"),
        max_length=500,
        blank=True,
        validators=[validate_rrule],
        help_text=_(
            "Leave empty for a single event. Otherwise an iCalendar rule, e.g. FREQ=WEEKLY;BYDAY=SA;COUNT=10 "
            "(every Saturday, ten times) or FREQ=MONTHLY;BYDAY=1WE (first Wednesday of each month)."
        ),
    )
    exceptions = models.TextField(
        _("except on"),
        blank=True,
        max_length=2000,
        validators=[validate_exception_dates],
        help_text=_("For recurring events: the dates on which it does not take place, e.g. 2026-12-24, 2026-12-31."),
    )
    place = models.CharField(_("place"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    cancelled = models.BooleanField(_("cancelled"), default=False)
    info_url = models.URLField(_("more information"), blank=True)
    sequence = models.PositiveIntegerField(_("revision"), default=0, editable=False)

    objects = EventQuerySet.as_manager()

    sync_fields = ("category", "start", "end", "recurrence", "exceptions", "address", "cancelled", "info_url")
    sequence_fields = ("title", "start", "end", "recurrence", "exceptions", "place", "cancelled")
    calendar_route = "event"
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("place"),
        *[SynchronizedField(name) for name in (*sync_fields, "oparl_id", "oparl_modified")],
    ]
    panels = [
        FieldPanel("title"),
        FieldPanel("category"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("recurrence"),
                FieldPanel("exceptions"),
                FieldPanel("cancelled"),
            ],
            heading=_("Date"),
        ),
        MultiFieldPanel([FieldPanel("place"), FieldPanel("address"), FieldPanel("info_url")], heading=_("Place")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["start", "pk"]

    def save(self, *args, **kwargs):
        validate_rrule(self.recurrence)  # never store a rule the calendar cannot expand
        validate_exception_dates(self.exceptions)
        if self.start and not self.end:
            self.end = self.start.astimezone(UTC) + DEFAULT_DURATION
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = ValidationError(_("The end must be after the start."))
        try:
            validate_rrule(self.recurrence)
            validate_exception_dates(self.exceptions)
        except ValidationError:
            pass  # the field says so
        else:
            if self.exceptions.strip() and not self.recurrence:
                errors["exceptions"] = ValidationError(_("Only a recurring event has dates to leave out."))
            elif self.recurrence and self.start:
                strays = [day for day in self.exception_dates() if not self._rule_dates_on(day)]
                if strays:
                    errors["exceptions"] = ValidationError(
                        _("The event does not take place on these dates anyway: %(dates)s"),
                        params={"dates": ", ".join(day.isoformat() for day in strays)},
                    )
                elif self.first_occurrence() is None:
                    errors["recurrence"] = ValidationError(
                        _("The rule and its exceptions leave no date on which the event takes place.")
                    )
        if errors:
            raise ValidationError(errors)

    @property
    def duration(self):
        return self.end.astimezone(UTC) - self.start.astimezone(UTC)

    def exception_dates(self):
        """The local dates on which a recurring event does not take place."""
        try:
            return frozenset(parse_exception_dates(self.exceptions))
        except ValueError:
            return frozenset()  # never stored (save validates)

    def _rule(self):
        """The rule over local wall-clock time (naive datetimes in Europe/Berlin), from `start`. As in
        dateutil, a `start` that the rule excludes is no date of the event."""
        first = timezone.localtime(self.start, local_tz()).replace(tzinfo=None)
        return rrulestr(local_rule_text(self.recurrence), dtstart=first)

    def _rule_dates_on(self, day):
        """Naive local starts that the rule (exceptions aside) gives on a day."""
        midnight = datetime.combine(day, time.min)
        return self._rule().between(midnight, midnight + timedelta(days=1), inc=True)[:MAX_OCCURRENCES]

    def first_occurrence_position(self):
        """(n, start) of the first date on which the event really takes place: for a recurring event
        the n-th date of its rule (from 0) that is not an exception; (0, None) if there is none among
        the first MAX_OCCURRENCES. iCal's DTSTART (council.ical), the event page and the calendar agree on it."""
        if not self.recurrence:
            return 0, self.start
        skipped = self.exception_dates()
        for position, naive in enumerate(islice(self._rule(), MAX_OCCURRENCES)):
            if naive.date() not in skipped:
                return position, timezone.make_aware(naive, local_tz())
        return 0, None

    def first_occurrence(self):
        return self.first_occurrence_position()[1]

    def skipped_occurrences(self, after=None):
        """Aware starts of the rule's dates that the exceptions leave out (from `after` on): iCal's EXDATE."""
        if not self.recurrence:
            return []
        tz = local_tz()
        found = []
        for day in sorted(self.exception_dates()):
            for naive in self._rule_dates_on(day):
                start = timezone.make_aware(naive, tz)
                if after is None or start >= after:
                    found.append(start)
        return found

    def occurrences(self, start, end, limit=MAX_OCCURRENCES):
        """Start datetimes of the occurrences that overlap [start, end), without the exceptions.
        Recurrence is expanded in local wall-clock time, so an event at 19:00 stays at 19:00 across a
        daylight-saving change."""
        if not self.recurrence:
            return [self.start] if self.start < end and self.end >= start else []
        tz = local_tz()
        rule = self._rule()
        skipped = self.exception_dates()
        window_start = timezone.localtime(start - self.duration, tz).replace(tzinfo=None)
        window_end = timezone.localtime(end, tz).replace(tzinfo=None)
        found = []
        for naive in rule.xafter(window_start, inc=True, count=limit):
            if naive >= window_end:
                break
            if naive.date() in skipped:
                continue
            occurrence = timezone.make_aware(naive, tz)
            if occurrence + self.duration >= start:
                found.append(occurrence)
        return found


@dataclass
class Entry:
    """One line in a calendar: a meeting or one occurrence of an event. A moved meeting makes two:
    one at its new date that says where it was moved from (`moved_from`), and one at its old date
    that only points to the new one (`moved_to`, `is_pointer`)."""

    kind: str  # "meeting" or "event"
    obj: object
    start: datetime
    end: datetime
    live: bool = False
    moved_from: datetime | None = None
    moved_to: datetime | None = None

    @property
    def is_pointer(self):
        return self.moved_to is not None

    @property
    def new_day(self):
        """The local day a pointer points to (the month view links to that day)."""
        return timezone.localtime(self.moved_to, local_tz()).date() if self.moved_to else None

    @property
    def cancelled(self):
        return self.obj.is_cancelled if self.kind == "meeting" else self.obj.cancelled

    @property
    def url(self):
        return self.obj.get_absolute_url()

    @property
    def title(self):
        return self.obj.title

    @property
    def place(self):
        if self.kind == "meeting":
            return self.obj.location.one_line() if self.obj.location else ""
        return ", ".join(part for part in (self.obj.place, self.obj.address) if part)


class OParlSource(models.Model):
    """An OParl system we import from, and when its last complete run started (for modified_since)."""

    system_url = models.URLField(_("OParl system address"), max_length=500, unique=True)
    last_run_started = models.DateTimeField(_("last run started"), null=True, blank=True)
    last_success_started = models.DateTimeField(_("last successful run started"), null=True, blank=True)
    last_report = models.TextField(_("last report"), blank=True)

    panels = [FieldPanel("system_url")]

    class Meta:
        verbose_name = _("OParl source")
        verbose_name_plural = _("OParl sources")

    def __str__(self):
        return self.system_url
