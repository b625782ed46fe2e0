"""OParl's own objects beside the calendar records: people and their memberships, papers
(Drucksachen) with their consultations, and files; and the bookkeeping of the OParl import and output
(the state of each imported list, the tombstones of published objects that went away).

What the public sees follows the one rule of records.py: a paper that is not public, a person who is
not to be published, and every file attached to something closed are left out of every public path
(`published()` on each manager); a file attached to a closed meeting, a closed agenda item or a
closed paper is never published, whatever its own flag says.

Tombstones (OParl 1.1, section 2.8 "Gelöschte Objekte"): when an object that the OParl endpoint
published is deleted or stops being published (a meeting made non-public, a paper withdrawn), a
tombstone keeps its address answering `deleted: true` and lists it to clients that ask with
`modified_since`, so their copy loses it too. An object that was never published leaves none, so a
closed meeting's address stays a plain 404. The signals at the end of this module keep them; saves
through `QuerySet.update()` send no signals and are not seen."""

import mimetypes

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from council.models.records import (
    AgendaItem,
    Committee,
    Location,
    Meeting,
    OParlMixin,
    OParlSource,
    default_locale,
    restricted_collection_ids,
)

GERMAN_ROWS = {"locale__language_code": "de"}


# --- people -----------------------------------------------------------------------------------------


class PersonQuerySet(models.QuerySet):
    def published(self):
        return self.filter(public=True)


class Person(OParlMixin, ClusterableModel):
    """A member of the council or a committee, as OParl publishes them."""

    name = models.CharField(_("name"), max_length=200, help_text=_("As it is shown, e.g. Dr. Anna Beispiel."))
    given_name = models.CharField(_("given name"), max_length=100, blank=True)
    family_name = models.CharField(_("family name"), max_length=100, blank=True)
    form_of_address = models.CharField(_("form of address"), max_length=50, blank=True, help_text=_("E.g. Frau."))
    affix = models.CharField(_("name affix"), max_length=50, blank=True, help_text=_("E.g. von."))
    titles = models.CharField(
        _("academic titles"), max_length=100, blank=True, help_text=_("Separated by spaces, e.g. Dr. Prof.")
    )
    status = models.CharField(_("role in the council"), max_length=200, blank=True, help_text=_("E.g. Ratsmitglied."))
    public = models.BooleanField(
        _("publish"),
        default=True,
        help_text=_("Published in the open council data (OParl). Leave off for people who have not agreed."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("form_of_address"), FieldPanel("titles")]),
                FieldRowPanel([FieldPanel("given_name"), FieldPanel("affix"), FieldPanel("family_name")]),
            ],
            heading=_("Name"),
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("public")], heading=_("Role and publication")),
        InlinePanel("memberships", heading=_("Memberships"), label=_("membership")),
    ]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["family_name", "name"]

    def __str__(self):
        return self.name


class MembershipQuerySet(models.QuerySet):
    def published(self):
        return self.filter(person__public=True, committee__locale=default_locale())


