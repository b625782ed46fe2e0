"""The council calendar of the demo town: committees, meetings with agendas over the past and the
next three months (relative to today), and town events, some recurring. German first, then English
through wagtail-localize (content: council/). Safe to run again: it updates what is there, and saves
only what changed (so the iCalendar SEQUENCE does not rise on a re-run)."""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from council.enums import MeetingState
from council.models import AgendaItem, Committee, CouncilCalendarPage, Event, Location, Meeting

from . import schema
from .content import known, read, read_kind
from .foundation import upsert_child
from .translate import Strings, page_strings, translate


def _aware(day, hour):
    return timezone.make_aware(datetime.combine(day, time(hour, 0)), timezone.get_default_timezone())


def _update(instance, **fields):
    """Set fields; save only when something changed."""
    changed = instance.pk is None
    for name, value in fields.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    if changed:
        instance.save()
    return instance


def committees_content():
    return read_kind("council/committees", schema.COMMITTEE)[1]


def seed_committees(german, content):
    committees = {}
    for key, data in content.items():
        de, en = data["de"], data["en"]
        committee = Committee.objects.filter(locale=german, title=de["title"]).first() or Committee(locale=german)
        _update(committee, title=de["title"], short_name=de["short_name"], kind=data["kind"])
        strings = Strings()
        strings.add(de["title"], en["title"])
        strings.add(de["short_name"], en["short_name"])
        translate(committee, strings)
        committees[key] = committee
    return committees


def seed_locations(german):
    """Meeting places in German, and in English through wagtail-localize (the address is synchronised)."""
    locations = {}
    for key, data in read_kind("council/locations", schema.LOCATION)[1].items():
        de, en = data["de"], data["en"]
        location = Location.objects.filter(locale=german, name=de["name"], room=de["room"]).first() or Location(
            locale=german
        )
        _update(
            location,
            name=de["name"],
            room=de["room"],
            street_address=data["street_address"],
            postal_code=data["postal_code"],
            locality=data["locality"],
        )
        strings = Strings()
        strings.add(de["name"], en["name"])
        strings.add(de["room"], en["room"])
        translate(location, strings)
        locations[key] = location
    return locations


def meeting_dates(today, weekday, every_weeks, offset):
    """Dates on `weekday` every `every_weeks` weeks, from about three months back to three months ahead."""
    monday = today - timedelta(days=today.weekday())
    first = monday + timedelta(days=weekday) - timedelta(weeks=13) + timedelta(weeks=offset % every_weeks)
    day = first
    while day <= today + timedelta(weeks=13):
        yield day
        day += timedelta(weeks=every_weeks)


def agenda_for(committee, number, past, vocabulary):
    """The agenda of a committee's meeting no. `number`: opening items, two of its topics, closing
    items (with results once held) and one closed item."""
    topics = committee["topics"]
    chosen = [topics[(number + i) % len(topics)] for i in range(2)]
    results = vocabulary["results"]
    no_result = {"de": "", "en": ""}
    items = []
    opening, closing = vocabulary["opening_items"], vocabulary["closing_items"]
    for index, text in enumerate([*opening, *chosen, *closing], start=1):
        result = results[(number + index) % len(results)] if past and 3 < index <= 5 else no_result
        items.append({"number": str(index), "text": text, "public": True, "result": result})
    items.append({"number": "N 1", "text": vocabulary["closed_item"], "public": False, "result": no_result})
    return items


def meeting_state(day, today, planned, cancelled, moved, vocabulary):
    no_note = {"de": "", "en": ""}
    if planned == cancelled:
        return MeetingState.CANCELLED, vocabulary["cancel_note"]
    if planned == moved:
        return MeetingState.MOVED, vocabulary["move_note"]
    if day < today:
        return MeetingState.HELD, no_note
    if day <= today + timedelta(days=14):
        return MeetingState.INVITED, no_note
    return MeetingState.SCHEDULED, no_note


