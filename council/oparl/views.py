"""Our council data as a read-only OParl 1.1 endpoint: System, Body, Organization, Person (with
Membership), Meeting, AgendaItem, Paper (with Consultation), File and Location, each as a paginated
list (modified_since, created_since and their _until filters) and at its own address. German
(canonical) content only.

Public content only (`council.models.published`): closed meetings and closed agenda items, papers
that are not public, people not to be published and files attached to anything closed are not output
at all, neither in lists nor by their own address (404), so no title or file of them leaves the house.
Every agenda item we do output is public, so `public` is always true.

Deleted objects (OParl 1.1, section 2.8): an object we published and then deleted answers at its
address with `deleted: true` (200). Every object we published and then deleted or withdrew (a meeting
made non-public, a paper no longer public) is listed with `deleted: true` in lists asked with
`modified_since`, so updating clients drop their copy; lists without it leave deleted objects out, as
the specification says. A withdrawn object that still exists answers 404 at its address, like every
public path of something closed (docs/security.md): there the privacy rule wins over section 2.8."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Prefetch
from django.http import JsonResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Site

from core.params import MAX_PAGE, InvalidParameter, datetime_param, int_param
from council.enums import CommitteeKind, MeetingState
from council.models import OParlTombstone, calendar_url, local_tz, published
from council.models.papers import KIND_MODELS

SCHEMA = "https://schema.oparl.org/1.1/"
BODY_ID = 1
PER_PAGE = 25
VENDOR = "https://github.com/stadtportal"


def _url(request, name, *args):
    return request.build_absolute_uri(reverse(f"council_feeds:oparl_{name}", args=args))


def _dt(value):
    return timezone.localtime(value, local_tz()).isoformat(timespec="seconds") if value else None


def _date(value):
    return value.isoformat() if value else None


def _json(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _error(message, status=400):
    return _json({"error": message}, status=status)


def _clean(data):
    return {key: value for key, value in data.items() if value is not None and value != ""}


def _web(request, route, *args):
    """The object's page on our site, in German; None while no calendar page is published."""
    with translation.override(settings.LANGUAGE_CODE):
        path = calendar_url(route, *args)
    return request.build_absolute_uri(path) if path else None


def _common(obj, request, kind):
    created = getattr(obj, "created_at", None) or obj.updated_at
    return {
        "id": _url(request, kind, obj.pk),
        "type": f"{SCHEMA}{TYPES[kind]}",
        "created": _dt(created),
        "modified": _dt(obj.updated_at),
        "deleted": False,
    }


def tombstone_data(tombstone, request):
    """What is left of a deleted object: id, type, created, modified and deleted (section 2.8)."""
    return {
        "id": _url(request, tombstone.kind, tombstone.object_pk),
        "type": f"{SCHEMA}{TYPES[tombstone.kind]}",
        "created": _dt(tombstone.created or tombstone.modified),
        "modified": _dt(tombstone.modified),
        "deleted": True,
    }


def system_data(request):
    return {
        "id": _url(request, "system"),
        "type": f"{SCHEMA}System",
        "oparlVersion": SCHEMA,
        "body": _url(request, "bodies"),
        "name": "Stadtportal",
        "website": request.build_absolute_uri("/"),
        "vendor": VENDOR,
    }


def body_data(request):
    with translation.override(settings.LANGUAGE_CODE):
        home = request.build_absolute_uri(f"/{settings.LANGUAGE_CODE}/")
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    name = (site.site_name or site.root_page.title) if site else "Stadt"
    return _clean(
        {
            "id": _url(request, "body", BODY_ID),
            "type": f"{SCHEMA}Body",
            "system": _url(request, "system"),
            "name": name,
            "website": home,
            "web": _web(request, "index_route"),
            "organization": _url(request, "organizations", BODY_ID),
            "person": _url(request, "people", BODY_ID),
            "meeting": _url(request, "meetings", BODY_ID),
            "paper": _url(request, "papers", BODY_ID),
            "legislativeTerm": [],
            "agendaItem": _url(request, "agendaitems", BODY_ID),
            "consultation": _url(request, "consultations", BODY_ID),
            "file": _url(request, "files", BODY_ID),
            "locationList": _url(request, "locations", BODY_ID),
            "membership": _url(request, "memberships", BODY_ID),
        }
    )