class Membership(OParlMixin, Orderable):
    person = ParentalKey(Person, related_name="memberships", on_delete=models.CASCADE)
    committee = models.ForeignKey(
        Committee,
        verbose_name=_("committee"),
        on_delete=models.CASCADE,
        related_name="memberships",
        limit_choices_to=GERMAN_ROWS,
    )
    role = models.CharField(_("role"), max_length=100, blank=True, help_text=_("E.g. Vorsitz, Mitglied."))
    voting_right = models.BooleanField(_("may vote"), default=True)
    start_date = models.DateField(_("from"), null=True, blank=True)
    end_date = models.DateField(_("until"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MembershipQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("committee"), FieldPanel("role"), FieldPanel("voting_right")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self):
        return f"{self.person}: {self.committee}"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end must not be before the start.")})


# --- files ------------------------------------------------------------------------------------------


def closed_documents():
    """Primary keys of Wagtail documents attached to a closed meeting or a closed agenda item."""
    items = AgendaItem.objects.filter(models.Q(public=False) | models.Q(meeting__public=False))
    closed = Meeting.objects.filter(public=False)
    return (
        models.Q(document__in=items.filter(document__isnull=False).values("document"))
        | models.Q(document__in=closed.filter(invitation_document__isnull=False).values("invitation_document"))
        | models.Q(document__in=closed.filter(minutes_document__isnull=False).values("minutes_document"))
    )


class FileQuerySet(models.QuerySet):
    def published(self):
        """Public files attached to nothing closed, whose document (if any) anyone may download."""
        return (
            self.filter(public=True)
            .exclude(meetings__public=False)
            .exclude(agenda_items__public=False)
            .exclude(agenda_items__meeting__public=False)
            .exclude(main_file_of__public=False)
            .exclude(auxiliary_file_of__public=False)
            .exclude(document__collection_id__in=restricted_collection_ids())
            .exclude(closed_documents())
            .distinct()
        )


class File(OParlMixin, models.Model):
    """A document of the council's business: a Wagtail document of ours or a link to the source's file."""

    name = models.CharField(_("name"), max_length=300)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    access_url = models.URLField(
        _("address of the file"), max_length=500, blank=True, help_text=_("Only for files kept elsewhere.")
    )
    file_name = models.CharField(_("file name"), max_length=200, blank=True)
    mime_type = models.CharField(_("file type"), max_length=100, blank=True, help_text=_("E.g. application/pdf."))
    date = models.DateField(_("date"), null=True, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), null=True, blank=True)
    public = models.BooleanField(_("public"), default=True)
    meetings = models.ManyToManyField(
        Meeting, verbose_name=_("meetings"), blank=True, related_name="files", limit_choices_to=GERMAN_ROWS
    )
    agenda_items = models.ManyToManyField(
        AgendaItem, verbose_name=_("agenda items"), blank=True, related_name="files", limit_choices_to=GERMAN_ROWS
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FileQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("document"),
                FieldPanel("access_url"),
                FieldRowPanel([FieldPanel("date"), FieldPanel("public")]),
            ],
            heading=_("File"),
        ),
        MultiFieldPanel([FieldPanel("meetings"), FieldPanel("agenda_items")], heading=_("Belongs to")),
    ]

    class Meta:
        verbose_name = _("council file")
        verbose_name_plural = _("council files")
        ordering = ["-date", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not self.document_id and not self.access_url:
            raise ValidationError({"document": _("Choose a document or give the address of the file.")})

    @property
    def download_name(self):
        if self.file_name:
            return self.file_name
        if self.document_id and self.document.file:
            return self.document.filename
        return ""

    @property
    def content_type(self):
        if self.mime_type:
            return self.mime_type
        return mimetypes.guess_type(self.download_name)[0] or ""

    @property
    def byte_size(self):
        if self.size is not None:
            return self.size
        if self.document_id:
            return self.document.get_file_size()
        return None


# --- papers -----------------------------------------------------------------------------------------


class PaperQuerySet(models.QuerySet):
    def published(self):
        return self.filter(public=True)


class Paper(OParlMixin, ClusterableModel):
    """A Drucksache: a motion, a report or a draft resolution, with its files and where it is discussed."""

    name = models.CharField(_("title"), max_length=500)
    reference = models.CharField(_("reference"), max_length=50, blank=True, help_text=_("E.g. 0815/2026."))
    date = models.DateField(_("date"), null=True, blank=True)
    paper_type = models.CharField(_("kind of paper"), max_length=100, blank=True, help_text=_("E.g. Antrag."))
    public = models.BooleanField(_("public"), default=True)
    main_file = models.ForeignKey(
        File,
        verbose_name=_("main file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="main_file_of",
    )
    auxiliary_files = models.ManyToManyField(
        File, verbose_name=_("attachments"), blank=True, related_name="auxiliary_file_of"
    )
    originator_people = models.ManyToManyField(
        Person, verbose_name=_("submitted by (people)"), blank=True, related_name="papers"
    )
    originator_committees = models.ManyToManyField(
        Committee,
        verbose_name=_("submitted by (committees, groups)"),
        blank=True,
        related_name="papers",
        limit_choices_to=GERMAN_ROWS,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PaperQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("reference"), FieldPanel("date"), FieldPanel("paper_type")]),
                FieldPanel("public"),
            ],
            heading=_("Paper"),
        ),
        MultiFieldPanel([FieldPanel("main_file"), FieldPanel("auxiliary_files")], heading=_("Files")),
        MultiFieldPanel(
            [FieldPanel("originator_people"), FieldPanel("originator_committees")], heading=_("Submitted by")
        ),
        InlinePanel("consultations", heading=_("Discussed in"), label=_("consultation")),
    ]

    class Meta:
        verbose_name = _("paper")
        verbose_name_plural = _("papers")
        ordering = ["-date", "reference"]

    def __str__(self):
        return f"{self.reference} {self.name}".strip()


