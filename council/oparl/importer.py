"""OParl 1.1 import: System → Body → Organization (our committees) and Meeting (with AgendaItem,
Location and File links). Asks only for what changed since the last complete run (modified_since),
honours `deleted`, keeps our own fields (livestream, recording, notes, translations), and reports
objects it had to skip, with the reason, without abandoning the run. Each meeting is written in one
transaction, so a bad object never leaves a half-written meeting behind."""

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db import transaction
from django.utils import timezone

from council.enums import CommitteeKind, MeetingState
from council.models import (
    DEFAULT_DURATION,
    AgendaItem,
    Committee,
    Location,
    Meeting,
    OParlSource,
    default_locale,
    local_tz,
)
from council.oparl.client import Client, FetchError, with_params

logger = logging.getLogger(__name__)
MAX_PAGES = 1000
MAX_ITEMS = 500


class SkipObject(Exception):
    pass


@dataclass
class Report:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    skipped: list = field(default_factory=list)  # (id or url, reason)
    errors: list = field(default_factory=list)  # problems that left part of the data unread
    complete: bool = True

    def skip(self, ident, reason):
        self.skipped.append((str(ident)[:300], str(reason)[:500]))

    def error(self, message):
        self.errors.append(str(message)[:500])
        self.complete = False

    def __str__(self):
        lines = [
            f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, deleted {self.deleted}, "
            f"skipped {len(self.skipped)}, errors {len(self.errors)}"
        ]
        lines += [f"skipped {ident}: {reason}" for ident, reason in self.skipped]
        lines += [f"error: {message}" for message in self.errors]
        return "\n".join(lines)


def parse_datetime(value, name):
    """ISO 8601 date-time; values without a time zone are local time in Europe/Berlin (a common quirk)."""
    if not isinstance(value, str) or not value.strip():
        raise SkipObject(f"{name} is missing")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise SkipObject(f"{name} is not a date and time: {value[:40]!r}") from None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, local_tz())
    return parsed


def optional_datetime(value):
    try:
        return parse_datetime(value, "date")
    except SkipObject:
        return None


def text(value, limit):
    return value.strip()[:limit] if isinstance(value, str) else ""


def url_value(value, limit=500):
    value = text(value, limit)
    return value if value.startswith(("http://", "https://")) else ""


def file_url(value):
    """An OParl File (embedded object or its id): the address to download it."""
    if isinstance(value, dict):
        return url_value(value.get("accessUrl") or value.get("downloadUrl") or "")
    return ""


STATE_WORDS = {
    "abgesagt": MeetingState.CANCELLED,
    "ausgefallen": MeetingState.CANCELLED,
    "entfällt": MeetingState.CANCELLED,
    "verschoben": MeetingState.MOVED,
    "eingeladen": MeetingState.INVITED,
    "einladung": MeetingState.INVITED,
    "durchgeführt": MeetingState.HELD,
    "abgeschlossen": MeetingState.HELD,
    "stattgefunden": MeetingState.HELD,
    "terminiert": MeetingState.SCHEDULED,
    "geplant": MeetingState.SCHEDULED,
}

KIND_WORDS = {
    "rat": CommitteeKind.COUNCIL,
    "gemeinderat": CommitteeKind.COUNCIL,
    "stadtrat": CommitteeKind.COUNCIL,
    "ausschuss": CommitteeKind.COMMITTEE,
    "bezirksvertretung": CommitteeKind.DISTRICT,
    "beirat": CommitteeKind.ADVISORY,
}


def meeting_state(data, start, now):
    if data.get("cancelled") is True:
        return MeetingState.CANCELLED
    words = text(data.get("meetingState"), 100).lower()
    for word, state in STATE_WORDS.items():
        if word in words:
            return state
    return MeetingState.HELD if start < now else MeetingState.SCHEDULED


def committee_kind(data):
    words = f"{text(data.get('classification'), 100)} {text(data.get('organizationType'), 100)}".lower()
    for word, kind in KIND_WORDS.items():
        if word == words.strip() or word in words.split():
            return kind
    if "ausschuss" in words:
        return CommitteeKind.COMMITTEE
    return CommitteeKind.OTHER


def assign(instance, values):
    """Set values; True when something changed."""
    changed = False
    for name, value in values.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