def organization_data(committee, request):
    with translation.override(settings.LANGUAGE_CODE):
        classification = str(CommitteeKind(committee.kind).label)
    return {
        **_common(committee, request, "organization"),
        "body": _url(request, "body", BODY_ID),
        "name": committee.title,
        "shortName": committee.short_name or None,
        "organizationType": "Gremium",
        "classification": classification,
        "membership": [_url(request, "membership", m.pk) for m in committee.memberships.all()],
        "web": _web(request, "committee", committee.pk),
    }


def membership_data(membership, request):
    return {
        **_common(membership, request, "membership"),
        "person": _url(request, "person", membership.person_id),
        "organization": _url(request, "organization", membership.committee_id),
        "role": membership.role or None,
        "votingRight": membership.voting_right,
        "startDate": _date(membership.start_date),
        "endDate": _date(membership.end_date),
    }


def person_data(person, request):
    return {
        **_common(person, request, "person"),
        "body": _url(request, "body", BODY_ID),
        "name": person.name,
        "familyName": person.family_name or None,
        "givenName": person.given_name or None,
        "formOfAddress": person.form_of_address or None,
        "affix": person.affix or None,
        "title": person.titles.split() or None,
        "status": [person.status] if person.status else None,
        "membership": [_clean(membership_data(m, request)) for m in person.memberships.all()],
    }


def location_data(location, request):
    return {
        **_common(location, request, "location"),
        "description": str(location),
        "streetAddress": location.street_address or None,
        "room": location.room or None,
        "postalCode": location.postal_code or None,
        "locality": location.locality or None,
    }


def file_data(file, request):
    if file.document_id:
        access = request.build_absolute_uri(file.document.url)
        download = access
    else:
        access, download = file.access_url, None
    return {
        **_common(file, request, "file"),
        "name": file.name,
        "fileName": file.download_name or None,
        "mimeType": file.content_type or None,
        "date": _date(file.date),
        "size": file.byte_size,
        "accessUrl": access,
        "downloadUrl": download,
        "meeting": [_url(request, "meeting", m.pk) for m in file.meetings.all()] or None,
        "agendaItem": [_url(request, "agendaitem", i.pk) for i in file.agenda_items.all()] or None,
        "paper": [
            _url(request, "paper", p.pk)
            for p in sorted({*file.main_file_of.all(), *file.auxiliary_file_of.all()}, key=lambda p: p.pk)
        ]
        or None,
    }


def _files(files, request):
    return [_clean(file_data(f, request)) for f in files] or None


def consultation_data(consultation, request):
    meeting = consultation.meeting
    return {
        **_common(consultation, request, "consultation"),
        "paper": _url(request, "paper", consultation.paper_id),
        "agendaItem": _url(request, "agendaitem", consultation.agenda_item_id) if consultation.agenda_item_id else None,
        "meeting": _url(request, "meeting", consultation.meeting_id) if consultation.meeting_id else None,
        "organization": [_url(request, "organization", c.pk) for c in meeting.committees.all()] if meeting else None,
        "authoritative": consultation.authoritative,
        "role": consultation.role or None,
    }


def paper_data(paper, request):
    main = getattr(paper, "published_main_file", None)  # prefetched: None unless the main file is published
    return {
        **_common(paper, request, "paper"),
        "body": _url(request, "body", BODY_ID),
        "name": paper.name,
        "reference": paper.reference or None,
        "date": _date(paper.date),
        "paperType": paper.paper_type or None,
        "mainFile": _clean(file_data(main, request)) if main else None,
        "auxiliaryFile": _files(paper.auxiliary_files.all(), request),
        "originatorPerson": [_url(request, "person", p.pk) for p in paper.originator_people.all()] or None,
        "originatorOrganization": [_url(request, "organization", c.pk) for c in paper.originator_committees.all()]
        or None,
        "consultation": [_clean(consultation_data(c, request)) for c in paper.consultations.all()] or None,
    }


def agenda_item_data(item, request):
    consultations = list(item.consultations.all())
    return {
        **_common(item, request, "agendaitem"),
        "meeting": _url(request, "meeting", item.meeting_id),
        "number": item.number or None,
        "order": item.sort_order if item.sort_order is not None else 0,
        "name": item.title,
        "public": item.public,
        "result": item.result or None,
        "consultation": _url(request, "consultation", consultations[0].pk) if consultations else None,
        "auxiliaryFile": _files(item.files.all(), request),
    }