class ConsultationQuerySet(models.QuerySet):
    def published(self):
        """Consultations of public papers, in public meetings and public agenda items (or none)."""
        return (
            self.filter(paper__public=True)
            .filter(models.Q(meeting__isnull=True) | models.Q(meeting__in=Meeting.objects.published()))
            .filter(
                models.Q(agenda_item__isnull=True)
                | models.Q(agenda_item__in=AgendaItem.objects.public().filter(meeting__in=Meeting.objects.published()))
            )
        )


class Consultation(OParlMixin, Orderable):
    """Where a paper is discussed: an agenda item (and so its meeting), or a meeting."""

    paper = ParentalKey(Paper, related_name="consultations", on_delete=models.CASCADE)
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
        limit_choices_to=GERMAN_ROWS,
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
        limit_choices_to=GERMAN_ROWS,
        help_text=_("Filled in from the agenda item when one is chosen."),
    )
    role = models.CharField(_("role"), max_length=100, blank=True, help_text=_("E.g. Beschlussfassung, Anhörung."))
    authoritative = models.BooleanField(_("decides"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ConsultationQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("agenda_item"), FieldPanel("meeting")]),
        FieldRowPanel([FieldPanel("role"), FieldPanel("authoritative")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def __str__(self):
        return f"{self.paper}: {self.agenda_item or self.meeting or '–'}"

    def save(self, *args, **kwargs):
        if self.agenda_item_id:
            self.meeting_id = self.agenda_item.meeting_id
        super().save(*args, **kwargs)


# --- import state -----------------------------------------------------------------------------------


class OParlListState(models.Model):
    """One list of an OParl source (its organizations, its meetings): up to when it has been read
    (the watermark, sent as modified_since), when it was last read in full, and the pages that could
    not be read, remembered with their address so the next runs ask for them again."""

    source = models.ForeignKey(
        OParlSource, verbose_name=_("OParl source"), on_delete=models.CASCADE, related_name="lists"
    )
    list_url = models.URLField(_("list address"), max_length=500)
    what = models.CharField(_("list"), max_length=50, blank=True)
    watermark = models.DateTimeField(
        _("read up to"), null=True, blank=True, help_text=_("Changes since then are asked for (modified_since).")
    )
    last_full_walk = models.DateTimeField(_("last read in full"), null=True, blank=True)
    last_run_started = models.DateTimeField(_("last run started"), null=True, blank=True)
    broken_pages = models.JSONField(_("unreadable pages"), default=list, blank=True)
    last_report = models.TextField(_("last report"), blank=True)

    class Meta:
        verbose_name = _("OParl list")
        verbose_name_plural = _("OParl lists")
        ordering = ["source", "what", "list_url"]
        constraints = [models.UniqueConstraint(fields=["source", "list_url"], name="council_oparl_list_unique")]

    def __str__(self):
        return f"{self.what or _('list')}: {self.list_url}"

    @property
    def broken_count(self):
        return len(self.broken_pages or [])

    broken_count.fget.short_description = _("unreadable pages")


# --- tombstones -------------------------------------------------------------------------------------


class OParlTombstone(models.Model):
    """A published OParl object that was deleted or is no longer published: `deleted: true`."""

    kind = models.CharField(max_length=30)
    object_pk = models.PositiveBigIntegerField()
    created = models.DateTimeField(null=True, blank=True)
    modified = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_pk"], name="council_oparl_tombstone_unique")]
        ordering = ["modified", "pk"]

    def __str__(self):
        return f"{self.kind} {self.object_pk} (deleted)"


def published(kind):
    """What the OParl endpoint publishes of one kind: the rule for every list and every address."""
    if kind == "organization":
        return Committee.objects.canonical()
    if kind == "meeting":
        return Meeting.objects.published()
    if kind == "agendaitem":
        return AgendaItem.objects.public().filter(meeting__in=Meeting.objects.published())
    if kind == "location":
        return Location.objects.canonical()
    return KIND_MODELS[kind].objects.published()


KIND_MODELS = {
    "organization": Committee,
    "meeting": Meeting,
    "agendaitem": AgendaItem,
    "location": Location,
    "person": Person,
    "membership": Membership,
    "paper": Paper,
    "consultation": Consultation,
    "file": File,
}
MODEL_KINDS = {model: kind for kind, model in KIND_MODELS.items()}


def _pks(queryset):
    return set(queryset.values_list("pk", flat=True))


def _affected(instance):
    """The published objects whose publication may change with this one: itself and what depends on it."""
    kind = MODEL_KINDS[type(instance)]
    found = {kind: {instance.pk}}
    if isinstance(instance, Committee):
        found["membership"] = _pks(Membership.objects.filter(committee=instance))
    elif isinstance(instance, Meeting):
        items = _pks(AgendaItem.objects.filter(meeting=instance))
        found["agendaitem"] = items
        found["file"] = _pks(File.objects.filter(models.Q(meetings=instance) | models.Q(agenda_items__in=items)))
        found["consultation"] = _pks(
            Consultation.objects.filter(models.Q(meeting=instance) | models.Q(agenda_item__in=items))
        )
    elif isinstance(instance, AgendaItem):
        found["file"] = _pks(File.objects.filter(agenda_items=instance))
        found["consultation"] = _pks(Consultation.objects.filter(agenda_item=instance))
    elif isinstance(instance, Person):
        found["membership"] = _pks(Membership.objects.filter(person=instance))
    elif isinstance(instance, Paper):
        found["consultation"] = _pks(Consultation.objects.filter(paper=instance))
        found["file"] = _pks(
            File.objects.filter(models.Q(main_file_of=instance) | models.Q(auxiliary_file_of=instance))
        )
    return found


def _published_now(affected):
    return {kind: _pks(published(kind).filter(pk__in=pks)) if pks else set() for kind, pks in affected.items()}


def _created(kind, pk):
    model = KIND_MODELS[kind]
    names = [f.name for f in model._meta.get_fields()]
    field = "created_at" if "created_at" in names else "updated_at"
    return model.objects.filter(pk=pk).values_list(field, flat=True).first()


def _settle(before, after, created=None):
    """Tombstones for what was published and is no longer; none for what is published (again)."""
    now = timezone.now()
    for kind, pks in before.items():
        for pk in pks - after.get(kind, set()):
            when = (created or {}).get((kind, pk)) or _created(kind, pk)
            OParlTombstone.objects.update_or_create(
                kind=kind, object_pk=pk, defaults={"modified": now}, create_defaults={"created": when, "modified": now}
            )
    for kind, pks in after.items():
        revived = list(OParlTombstone.objects.filter(kind=kind, object_pk__in=pks).values_list("pk", "object_pk"))
        if revived:
            OParlTombstone.objects.filter(pk__in=[pk for pk, _object_pk in revived]).delete()
            # Modified now, so that clients that dropped it when it was withdrawn fetch it again.
            KIND_MODELS[kind].objects.filter(pk__in=[pk for _pk, pk in revived]).update(updated_at=now)


def _tracked(instance):
    if type(instance) not in MODEL_KINDS or instance.pk is None:
        return False
    locale_id = getattr(instance, "locale_id", None)
    if locale_id is not None:
        locale = default_locale()
        return locale is None or locale_id == locale.id  # translations are never published themselves
    return True


def _union(*affected):
    found = {}
    for one in affected:
        for kind, pks in one.items():
            found.setdefault(kind, set()).update(pks)
    return found


def _before_save(sender, instance, raw=False, **kwargs):
    if not raw and _tracked(instance):
        instance._oparl_affected = _affected(instance)
        instance._oparl_before = _published_now(instance._oparl_affected)


def _after_save(sender, instance, raw=False, **kwargs):
    if raw or not _tracked(instance):
        return
    before, old = getattr(instance, "_oparl_before", None) or {}, getattr(instance, "_oparl_affected", None) or {}
    instance._oparl_before = instance._oparl_affected = None
    # Over what depended on it before and after, so that a file replaced as a paper's main file is
    # compared with itself, not with the new one.
    _settle(before, _published_now(_union(old, _affected(instance))))


def _before_delete(sender, instance, **kwargs):
    if _tracked(instance):
        affected = _affected(instance)
        instance._oparl_affected = affected
        instance._oparl_before = _published_now(affected)
        kind = MODEL_KINDS[type(instance)]
        created = getattr(instance, "created_at", None) or getattr(instance, "updated_at", None)
        instance._oparl_created = {(kind, instance.pk): created}


def _after_delete(sender, instance, **kwargs):
    before = getattr(instance, "_oparl_before", None)
    if before is None:
        return
    after = _published_now(instance._oparl_affected)
    _settle(before, after, created=instance._oparl_created)


def _m2m_affected(instance, model, pk_set):
    affected = _affected(instance) if _tracked(instance) else {}
    kind = MODEL_KINDS.get(model)
    if kind and pk_set:
        affected.setdefault(kind, set()).update(pk_set)
    if model is not File and pk_set:  # the other side of a file's link: its files are affected
        for obj in model.objects.filter(pk__in=pk_set):
            for name, pks in _affected(obj).items():
                if name == "file":
                    affected.setdefault(name, set()).update(pks)
    return affected


def _m2m_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action.startswith("pre_"):
        pks = pk_set
        if action == "pre_clear":
            pks = set(getattr(instance, _m2m_accessor(sender, instance)).values_list("pk", flat=True))
        instance._oparl_m2m = _m2m_affected(instance, model, pks)
        instance._oparl_m2m_before = _published_now(instance._oparl_m2m)
    elif action.startswith("post_") and getattr(instance, "_oparl_m2m", None) is not None:
        _settle(instance._oparl_m2m_before, _published_now(instance._oparl_m2m))
        instance._oparl_m2m = None


_M2M = {
    File.meetings.through: ("meetings", "files"),
    File.agenda_items.through: ("agenda_items", "files"),
    Paper.auxiliary_files.through: ("auxiliary_files", "auxiliary_file_of"),
}


def _m2m_accessor(through, instance):
    forward, backward = _M2M[through]
    return forward if isinstance(instance, (File, Paper)) and hasattr(instance, forward) else backward


for _model in KIND_MODELS.values():
    uid = f"council-oparl-{_model.__name__}"
    pre_save.connect(_before_save, sender=_model, dispatch_uid=uid)
    post_save.connect(_after_save, sender=_model, dispatch_uid=uid)
    pre_delete.connect(_before_delete, sender=_model, dispatch_uid=uid)
    post_delete.connect(_after_delete, sender=_model, dispatch_uid=uid)
for _through in _M2M:
    m2m_changed.connect(_m2m_changed, sender=_through, dispatch_uid=f"council-oparl-{_through.__name__}")