def seed_meetings(german, content, committees, locations, today):
    vocabulary = read("council/meetings.yaml", schema.MEETINGS)
    plan = []
    for position, (key, data) in enumerate(content.items()):
        rhythm = data["meetings"]
        known(locations, [rhythm["location"]], f"council/committees/{key}.yaml: meetings.location")
        weekday = schema.WEEKDAYS.index(rhythm["weekday"])
        for number, day in enumerate(
            meeting_dates(today, weekday, rhythm["every_weeks"], position), start=20 + position
        ):
            plan.append((day, key, number))
    plan.sort()
    future = [p for p in plan if p[0] > today + timedelta(days=7)]
    cancelled = future[1] if len(future) > 1 else None
    moved = future[4] if len(future) > 4 else None
    meetings = []
    for day, key, number in plan:
        data = content[key]
        rhythm = data["meetings"]
        past = day < today
        title = {
            "de": f"{number}. Sitzung {data['de']['genitive']}",
            "en": f"{data['en']['title']}: meeting no. {number}",
        }
        start = _aware(day, rhythm["hour"])
        state, note = meeting_state(day, today, (day, key, number), cancelled, moved, vocabulary)
        slug = f"{key}-{number}"
        streamed = rhythm["streamed"]
        with transaction.atomic():
            meeting = Meeting.objects.filter(locale=german, title=title["de"]).first() or Meeting(locale=german)
            _update(
                meeting,
                title=title["de"],
                start=start,
                end=start + timedelta(hours=rhythm["hours"]),
                state=state,
                moved_to=start + timedelta(days=7) if state == MeetingState.MOVED else None,
                note=note["de"],
                public=True,
                location=locations[rhythm["location"]],
                livestream_url=f"{vocabulary['stream_url']}/live/{key}" if streamed else "",
                recording_url=f"{vocabulary['stream_url']}/archiv/{slug}" if streamed and past else "",
            )
            meeting.committees.set([committees[key]])
            strings = Strings()
            strings.add(title["de"], title["en"])
            strings.add(note["de"], note["en"])
            existing = list(meeting.agenda_items.all())
            wanted = agenda_for(data, number, past, vocabulary)
            for order, item in enumerate(wanted):
                agenda_item = existing[order] if order < len(existing) else AgendaItem(meeting=meeting, locale=german)
                _update(
                    agenda_item,
                    sort_order=order,
                    number=item["number"],
                    title=item["text"]["de"],
                    public=item["public"],
                    result=item["result"]["de"],
                )
                strings.add(item["text"]["de"], item["text"]["en"])
                strings.add(item["result"]["de"], item["result"]["en"])
            for extra in existing[len(wanted) :]:
                extra.delete()
            translate(meeting, strings)
        meetings.append(meeting)
    return meetings


def skipped_dates(start, end, recurrence, skip, today):
    """The exceptions of a recurring event: its `skip`-th upcoming dates (1 = the next from today)."""
    if not (recurrence and skip):
        return ""
    rule = Event(start=start, end=end, recurrence=recurrence)
    since = _aware(today, 0)
    upcoming = rule.occurrences(since, since + timedelta(days=400), limit=max(skip) + 5)
    return ", ".join(timezone.localtime(upcoming[n - 1]).date().isoformat() for n in skip if n <= len(upcoming))


def seed_events(german, today):
    events = []
    for data in read_kind("council/events", schema.EVENT)[1].values():
        de, en = data["de"], data["en"]
        start = _aware(today + timedelta(days=data["starts_in_days"]), data["hour"])
        event = Event.objects.filter(locale=german, title=de["title"]).first() or Event(locale=german)
        end = start + timedelta(hours=data["hours"])
        _update(
            event,
            title=de["title"],
            category=data["category"],
            start=start,
            end=end,
            recurrence=data["recurrence"],
            exceptions=skipped_dates(start, end, data["recurrence"], data["skip"], today),
            place=de["place"],
            address=data["address"],
            description=de["description"],
            cancelled=data["cancelled"],
        )
        strings = Strings()
        for field in ("title", "place", "description"):
            strings.add(de[field], en[field])
        translate(event, strings)
        events.append(event)
    return events


def seed_calendar_page(home):
    """The calendar page below the German home page, and its English translation."""
    content = read("council/calendar_page.yaml", schema.CALENDAR_PAGE)
    de, en = content["de"], content["en"]
    page = upsert_child(home, CouncilCalendarPage, de["slug"], title=de["title"], show_in_menus=True)
    return page, translate(page, page_strings(page, en["title"], en["slug"]))


def seed_council(today=None):
    """Committees, meetings and events in German and English. Returns what it made, by kind; the
    committees by their content key. The calendar page comes separately (seed_calendar_page)."""
    german = Locale.objects.get(language_code="de")
    today = today or timezone.localdate()
    content = committees_content()
    committees = seed_committees(german, content)
    locations = seed_locations(german)
    meetings = seed_meetings(german, content, committees, locations, today)
    events = seed_events(german, today)
    return {"committees": committees, "locations": locations, "meetings": meetings, "events": events}
