"""OParl 1.1 import: System → Body → Organization (our committees) and Meeting (with AgendaItem,
Location and File links). Incremental per list: each list (a body's organizations, its meetings)
keeps a watermark in `OParlListState` and is asked only for what changed since then (modified_since).

A page of a list that cannot be read does not hold the list back: the importer goes on past it where
the next page's address is known (the page's number, with `totalPages` telling where the list ends),
remembers the page's address, asks for it again in the following runs (at most `page_attempts`
times, then gives it up and keeps reporting it), and still advances the list's watermark, so later
runs stay incremental. Only a list that could not be read to its end keeps its old watermark.

Objects that vanish: `deleted: true` deletes ours. An object a server drops without a tombstone
(against the specification) is found on a full walk (the first run, `--full`, or every
`full_walk_every`): what we hold from that server and no list showed is asked for at its own address;
404 or 410 deletes it, an answer imports it (that also rescues objects on an unreadable page).

Honours `deleted`, keeps our own fields (livestream, recording, notes, translations), and reports
objects it had to skip, with the reason, without abandoning the run. Each meeting is written in one
transaction, so a bad object never leaves a half-written meeting behind."""

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlsplit

from django.db import transaction
from django.utils import timezone

from council.enums import CommitteeKind, MeetingState
from council.models import (
    DEFAULT_DURATION,
    AgendaItem,
    Committee,
    Location,
    Meeting,
    OParlListState,
    OParlSource,
    default_locale,
    local_tz,
)
from council.oparl.client import Client, FetchError, with_params

logger = logging.getLogger(__name__)
MAX_PAGES = 1000
MAX_ITEMS = 500
PAGE_ATTEMPTS = 5  # runs in which a remembered unreadable page is asked for, then given up
MAX_BROKEN_IN_A_ROW = 3  # unreadable pages one after the other end the list
FULL_WALK_EVERY = timedelta(days=7)  # also read every list in full, to find objects dropped silently
MAX_PROBES = 200  # objects asked for at their own address per kind and run
CLOCK_SKEW = timedelta(minutes=5)  # modified_since reaches back this far, for servers whose clock is behind
PAGE_PARAMS = ("page", "p", "seite", "pageNumber", "page_number")
OFFSET_PARAMS = (("offset", "limit"), ("start", "limit"), ("skip", "limit"), ("offset", "count"))


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
    broken: list = field(default_factory=list)  # unreadable pages: (list, url, attempt, reason, given up)
    recovered: list = field(default_factory=list)  # remembered pages that could be read again: (list, url)
    lists: list = field(default_factory=list)  # (list, url, "incremental since …" or "full")
    complete: bool = True

    def skip(self, ident, reason):
        self.skipped.append((str(ident)[:300], str(reason)[:500]))

    def error(self, message):
        self.errors.append(str(message)[:500])
        self.complete = False

    def __str__(self):
        lines = [
            f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, deleted {self.deleted}, "
            f"skipped {len(self.skipped)}, unreadable pages {len(self.broken)}, errors {len(self.errors)}"
        ]
        lines += [f"{what} {url}: {how}" for what, url, how in self.lists]
        for what, url, attempt, reason, given_up in self.broken:
            state = f"given up after {attempt} attempts" if given_up else f"attempt {attempt} of {PAGE_ATTEMPTS}"
            lines.append(f"unreadable page ({what}, {state}) {url[:300]}: {reason}")
        lines += [f"page readable again ({what}) {url[:300]}" for what, url in self.recovered]
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


def next_page_url(url, page, total_pages):
    """The address of the page after `url`, where it can be told without reading `url`: from a page
    number or an offset in the address. None where it cannot; "" where `url` was the last page."""
    query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    for name in PAGE_PARAMS:
        if str(query.get(name, "")).isdigit():
            number = int(query[name])
            if total_pages is not None and number >= total_pages:
                return ""
            return with_params(url, **{name: str(number + 1)})
    for offset_name, limit_name in OFFSET_PARAMS:
        if str(query.get(offset_name, "")).isdigit() and str(query.get(limit_name, "")).isdigit():
            return with_params(url, **{offset_name: str(int(query[offset_name]) + int(query[limit_name]))})
    if page == 1 and total_pages == 1:
        return ""
    return None


def page_count(page):
    """totalPages of a list page, from `pagination` or the number in `links.last`."""
    pagination = page.get("pagination") if isinstance(page.get("pagination"), dict) else {}
    total = pagination.get("totalPages")
    if isinstance(total, int) and total > 0:
        return total
    links = page.get("links") if isinstance(page.get("links"), dict) else {}
    last = links.get("last")
    if isinstance(last, str):
        query = dict(parse_qsl(urlsplit(last).query))
        for name in PAGE_PARAMS:
            if str(query.get(name, "")).isdigit():
                return int(query[name])
    return None