class Importer:
    def __init__(self, system_url, client=None, full=False, now=None, stdout=None):
        self.system_url = system_url
        self.client = client or Client(system_url)
        self.full = full
        self.now = now or timezone.now()
        self.report = Report()
        self.locale = default_locale()
        self.committees_by_id = {}

    # --- walking -------------------------------------------------------------

    def run(self):
        source, _created = OParlSource.objects.get_or_create(system_url=self.system_url)
        since = None if self.full else source.last_success_started
        started = self.now
        try:
            system = self.client.get_json(self.system_url)
        except FetchError as error:
            self.report.error(f"system {self.system_url}: {error}")
            return self.finish(source, started)
        if "System" not in text(system.get("type"), 200):
            self.report.error(f"{self.system_url} is not an OParl System (type {system.get('type')!r})")
            return self.finish(source, started)
        for body in self.list_objects(system.get("body"), None, "body list"):
            if body.get("deleted"):
                continue
            self.import_organizations(body, since)
            self.import_meetings(body, since)
        return self.finish(source, started)

    def finish(self, source, started):
        source.last_run_started = started
        if self.report.complete:
            source.last_success_started = started
        source.last_report = str(self.report)[:20000]
        source.save()
        return self.report

    def list_objects(self, list_url, since, what):
        """Every object of an OParl list, page by page. A page that cannot be read ends this list
        (reported); the next run asks again because the run is not marked complete."""
        if isinstance(list_url, list):  # some servers embed the list instead of linking to it
            yield from (item for item in list_url if isinstance(item, dict))
            return
        if not isinstance(list_url, str) or not list_url:
            self.report.error(f"{what}: no list address")
            return
        url = with_params(list_url, modified_since=since.isoformat(timespec="seconds")) if since else list_url
        seen = set()
        for _page in range(MAX_PAGES):
            if url in seen:
                self.report.error(f"{what}: pagination loops back to {url[:200]}")
                return
            seen.add(url)
            try:
                page = self.client.get_json(url)
            except FetchError as error:
                self.report.error(f"{what}: {error}")
                return
            data = page.get("data")
            if not isinstance(data, list):
                self.report.error(f"{what}: page without a data list at {url[:200]}")
                return
            for item in data:
                if isinstance(item, dict):
                    yield item
                else:
                    self.report.skip(url, "list entry is not an object")
            links = page.get("links") if isinstance(page.get("links"), dict) else {}
            next_url = links.get("next")
            if not next_url:
                return
            url = next_url
        self.report.error(f"{what}: more than {MAX_PAGES} pages, stopped")

    # --- organizations -------------------------------------------------------

    def import_organizations(self, body, since):
        for data in self.list_objects(body.get("organization"), since, "organization list"):
            ident = data.get("id") or "?"
            try:
                self.upsert_committee(data)
            except SkipObject as reason:
                self.report.skip(ident, reason)

    def upsert_committee(self, data):
        ident = url_value(data.get("id"))
        if not ident:
            raise SkipObject("organization without id")
        existing = Committee.objects.filter(locale=self.locale, oparl_id=ident).first()
        if data.get("deleted"):
            if existing:
                Committee.objects.filter(translation_key=existing.translation_key).delete()
                self.report.deleted += 1
            return None
        name = text(data.get("name"), 200) or text(data.get("shortName"), 200)
        if not name:
            raise SkipObject("organization without name")
        values = {
            "short_name": text(data.get("shortName"), 50),
            "kind": committee_kind(data),
            "oparl_modified": optional_datetime(data.get("modified")),
        }
        if existing is None:
            committee = Committee(locale=self.locale, oparl_id=ident, title=name, **values)
            committee.save()
            self.report.created += 1
        else:
            committee = existing
            # The name is only set by the source when it changes there; a translation stays attached.
            if assign(committee, {"title": name, **values}):
                committee.save()
                self.report.updated += 1
            else:
                self.report.unchanged += 1
        self.committees_by_id[ident] = committee
        return committee

    def committee_for(self, ident):
        if ident in self.committees_by_id:
            return self.committees_by_id[ident]
        committee = Committee.objects.filter(locale=self.locale, oparl_id=ident).first()
        if committee is None:
            try:
                committee = self.upsert_committee(self.client.get_json(ident))
            except (FetchError, SkipObject) as error:
                self.report.skip(ident, f"organization of a meeting: {error}")
                committee = None
        self.committees_by_id[ident] = committee
        return committee

    # --- locations -----------------------------------------------------------

    def location_for(self, value):
        if isinstance(value, str) and value:
            try:
                value = self.client.get_json(value)
            except FetchError as error:
                self.report.skip(value, f"location: {error}")
                return None
        if not isinstance(value, dict):
            return None
        ident = url_value(value.get("id"))
        description = text(value.get("description"), 200)
        room = text(value.get("room"), 200)
        values = {
            "name": description or text(value.get("locality"), 100) or "–",
            "room": room,
            "street_address": text(value.get("streetAddress"), 200),
            "postal_code": text(value.get("postalCode"), 10),
            "locality": text(value.get("locality"), 100),
            "oparl_modified": optional_datetime(value.get("modified")),
        }
        location = Location.objects.filter(oparl_id=ident).first() if ident else None
        if location is None:
            location = Location.objects.filter(
                oparl_id="", **{k: values[k] for k in ("name", "room", "street_address")}
            ).first()
        if location is None:
            location = Location(oparl_id=ident, **values)
            location.save()
        elif assign(location, {**values, "oparl_id": ident or location.oparl_id}):
            location.save()
        return location

    # --- meetings ------------------------------------------------------------

    def import_meetings(self, body, since):
        for data in self.list_objects(body.get("meeting"), since, "meeting list"):
            ident = data.get("id") or "?"
            try:
                with transaction.atomic():
                    self.upsert_meeting(data)
            except SkipObject as reason:
                self.report.skip(ident, reason)
            except (ValueError, TypeError, KeyError) as error:  # malformed data we did not foresee
                logger.warning("OParl meeting %s skipped", ident, exc_info=True)
                self.report.skip(ident, f"malformed: {error}")

    def upsert_meeting(self, data):
        ident = url_value(data.get("id"))
        if not ident:
            raise SkipObject("meeting without id")
        existing = Meeting.objects.filter(locale=self.locale, oparl_id=ident).first()
        if data.get("deleted"):
            if existing:
                Meeting.objects.filter(translation_key=existing.translation_key).delete()
                self.report.deleted += 1
            return
        start = parse_datetime(data.get("start"), "start")
        end = optional_datetime(data.get("end"))
        if end is not None and end <= start:
            end = None
        organizations = data.get("organization") or []
        if isinstance(organizations, str):
            organizations = [organizations]
        committees = []
        for org in organizations[:20]:
            org_id = org.get("id") if isinstance(org, dict) else org
            if isinstance(org, dict) and org_id and org_id not in self.committees_by_id:
                try:
                    self.upsert_committee(org)
                except SkipObject:
                    pass
            committee = self.committee_for(org_id) if isinstance(org_id, str) and org_id else None
            if committee is not None:
                committees.append(committee)
        name = text(data.get("name"), 255)
        if not name:
            if not committees:
                raise SkipObject("meeting without name and organization")
            name = f"Sitzung: {committees[0].title}"
        state = meeting_state(data, start, self.now)
        location = self.location_for(data.get("location"))
        values = {
            "title": name,
            "start": start,
            "end": end or start.astimezone(UTC) + DEFAULT_DURATION,
            "state": state,
            "public": data.get("public", True) is not False,
            "location": location,
            "invitation_url": file_url(data.get("invitation")),
            "minutes_url": file_url(data.get("resultsProtocol") or data.get("verbatimProtocol")),
            "oparl_modified": optional_datetime(data.get("modified")),
        }
        if state != MeetingState.MOVED:
            values["moved_to"] = None
        items = self.parse_agenda(data.get("agendaItem"))
        if existing is None:
            meeting = Meeting(locale=self.locale, oparl_id=ident, **values)
            meeting.save()
            created, changed = True, True
        else:
            meeting = existing
            created = False
            changed = assign(meeting, values)
            if changed:
                meeting.save()
        if set(meeting.committees.values_list("pk", flat=True)) != {c.pk for c in committees}:
            meeting.committees.set(committees)
            changed = True
        changed = self.sync_agenda(meeting, items) or changed
        if created:
            self.report.created += 1
        elif changed:
            self.report.updated += 1
        else:
            self.report.unchanged += 1

    def parse_agenda(self, value):
        if not isinstance(value, list):
            return []
        items = []
        for position, data in enumerate(value[:MAX_ITEMS]):
            if not isinstance(data, dict):
                continue
            ident = url_value(data.get("id"))
            title = text(data.get("name"), 500)
            if not ident or not title:
                self.report.skip(ident or "agenda item", "agenda item without id or name")
                continue
            if data.get("deleted"):
                continue
            order = data.get("order")
            files = data.get("auxiliaryFile") if isinstance(data.get("auxiliaryFile"), list) else []
            document = file_url(data.get("resolutionFile")) or next((file_url(f) for f in files if file_url(f)), "")
            items.append(
                {
                    "oparl_id": ident,
                    "sort_order": order if isinstance(order, int) else position,
                    "number": text(data.get("number"), 20),
                    "title": title,
                    "public": data.get("public", True) is not False,
                    "result": text(data.get("result"), 255),
                    "document_url": document,
                    "oparl_modified": optional_datetime(data.get("modified")),
                }
            )
        return items

    def sync_agenda(self, meeting, items):
        changed = False
        existing = {item.oparl_id: item for item in meeting.agenda_items.all() if item.oparl_id}
        keep = set()
        for values in items:
            item = existing.get(values["oparl_id"])
            if item is None:
                AgendaItem(meeting=meeting, locale=self.locale, **values).save()
                changed = True
            elif assign(item, values):
                item.save()
                changed = True
            keep.add(values["oparl_id"])
        gone = [item for ident, item in existing.items() if ident not in keep]
        if gone:
            AgendaItem.objects.filter(translation_key__in=[item.translation_key for item in gone]).delete()
            changed = True
        return changed


def run_import(system_url, **options):
    return Importer(system_url, **options).run()
