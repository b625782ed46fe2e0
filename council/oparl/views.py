"""Our committees and meetings as a read-only OParl 1.1 endpoint (System, Body, Organization, Meeting,
AgendaItem, Location), with paginated lists and modified_since. German (canonical) content only.

Public content only (council.models): closed meetings and closed agenda items are not output at all,
neither in lists nor by their own address (404), so no title or file of them leaves the house. Every
item we do output is public, so `public` is always true. We publish no Paper or File objects."""

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
from council.models import AgendaItem, Committee, Location, Meeting, calendar_url, local_tz

SCHEMA = "https://schema.oparl.org/1.1/"
BODY_ID = 1
PER_PAGE = 25


def _url(request, name, *args):
    return request.build_absolute_uri(reverse(f"council_feeds:oparl_{name}", args=args))


def _dt(value):
    return timezone.localtime(value, local_tz()).isoformat(timespec="seconds") if value else None


def _json(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _error(message, status=400):
    return _json({"error": message}, status=status)


def _common(obj, request, kind, name, *args):
    return {
        "id": _url(request, name, *args),
        "type": f"{SCHEMA}{kind}",
        "created": _dt(getattr(obj, "created_at", None) or obj.updated_at),
        "modified": _dt(obj.updated_at),
        "deleted": False,
    }


def system_data(request):
    return {
        "id": _url(request, "system"),
        "type": f"{SCHEMA}System",
        "oparlVersion": SCHEMA,
        "body": _url(request, "bodies"),
        "name": "Stadtportal",
        "website": request.build_absolute_uri("/"),
        "vendor": "https://github.com/stadtportal",
        "product": "Stadtportal",
    }


def body_data(request):
    with translation.override(settings.LANGUAGE_CODE):
        home = request.build_absolute_uri(f"/{settings.LANGUAGE_CODE}/")
        calendar = request.build_absolute_uri(calendar_url("index_route"))
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    name = (site.site_name or site.root_page.title) if site else "Stadt"
    return {
        "id": _url(request, "body", BODY_ID),
        "type": f"{SCHEMA}Body",
        "system": _url(request, "system"),
        "name": name,
        "website": home,
        "web": calendar,
        "organization": _url(request, "organizations", BODY_ID),
        "person": _url(request, "people", BODY_ID),
        "meeting": _url(request, "meetings", BODY_ID),
        "paper": _url(request, "papers", BODY_ID),
        "legislativeTerm": [],
        "locationList": _url(request, "locations", BODY_ID),
        "agendaItem": _url(request, "agendaitems", BODY_ID),
    }


def organization_data(committee, request):
    with translation.override(settings.LANGUAGE_CODE):
        web = request.build_absolute_uri(calendar_url("committee", committee.pk))
        classification = str(CommitteeKind(committee.kind).label)
    return {
        **_common(committee, request, "Organization", "organization", committee.pk),
        "body": _url(request, "body", BODY_ID),
        "name": committee.title,
        "shortName": committee.short_name or None,
        "organizationType": "Gremium",
        "classification": classification,
        "web": web,
    }


def location_data(location, request):
    return {
        **_common(location, request, "Location", "location", location.pk),
        "description": str(location),
        "streetAddress": location.street_address or None,
        "room": location.room or None,
        "postalCode": location.postal_code or None,
        "locality": location.locality or None,
    }


def agenda_item_data(item, request, meeting_pk):
    return {
        **_common(item, request, "AgendaItem", "agendaitem", item.pk),
        "meeting": _url(request, "meeting", meeting_pk),
        "number": item.number or None,
        "order": item.sort_order if item.sort_order is not None else 0,
        "name": item.title,
        "public": item.public,
        "result": item.result or None,
    }


STATE_WORDS = {
    MeetingState.SCHEDULED: "terminiert",
    MeetingState.INVITED: "eingeladen",
    MeetingState.HELD: "durchgeführt",
    MeetingState.CANCELLED: "abgesagt",
    MeetingState.MOVED: "verschoben",
}


def meeting_data(meeting, request):
    with translation.override(settings.LANGUAGE_CODE):
        web = request.build_absolute_uri(calendar_url("meeting", meeting.pk))
    data = {
        **_common(meeting, request, "Meeting", "meeting", meeting.pk),
        "name": meeting.title,
        "meetingState": STATE_WORDS.get(meeting.state, meeting.state),
        "cancelled": meeting.state in (MeetingState.CANCELLED, MeetingState.MOVED),
        "start": _dt(meeting.start),
        "end": _dt(meeting.end),
        "organization": [_url(request, "organization", c.pk) for c in meeting.committees.all()],
        "agendaItem": [agenda_item_data(item, request, meeting.pk) for item in meeting.agenda_items.all()],
        "web": web,
    }
    if meeting.location:
        data["location"] = location_data(meeting.location, request)
    return {key: value for key, value in data.items() if value is not None}


def _clean(data):
    return {key: value for key, value in data.items() if value is not None}


def _paginated(request, queryset, serialize, list_name, *args):
    try:
        since = datetime_param(request.GET, "modified_since", tz=local_tz())
        page_number = int_param(request.GET, "page", 1, min=1, max=MAX_PAGE)
    except InvalidParameter as error:
        return _error(error.message)
    if since is not None:
        queryset = queryset.filter(updated_at__gte=since)
    paginator = Paginator(queryset, PER_PAGE)
    try:
        page = paginator.page(page_number)
    except EmptyPage:
        if page_number == 1:
            page = paginator.page(1)
        else:
            return _error("no such page", status=404)
    base = _url(request, list_name, *args)

    def link(number):
        params = {"page": number}
        if since is not None:
            params["modified_since"] = _dt(since)
        return f"{base}?{urlencode(params)}"

    links = {"first": link(1), "last": link(paginator.num_pages), "self": link(page.number)}
    if page.has_next():
        links["next"] = link(page.next_page_number())
    if page.has_previous():
        links["prev"] = link(page.previous_page_number())
    return _json(
        {
            "data": [_clean(serialize(obj, request)) for obj in page.object_list],
            "pagination": {
                "totalElements": paginator.count,
                "elementsPerPage": PER_PAGE,
                "currentPage": page.number,
                "totalPages": paginator.num_pages,
            },
            "links": links,
        }
    )


def _body_or_404(body):
    if body != BODY_ID:
        return _error("no such body", status=404)
    return None


def _meetings():
    return (
        Meeting.objects.published()
        .select_related("location")
        .prefetch_related("committees", Prefetch("agenda_items", queryset=AgendaItem.objects.public()))
        .order_by("start", "pk")
    )


def _agenda_items():
    return AgendaItem.objects.public().filter(meeting__in=Meeting.objects.published())


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
def organizations(request, body):
    return _body_or_404(body) or _paginated(
        request, Committee.objects.canonical().order_by("pk"), organization_data, "organizations", body
    )


@require_GET
@cached
def meetings(request, body):
    return _body_or_404(body) or _paginated(request, _meetings(), meeting_data, "meetings", body)


@require_GET
@cached
def locations(request, body):
    return _body_or_404(body) or _paginated(request, Location.objects.order_by("pk"), location_data, "locations", body)


@require_GET
@cached
def agenda_items(request, body):
    queryset = _agenda_items().order_by("meeting_id", "sort_order")
    return _body_or_404(body) or _paginated(
        request, queryset, lambda item, r: agenda_item_data(item, r, item.meeting_id), "agendaitems", body
    )


@require_GET
@cached
def empty_list(request, body, name):
    return _body_or_404(body) or _paginated(request, Committee.objects.none(), organization_data, name, body)


@require_GET
@cached
def organization(request, pk):
    committee = Committee.objects.canonical().filter(pk=pk).first()
    return _json(_clean(organization_data(committee, request))) if committee else _error("not found", 404)


@require_GET
@cached
def meeting(request, pk):
    found = _meetings().filter(pk=pk).first()
    return _json(meeting_data(found, request)) if found else _error("not found", 404)


@require_GET
@cached
def agenda_item(request, pk):
    item = _agenda_items().filter(pk=pk).first()
    return _json(_clean(agenda_item_data(item, request, item.meeting_id))) if item else _error("not found", 404)


@require_GET
@cached
def location(request, pk):
    found = Location.objects.filter(pk=pk).first()
    return _json(_clean(location_data(found, request))) if found else _error("not found", 404)