STATE_WORDS = {
    MeetingState.SCHEDULED: "terminiert",
    MeetingState.INVITED: "eingeladen",
    MeetingState.HELD: "durchgeführt",
    MeetingState.CANCELLED: "abgesagt",
    MeetingState.MOVED: "verschoben",
}


def meeting_data(meeting, request):
    start, end = meeting.start, meeting.end
    moved = meeting.state == MeetingState.MOVED and meeting.moved_to is not None
    if moved:  # held at its new date, as long as planned ("verschoben" says it moved)
        start, end = meeting.moved_to, meeting.moved_to + (meeting.end - meeting.start)
    return {
        **_common(meeting, request, "meeting"),
        "name": meeting.title,
        "meetingState": STATE_WORDS.get(meeting.state, meeting.state),
        "cancelled": meeting.state == MeetingState.CANCELLED or (meeting.state == MeetingState.MOVED and not moved),
        "start": _dt(start),
        "end": _dt(end),
        "organization": [_url(request, "organization", c.pk) for c in meeting.committees.all()],
        "agendaItem": [_clean(agenda_item_data(item, request)) for item in meeting.agenda_items.all()],
        "location": _clean(location_data(meeting.location, request)) if meeting.location else None,
        "auxiliaryFile": _files(meeting.files.all(), request),
        "web": _web(request, "meeting", meeting.pk),
    }


# --- what is published, with what each object needs to be written without a query per object -----


def _published_files():
    return (
        published("file")
        .select_related("document")
        .prefetch_related(
            Prefetch("meetings", queryset=published("meeting").order_by("pk")),
            Prefetch("agenda_items", queryset=published("agendaitem").order_by("pk")),
            Prefetch("main_file_of", queryset=published("paper")),
            Prefetch("auxiliary_file_of", queryset=published("paper")),
        )
    )


def _published_consultations():
    return (
        published("consultation")
        .select_related("meeting")
        .prefetch_related("meeting__committees")
        .order_by("sort_order", "pk")
    )


def _agenda_items():
    return published("agendaitem").prefetch_related(
        Prefetch("files", queryset=_published_files()),
        Prefetch("consultations", queryset=published("consultation").order_by("sort_order", "pk")),
    )


def _meetings():
    return (
        published("meeting")
        .select_related("location")
        .prefetch_related(
            "committees",
            Prefetch("agenda_items", queryset=_agenda_items().order_by("sort_order", "pk")),
            Prefetch("files", queryset=_published_files()),
        )
        .order_by("start", "pk")
    )


def _papers():
    return (
        published("paper")
        .prefetch_related(
            Prefetch("main_file", queryset=_published_files(), to_attr="published_main_file"),
            Prefetch("auxiliary_files", queryset=_published_files()),
            Prefetch("originator_people", queryset=published("person")),
            Prefetch("originator_committees", queryset=published("organization")),
            Prefetch("consultations", queryset=_published_consultations()),
        )
        .order_by("pk")
    )


def _people():
    return (
        published("person")
        .prefetch_related(Prefetch("memberships", queryset=published("membership").order_by("sort_order", "pk")))
        .order_by("pk")
    )


def _organizations():
    return (
        published("organization")
        .prefetch_related(Prefetch("memberships", queryset=published("membership").order_by("pk")))
        .order_by("pk")
    )


TYPES = {
    "system": "System",
    "body": "Body",
    "organization": "Organization",
    "person": "Person",
    "membership": "Membership",
    "meeting": "Meeting",
    "agendaitem": "AgendaItem",
    "paper": "Paper",
    "consultation": "Consultation",
    "file": "File",
    "location": "Location",
}

# kind: (list route, published objects ready to write, writer)
KINDS = {
    "organization": ("organizations", _organizations, organization_data),
    "person": ("people", _people, person_data),
    "membership": ("memberships", lambda: published("membership").order_by("pk"), membership_data),
    "meeting": ("meetings", _meetings, meeting_data),
    "agendaitem": ("agendaitems", lambda: _agenda_items().order_by("meeting_id", "sort_order", "pk"), agenda_item_data),
    "paper": ("papers", _papers, paper_data),
    "consultation": ("consultations", lambda: _published_consultations().order_by("pk"), consultation_data),
    "file": ("files", lambda: _published_files().order_by("pk"), file_data),
    "location": ("locations", lambda: published("location").order_by("pk"), location_data),
}