@dataclass
class Walk:
    """One list read in one run."""

    what: str
    full: bool
    to_the_end: bool = True
    seen: set = field(default_factory=set)
    broken: list = field(default_factory=list)  # (url, reason)


class Importer:
    def __init__(
        self,
        system_url,
        client=None,
        full=False,
        now=None,
        stdout=None,
        page_attempts=PAGE_ATTEMPTS,
        full_walk_every=FULL_WALK_EVERY,
    ):
        self.system_url = system_url
        self.client = client or Client(system_url)
        self.full = full
        self.now = now or timezone.now()
        self.report = Report()
        self.locale = default_locale()
        self.committees_by_id = {}
        self.page_attempts = page_attempts
        self.full_walk_every = full_walk_every
        parts = urlsplit(system_url)
        self.origin_prefix = f"{parts.scheme}://{parts.netloc}/"
        self.walks = {}  # kind -> [Walk]

    # --- walking -------------------------------------------------------------

    def run(self):
        source, _created = OParlSource.objects.get_or_create(system_url=self.system_url)
        self.source = source
        started = self.now
        try:
            system = self.client.get_json(self.system_url)
        except FetchError as error:
            self.report.error(f"system {self.system_url}: {error}")
            return self.finish(source, started)
        if "System" not in text(system.get("type"), 200):
            self.report.error(f"{self.system_url} is not an OParl System (type {system.get('type')!r})")
            return self.finish(source, started)
        bodies = []
        self.walk(system.get("body"), "body list", None, bodies.append)
        for body in bodies:
            if body.get("deleted"):
                continue
            self.walk(body.get("organization"), "organization list", "organization", self.import_organization)
            self.walk(body.get("meeting"), "meeting list", "meeting", self.import_meeting)
        self.find_gone("organization", Committee, self.import_organization)
        self.find_gone("meeting", Meeting, self.import_meeting)
        return self.finish(source, started)

    def finish(self, source, started):
        source.last_run_started = started
        if self.report.complete:
            source.last_success_started = started
        source.last_report = str(self.report)[:20000]
        source.save()
        return self.report

    def walk(self, list_url, what, kind, handle):
        """Import one list: first the pages remembered as unreadable, then what changed since the
        list's watermark (everything on a full walk), page by page, past unreadable pages."""
        if isinstance(list_url, list):  # some servers embed the list instead of linking to it
            for item in list_url:
                if isinstance(item, dict):
                    handle(item)
            return
        if not isinstance(list_url, str) or not list_url:
            self.report.error(f"{what}: no list address")
            return
        state = None
        if kind is not None:
            state, _created = OParlListState.objects.get_or_create(
                source=self.source,
                list_url=list_url[:500],
                defaults={
                    "what": what,
                    "watermark": self.source.last_success_started,  # lists of a source imported before
                    "last_full_walk": self.source.last_success_started,
                },
            )
        due = state is not None and state.last_full_walk and self.now - state.last_full_walk > self.full_walk_every
        full = self.full or state is None or state.watermark is None or bool(due)
        walk = Walk(what=what, full=full)
        self.walks.setdefault(kind, []).append(walk)
        remembered = {entry["url"]: entry for entry in (state.broken_pages if state else []) if "url" in entry}
        if not full:
            for entry in remembered.values():
                if entry.get("given_up"):
                    continue
                walk.seen.update(self.read_remembered(entry, walk, handle))
        if full:
            self.report.lists.append((what, list_url[:300], "full"))
            url = list_url
        else:
            since = state.watermark - CLOCK_SKEW
            self.report.lists.append((what, list_url[:300], f"incremental, modified_since {since.isoformat()}"))
            url = with_params(list_url, modified_since=since.isoformat(timespec="seconds"))
        self.read_pages(url, walk, handle)
        if state is not None:
            self.save_state(state, walk, remembered)

    def read_remembered(self, entry, walk, handle):
        """Ask again for a page that could not be read in an earlier run."""
        try:
            page = self.client.get_json(entry["url"])
            data = page.get("data")
            if not isinstance(data, list):
                raise FetchError(f"page without a data list at {entry['url'][:200]}")
        except FetchError as error:
            walk.broken.append((entry["url"], str(error)))
            return set()
        self.report.recovered.append((walk.what, entry["url"]))
        entry["recovered"] = True
        return self.read_items(data, entry["url"], handle)

    def read_items(self, data, url, handle):
        seen = set()
        for item in data:
            if isinstance(item, dict):
                handle(item)
                if isinstance(item.get("id"), str):
                    seen.add(item["id"])
            else:
                self.report.skip(url, "list entry is not an object")
        return seen

    def read_pages(self, url, walk, handle):
        visited = set()
        total_pages = None
        broken_in_a_row = 0
        derived = False  # the address was worked out, not given by the server
        last_status = None
        for number in range(1, MAX_PAGES + 1):
            if url in visited:
                self.report.error(f"{walk.what}: pagination loops back to {url[:200]}")
                walk.to_the_end = False
                return
            visited.add(url)
            try:
                page = self.client.get_json(url)
                data = page.get("data")
                if not isinstance(data, list):
                    raise FetchError(f"page without a data list at {url[:200]}")
            except FetchError as error:
                if derived and error.status == 404 and last_status not in (None, 404):
                    # The page before exists but fails (a server error); the one worked out after it
                    # does not exist: the unreadable page was the last one.
                    return
                walk.broken.append((url, str(error)))
                logger.warning("OParl %s: page %s unreadable: %s", walk.what, url, error)
                broken_in_a_row += 1
                last_status = error.status or 0
                following = next_page_url(url, number, total_pages)
                if following == "":
                    return  # that was the last page
                if following is None or broken_in_a_row >= MAX_BROKEN_IN_A_ROW:
                    why = "the next page's address is not known" if following is None else "too many in a row"
                    self.report.error(f"{walk.what}: stopped at an unreadable page ({why}): {error}")
                    walk.to_the_end = False
                    return
                url, derived = following, True
                continue
            broken_in_a_row, derived, last_status = 0, False, None
            total_pages = page_count(page) or total_pages
            walk.seen.update(self.read_items(data, url, handle))
            links = page.get("links") if isinstance(page.get("links"), dict) else {}
            next_url = links.get("next")
            if not next_url:
                return
            url = next_url
        self.report.error(f"{walk.what}: more than {MAX_PAGES} pages, stopped")
        walk.to_the_end = False

    def save_state(self, state, walk, remembered):
        now = self.now.isoformat(timespec="seconds")
        pages = []
        for url, reason in walk.broken:
            old = remembered.pop(url, {})
            attempts = old.get("attempts", 0) + 1
            given_up = attempts >= self.page_attempts
            pages.append(
                {
                    "url": url[:500],
                    "error": reason[:500],
                    "attempts": attempts,
                    "first_seen": old.get("first_seen", now),
                    "last_seen": now,
                    "given_up": given_up,
                }
            )
            self.report.broken.append((walk.what, url, attempts, reason, given_up))
        for url, old in remembered.items():
            # Given up earlier and not asked for again: still reported, until a full walk reads past it.
            if old.get("given_up") and not old.get("recovered") and not walk.full:
                pages.append(old)
                self.report.broken.append((walk.what, url, old.get("attempts", 0), old.get("error", ""), True))
        state.broken_pages = pages
        state.last_run_started = self.now
        if walk.to_the_end:
            state.watermark = self.now
            if walk.full:
                state.last_full_walk = self.now
        state.last_report = "\n".join(
            [f"{'full' if walk.full else 'incremental'} run {now}: {len(walk.seen)} objects read"]
            + [f"unreadable page {p['url']} (attempt {p['attempts']}): {p['error']}" for p in pages]
            + ([] if walk.to_the_end else ["not read to the end; the watermark stays where it was"])
        )[:20000]
        state.save()

    def find_gone(self, kind, model, handle):
        """After a full walk: what we hold from this server and no list showed is asked for at its
        own address. 404 or 410 means it is gone; an answer is imported (it sat on an unreadable page)."""
        walks = self.walks.get(kind) or []
        if not walks or not all(w.full and w.to_the_end for w in walks):
            return
        seen = set().union(*(w.seen for w in walks))
        ours = (
            model.objects.canonical()
            .filter(oparl_id__startswith=self.origin_prefix)
            .exclude(oparl_id__in=seen)
            .values_list("oparl_id", flat=True)
        )
        missing = list(ours[: MAX_PROBES + 1])
        if len(missing) > MAX_PROBES:
            self.report.skip(kind, f"more than {MAX_PROBES} objects missing from the lists; the next full walk goes on")
        for ident in missing[:MAX_PROBES]:
            try:
                data = self.client.get_json(ident)
            except FetchError as error:
                if error.status in (404, 410):
                    handle({"id": ident, "deleted": True})
                else:
                    self.report.skip(ident, f"missing from the list and unreadable: {error}")
                continue
            if data.get("id") != ident and not data.get("deleted"):
                self.report.skip(ident, "missing from the list; its address answers with another object")
                continue
            handle({**data, "id": ident})

    # --- organizations -------------------------------------------------------

    def import_organization(self, data):
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

    def import_meeting(self, data):
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