class _Chain:
    """Published objects, then tombstones: one sequence for the paginator, sliced without loading both."""

    def __init__(self, objects, tombstones):
        self.objects, self.tombstones = objects, tombstones
        self._count = None

    def count(self):
        if self._count is None:
            self._live = self.objects.count()
            self._count = self._live + self.tombstones.count()
        return self._count

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        self.count()
        start, stop = window.start or 0, window.stop
        live = list(self.objects[start:stop]) if start < self._live else []
        dead_start, dead_stop = max(0, start - self._live), max(0, stop - self._live)
        dead = list(self.tombstones[dead_start:dead_stop]) if dead_stop > dead_start else []
        return live + dead


def _write(obj, request, writer):
    if isinstance(obj, OParlTombstone):
        return tombstone_data(obj, request)
    return _clean(writer(obj, request))


FILTERS = (
    ("created_since", "gte", "created"),
    ("created_until", "lte", "created"),
    ("modified_since", "gte", "modified"),
    ("modified_until", "lte", "modified"),
)


def _paginated(request, kind, *args):
    list_name, objects, writer = KINDS[kind]
    try:
        limits = {name: datetime_param(request.GET, name, tz=local_tz()) for name, _op, _field in FILTERS}
        page_number = int_param(request.GET, "page", 1, min=1, max=MAX_PAGE)
    except InvalidParameter as error:
        return _error(error.message)
    queryset = objects()
    tombstones = OParlTombstone.objects.filter(kind=kind).order_by("modified", "pk")
    model = queryset.model
    created_field = "created_at" if any(f.name == "created_at" for f in model._meta.get_fields()) else "updated_at"
    for name, op, field in FILTERS:
        value = limits[name]
        if value is None:
            continue
        own = created_field if field == "created" else "updated_at"
        queryset = queryset.filter(**{f"{own}__{op}": value})
        tombstones = tombstones.filter(**{f"{field}__{op}": value})
    if limits["modified_since"] is None:
        tombstones = tombstones.none()  # deleted objects only for clients that update (section 2.5)
    paginator = Paginator(_Chain(queryset, tombstones), PER_PAGE)
    try:
        page = paginator.page(page_number)
    except EmptyPage:
        if page_number == 1:
            page = paginator.page(1)
        else:
            return _error("no such page", status=404)
    base = _url(request, list_name, *args)
    kept = {name: _dt(limits[name]) for name, _op, _field in FILTERS if limits[name] is not None}

    def link(number):
        return f"{base}?{urlencode({**kept, 'page': number})}"

    links = {"first": link(1), "last": link(paginator.num_pages), "self": link(page.number)}
    if page.has_next():
        links["next"] = link(page.next_page_number())
    if page.has_previous():
        links["prev"] = link(page.previous_page_number())
    return _json(
        {
            "data": [_write(obj, request, writer) for obj in page.object_list],
            "pagination": {
                "totalElements": paginator.count,
                "elementsPerPage": PER_PAGE,
                "currentPage": page.number,
                "totalPages": paginator.num_pages,
            },
            "links": links,
        }
    )


def _object(request, kind, pk):
    _list_name, objects, writer = KINDS[kind]
    found = objects().filter(pk=pk).first()
    if found is not None:
        return _json(_write(found, request, writer))
    tombstone = OParlTombstone.objects.filter(kind=kind, object_pk=pk).first()
    if tombstone is not None and not KIND_MODELS[kind].objects.filter(pk=pk).exists():
        return _json(tombstone_data(tombstone, request))
    # Never published, or withdrawn (a meeting made non-public): the address of something closed
    # answers 404 like every other public path; updating clients learn of it from the lists.
    return _error("not found", 404)


def _body_or_404(body):
    if body != BODY_ID:
        return _error("no such body", status=404)
    return None


cached = cache_control(max_age=300, public=True)


@require_GET
@cached
def system(request):
    return _json(system_data(request))


@require_GET
@cached
def bodies(request):
    return _json(
        {
            "data": [body_data(request)],
            "pagination": {"totalElements": 1, "elementsPerPage": PER_PAGE, "currentPage": 1, "totalPages": 1},
            "links": {
                "first": _url(request, "bodies"),
                "last": _url(request, "bodies"),
                "self": _url(request, "bodies"),
            },
        }
    )


@require_GET
@cached
def body(request, body):
    return _body_or_404(body) or _json(body_data(request))


@require_GET
@cached
def object_list(request, body, kind):
    return _body_or_404(body) or _paginated(request, kind, body)


@require_GET
@cached
def one_object(request, pk, kind):
    return _object(request, kind, pk)
