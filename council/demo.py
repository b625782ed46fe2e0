"""Demo content for the council calendar of Lindenfeld: committees, meetings with agendas over the past
and the next three months (relative to today), and city events, some recurring. German first, then
English through wagtail-localize. Safe to run again: it updates what is there."""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from cms.demo.city import Strings
from cms.demo.translate import translate
from council.enums import CommitteeKind, EventCategory, MeetingState

STREAM = "https://stream.lindenfeld.example"

COMMITTEES = [
    # key, kind, short, de name, de genitive, en name, weekday, hour, every n weeks, streamed
    (
        "rat",
        CommitteeKind.COUNCIL,
        ("Rat", "Council"),
        "Rat der Stadt Lindenfeld",
        "des Rates",
        "Lindenfeld Town Council",
        3,
        17,
        6,
        True,
    ),
    (
        "hfa",
        CommitteeKind.COMMITTEE,
        ("HFA", "MFC"),
        "Haupt- und Finanzausschuss",
        "des Haupt- und Finanzausschusses",
        "Main and Finance Committee",
        1,
        17,
        4,
        True,
    ),
    (
        "bau",
        CommitteeKind.COMMITTEE,
        ("ASB", "UDB"),
        "Ausschuss für Stadtentwicklung und Bauen",
        "des Ausschusses für Stadtentwicklung und Bauen",
        "Committee for Urban Development and Building",
        2,
        17,
        4,
        True,
    ),
    (
        "umwelt",
        CommitteeKind.COMMITTEE,
        ("AUKM", "ECM"),
        "Ausschuss für Umwelt, Klima und Mobilität",
        "des Ausschusses für Umwelt, Klima und Mobilität",
        "Committee for Environment, Climate and Mobility",
        0,
        17,
        5,
        False,
    ),
    (
        "schule",
        CommitteeKind.COMMITTEE,
        ("ASJS", "SYS"),
        "Ausschuss für Schule, Jugend und Soziales",
        "des Ausschusses für Schule, Jugend und Soziales",
        "Committee for Schools, Youth and Social Affairs",
        3,
        16,
        5,
        False,
    ),
    (
        "kultur",
        CommitteeKind.COMMITTEE,
        ("AKS", "CSC"),
        "Ausschuss für Kultur und Sport",
        "des Ausschusses für Kultur und Sport",
        "Committee for Culture and Sport",
        1,
        18,
        6,
        False,
    ),
    (
        "nord",
        CommitteeKind.DISTRICT,
        ("BV Nord", "DC North"),
        "Bezirksvertretung Lindenfeld-Nord",
        "der Bezirksvertretung Lindenfeld-Nord",
        "District Council Lindenfeld North",
        0,
        18,
        6,
        False,
    ),
    (
        "senioren",
        CommitteeKind.ADVISORY,
        ("SB", "SAB"),
        "Seniorenbeirat",
        "des Seniorenbeirats",
        "Senior Citizens' Advisory Board",
        4,
        10,
        6,
        False,
    ),
]

LOCATIONS = {
    "ratssaal": ("Rathaus Lindenfeld", "Ratssaal", "Rathausplatz 1"),
    "sitzungssaal": ("Rathaus Lindenfeld", "Sitzungssaal 2", "Rathausplatz 1"),
    "nord": ("Bürgerhaus Nord", "Großer Saal", "Lindenstraße 40"),
}

OPENING = [
    ("Eröffnung und Feststellung der Beschlussfähigkeit", "Opening and establishment of the quorum"),
    ("Genehmigung der Niederschrift der letzten Sitzung", "Approval of the minutes of the last meeting"),
    ("Einwohnerfragestunde", "Questions from residents"),
]
CLOSING = [
    ("Mitteilungen der Verwaltung", "Announcements from the administration"),
    ("Anfragen der Ausschussmitglieder", "Questions from members"),
]
CLOSED = ("Grundstücksangelegenheiten", "Property matters")
TOPICS = {
    "rat": [
        ("Haushaltssatzung 2027", "Budget statute 2027"),
        (
            "Bebauungsplan Nr. 112 „Am Lindenpark“ – Satzungsbeschluss",
            "Development plan no. 112 'Am Lindenpark' – adoption",
        ),
        ("Neufassung der Hundesteuersatzung", "New dog tax statute"),
        ("Wahl der Schiedspersonen", "Election of the arbitrators"),
    ],
    "hfa": [
        ("Bericht zur Haushaltslage", "Report on the budget situation"),
        ("Vergabe der Gebäudereinigung", "Contract for building cleaning"),
        ("Gebührenkalkulation Abfall 2027", "Waste fee calculation 2027"),
    ],
    "bau": [
        ("Sanierung der Grundschule am Park", "Renovation of the primary school am Park"),
        (
            "Neubaugebiet Lindenhöhe – Vorstellung der Planung",
            "Lindenhöhe new housing area – presentation of the plans",
        ),
        ("Bauvoranfrage Marktstraße 12", "Preliminary building enquiry Marktstraße 12"),
    ],
    "umwelt": [
        ("Radverkehrskonzept 2030", "Cycling plan 2030"),
        ("Baumpflanzungen im Stadtgebiet", "Tree planting across the town"),
        ("Kommunale Wärmeplanung", "Municipal heat planning"),
    ],
    "schule": [
        ("Schulentwicklungsplan", "School development plan"),
        ("Offene Ganztagsschule: Platzbedarf", "All-day school: places needed"),
        ("Jugendzentrum Nord: Öffnungszeiten", "Youth centre North: opening hours"),
    ],
    "kultur": [
        ("Förderung der Vereine 2027", "Funding for clubs 2027"),
        ("Sanierung des Hallenbads", "Renovation of the indoor pool"),
        ("Programm des Lindenfelder Kultursommers", "Programme of the Lindenfeld culture summer"),
    ],
    "nord": [
        ("Verkehrsberuhigung Lindenstraße", "Traffic calming in Lindenstraße"),
        ("Spielplatz Am Bach – Erneuerung", "Am Bach playground – renewal"),
    ],
    "senioren": [
        ("Barrierefreie Haltestellen", "Step-free bus stops"),
        ("Seniorenfahrdienst", "Transport service for older people"),
    ],
}
RESULTS = [
    ("Einstimmig beschlossen", "Adopted unanimously"),
    ("Mehrheitlich beschlossen", "Adopted by majority"),
    ("Zur Kenntnis genommen", "Noted"),
    ("Vertagt", "Postponed"),
]
CANCEL_NOTE = (
    "Die Sitzung entfällt, weil keine Beratungsgegenstände vorliegen.",
    "The meeting is cancelled because there are no matters to discuss.",
)
MOVE_NOTE = (
    "Die Sitzung wurde wegen der Herbstferien um eine Woche verschoben.",
    "The meeting has been moved by one week because of the autumn holidays.",
)

EVENTS = [
    # de title, en title, category, day offset, hour, hours, rrule, de place, en place, address, de text, en text
    (
        "Wochenmarkt",
        "Weekly market",
        EventCategory.MARKET,
        -60,
        8,
        5,
        "FREQ=WEEKLY;BYDAY=SA",
        "Marktplatz",
        "Market square",
        "Markt 1, 45999 Lindenfeld",
        "Obst, Gemüse, Käse und Blumen aus der Region.",
        "Fruit, vegetables, cheese and flowers from the region.",
    ),
    (
        "Feierabendmarkt",
        "After-work market",
        EventCategory.MARKET,
        -30,
        16,
        4,
        "FREQ=WEEKLY;BYDAY=TH;COUNT=20",
        "Kirchplatz",
        "Church square",
        "Kirchplatz, 45999 Lindenfeld",
        "Essen, Trinken und Musik nach Feierabend.",
        "Food, drinks and music after work.",
    ),
    (
        "Bürgersprechstunde der Bürgermeisterin",
        "The mayor's open consultation",
        EventCategory.CITIZENS,
        -40,
        16,
        2,
        "FREQ=MONTHLY;BYDAY=1WE",
        "Rathaus, Zimmer 101",
        "Town hall, room 101",
        "Rathausplatz 1, 45999 Lindenfeld",
        "Ohne Anmeldung: Sprechen Sie mit der Bürgermeisterin über Ihr Anliegen.",
        "No appointment needed: talk to the mayor about your concern.",
    ),
    (
        "Lauftreff im Stadtpark",
        "Running group in the town park",
        EventCategory.SPORT,
        -20,
        18,
        1,
        "FREQ=WEEKLY;BYDAY=TU",
        "Stadtpark, Eingang Parkstraße",
        "Town park, Parkstraße entrance",
        "Parkstraße, 45999 Lindenfeld",
        "Für alle, die gern gemeinsam laufen. Kostenlos.",
        "For everyone who likes to run together. Free of charge.",
    ),
    (
        "Vorlesestunde in der Stadtbücherei",
        "Story time at the town library",
        EventCategory.FAMILY,
        -25,
        15,
        1,
        "FREQ=WEEKLY;BYDAY=FR;INTERVAL=2",
        "Stadtbücherei",
        "Town library",
        "Markt 5, 45999 Lindenfeld",
        "Geschichten für Kinder von vier bis acht Jahren.",
        "Stories for children aged four to eight.",
    ),
    (
        "Repair-Café",
        "Repair café",
        EventCategory.ENVIRONMENT,
        -50,
        14,
        3,
        "FREQ=MONTHLY;BYDAY=-1SA",
        "Bürgerhaus Nord",
        "Community centre North",
        "Lindenstraße 40, 45999 Lindenfeld",
        "Ehrenamtliche helfen beim Reparieren von Geräten, Kleidung und Fahrrädern.",
        "Volunteers help you repair appliances, clothes and bikes.",
    ),
    (
        "Laternenumzug",
        "Lantern procession",
        EventCategory.FAMILY,
        12,
        17,
        2,
        "",
        "Start am Kindergarten Sonnenschein",
        "Starts at Sonnenschein kindergarten",
        "Schulstraße 3, 45999 Lindenfeld",
        "Mit Musik und Martinsfeuer auf dem Kirchplatz.",
        "With music and a bonfire on the church square.",
    ),
    (
        "Weihnachtsmarkt",
        "Christmas market",
        EventCategory.MARKET,
        20,
        11,
        10,
        "FREQ=DAILY;COUNT=10",
        "Marktplatz",
        "Market square",
        "Markt 1, 45999 Lindenfeld",
        "Kunsthandwerk, Glühwein und Bühnenprogramm.",
        "Crafts, mulled wine and a stage programme.",
    ),
    (
        "Neujahrsempfang der Stadt",
        "The town's New Year reception",
        EventCategory.CITIZENS,
        45,
        11,
        3,
        "",
        "Stadthalle",
        "Town hall (Stadthalle)",
        "Parkstraße 2, 45999 Lindenfeld",
        "Die Bürgermeisterin lädt alle Lindenfelderinnen und Lindenfelder ein.",
        "The mayor invites everyone who lives in Lindenfeld.",
    ),
    (
        "Konzert der Musikschule",
        "Music school concert",
        EventCategory.CULTURE,
        8,
        19,
        2,
        "",
        "Aula des Gymnasiums",
        "Grammar school hall",
        "Schulstraße 10, 45999 Lindenfeld",
        "Schülerinnen und Schüler spielen Werke von Bach bis Beatles.",
        "Pupils play works from Bach to the Beatles.",
    ),
    (
        "Stadtführung: Lindenfeld im Mittelalter",
        "Guided tour: Lindenfeld in the Middle Ages",
        EventCategory.CULTURE,
        -35,
        14,
        2,
        "FREQ=MONTHLY;BYDAY=2SU",
        "Treffpunkt Rathaus",
        "Meeting point: town hall",
        "Rathausplatz 1, 45999 Lindenfeld",
        "Anmeldung nicht nötig.",
        "No need to register.",
    ),
    (
        "Ausstellung: Lindenfeld in alten Fotos",
        "Exhibition: Lindenfeld in old photographs",
        EventCategory.CULTURE,
        -10,
        10,
        8,
        "FREQ=WEEKLY;BYDAY=SU;COUNT=12",
        "Stadtmuseum",
        "Town museum",
        "Markt 7, 45999 Lindenfeld",
        "Fotografien aus hundert Jahren Stadtgeschichte.",
        "Photographs from a hundred years of the town's history.",
    ),
    (
        "Bürgerwerkstatt Radverkehr",
        "Cycling workshop for residents",
        EventCategory.CITIZENS,
        16,
        18,
        3,
        "",
        "Bürgerhaus Nord",
        "Community centre North",
        "Lindenstraße 40, 45999 Lindenfeld",
        "Planen Sie mit: Wo fehlen Radwege?",
        "Help plan: where are cycle paths missing?",
    ),
    (
        "Aktionstag Saubere Stadt",
        "Clean-up day",
        EventCategory.ENVIRONMENT,
        60,
        10,
        4,
        "",
        "Treffpunkt Baubetriebshof",
        "Meeting point: municipal depot",
        "Industriestraße 8, 45999 Lindenfeld",
        "Wir sammeln gemeinsam Müll. Handschuhe und Zangen stellt die Stadt.",
        "We collect litter together. The town provides gloves and grabbers.",
    ),
    (
        "Hallenbad: Schwimmen für Familien",
        "Indoor pool: family swimming",
        EventCategory.SPORT,
        -14,
        10,
        3,
        "FREQ=WEEKLY;BYDAY=SU",
        "Hallenbad Lindenfeld",
        "Lindenfeld indoor pool",
        "Badstraße 1, 45999 Lindenfeld",
        "Mit Spielgeräten im Wasser.",
        "With toys in the water.",
    ),
    (
        "Stadtradeln-Abschlussfest",
        "City cycling finale",
        EventCategory.SPORT,
        -45,
        15,
        3,
        "",
        "Stadtpark",
        "Town park",
        "Parkstraße, 45999 Lindenfeld",
        "Siegerehrung und Fahrradcheck.",
        "Prizes and bike check-ups.",
        True,
    ),
]


def _aware(day, hour):
    return timezone.make_aware(datetime.combine(day, time(hour, 0)), timezone.get_default_timezone())


def _update(instance, **fields):
    """Set fields; save only when something changed, so SEQUENCE does not rise on a re-run."""
    changed = instance.pk is None
    for name, value in fields.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    if changed:
        instance.save()
    return instance


def seed_committees(german):
    from council.models import Committee

    committees = {}
    for key, kind, (short_de, short_en), name_de, _gen, name_en, *_rest in COMMITTEES:
        committee = Committee.objects.filter(locale=german, name=name_de).first() or Committee(locale=german)
        _update(committee, name=name_de, short_name=short_de, kind=kind)
        strings = Strings()
        strings.add(name_de, name_en)
        strings.add(short_de, short_en)
        translate(committee, strings)
        committees[key] = committee
    return committees


def seed_locations():
    from council.models import Location

    locations = {}
    for key, (name, room, street) in LOCATIONS.items():
        location = Location.objects.filter(name=name, room=room).first() or Location()
        _update(location, name=name, room=room, street_address=street, postal_code="45999", locality="Lindenfeld")
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


def agenda_for(key, number, past):
    topics = TOPICS[key]
    chosen = [topics[(number + i) % len(topics)] for i in range(2)]
    items = []
    for index, (de, en) in enumerate([*OPENING, *chosen, *CLOSING], start=1):
        result = RESULTS[(number + index) % len(RESULTS)] if past and index > 3 and index <= 5 else ("", "")
        items.append({"number": str(index), "de": de, "en": en, "public": True, "result": result})
    items.append({"number": "N 1", "de": CLOSED[0], "en": CLOSED[1], "public": False, "result": ("", "")})
    return items


def seed_meetings(german, committees, locations, today):
    from council.models import AgendaItem, Meeting

    meetings = []
    plan = []
    for position, (key, _kind, _short, name_de, genitive, name_en, weekday, hour, every, streamed) in enumerate(
        COMMITTEES
    ):
        for number, day in enumerate(meeting_dates(today, weekday, every, position), start=20 + position):
            plan.append((day, key, number, name_de, genitive, name_en, hour, streamed))
    plan.sort()
    future = [p for p in plan if p[0] > today + timedelta(days=7)]
    cancelled = future[1][:3] if len(future) > 1 else None
    moved = future[4][:3] if len(future) > 4 else None
    for day, key, number, _name_de, genitive, name_en, hour, streamed in plan:
        past = day < today
        title_de = f"{number}. Sitzung {genitive}"
        title_en = f"{name_en}: meeting no. {number}"
        start = _aware(day, hour)
        if (day, key, number) == cancelled:
            state, note = MeetingState.CANCELLED, CANCEL_NOTE
        elif (day, key, number) == moved:
            state, note = MeetingState.MOVED, MOVE_NOTE
        elif past:
            state, note = MeetingState.HELD, ("", "")
        elif day <= today + timedelta(days=14):
            state, note = MeetingState.INVITED, ("", "")
        else:
            state, note = MeetingState.SCHEDULED, ("", "")
        slug = f"{key}-{number}"
        with transaction.atomic():
            meeting = Meeting.objects.filter(locale=german, name=title_de).first() or Meeting(locale=german)
            _update(
                meeting,
                name=title_de,
                start=start,
                end=start + timedelta(hours=3 if key == "rat" else 2),
                state=state,
                moved_to=start + timedelta(days=7) if state == MeetingState.MOVED else None,
                note=note[0],
                public=True,
                location=locations[
                    "nord" if key == "nord" else "ratssaal" if key in ("rat", "hfa") else "sitzungssaal"
                ],
                livestream_url=f"{STREAM}/live/{key}" if streamed else "",
                recording_url=f"{STREAM}/archiv/{slug}" if streamed and past else "",
            )
            meeting.committees.set([committees[key]])
            strings = Strings()
            strings.add(title_de, title_en)
            strings.add(note[0], note[1])
            existing = list(meeting.agenda_items.all())
            wanted = agenda_for(key, number, past)
            for order, item in enumerate(wanted):
                agenda_item = existing[order] if order < len(existing) else AgendaItem(meeting=meeting, locale=german)
                _update(
                    agenda_item,
                    sort_order=order,
                    number=item["number"],
                    title=item["de"],
                    public=item["public"],
                    result=item["result"][0],
                )
                strings.add(item["de"], item["en"])
                strings.add(item["result"][0], item["result"][1])
            for extra in existing[len(wanted) :]:
                extra.delete()
            translate(meeting, strings)
        meetings.append(meeting)
    return meetings


def seed_events(german, today):
    from council.models import Event

    events = []
    for row in EVENTS:
        (
            title_de,
            title_en,
            category,
            offset,
            hour,
            hours,
            rule,
            place_de,
            place_en,
            address,
            text_de,
            text_en,
            *flags,
        ) = row
        start = _aware(today + timedelta(days=offset), hour)
        event = Event.objects.filter(locale=german, title=title_de).first() or Event(locale=german)
        _update(
            event,
            title=title_de,
            category=category,
            start=start,
            end=start + timedelta(hours=hours),
            recurrence=rule,
            place=place_de,
            address=address,
            description=text_de,
            cancelled=bool(flags and flags[0]),
        )
        strings = Strings()
        strings.add(title_de, title_en)
        strings.add(place_de, place_en)
        strings.add(text_de, text_en)
        translate(event, strings)
        events.append(event)
    return events


def seed_council(home=None, today=None):
    """Committees, meetings and events in German and English. Returns what it made, by kind."""
    german = Locale.objects.get(language_code="de")
    today = today or timezone.localdate()
    committees = seed_committees(german)
    locations = seed_locations()
    meetings = seed_meetings(german, committees, locations, today)
    events = seed_events(german, today)
    return {"committees": committees, "locations": locations, "meetings": meetings, "events": events}


# Upcoming-meetings blocks for the demo's service pages and Lebenslagen: {page key: (committee keys, German title)}.
EMBEDS = {
    "baugenehmigung": (["bau"], "Nächste Sitzungen des Bauausschusses"),
    "bauvoranfrage": (["bau"], "Nächste Sitzungen des Bauausschusses"),
    "bauen-wohnen": (["bau", "umwelt"], "Hier wird über Bauen und Umwelt beraten"),
    "kita-schule": (["schule"], "Nächste Sitzungen des Schulausschusses"),
    "hundesteuer-ermaessigung": (["hfa"], "Nächste Sitzungen des Haupt- und Finanzausschusses"),
}
EMBED_TITLES = {
    "Nächste Sitzungen des Bauausschusses": "Next meetings of the building committee",
    "Hier wird über Bauen und Umwelt beraten": "Where building and the environment are discussed",
    "Nächste Sitzungen des Schulausschusses": "Next meetings of the schools committee",
    "Nächste Sitzungen des Haupt- und Finanzausschusses": "Next meetings of the main and finance committee",
}


def upcoming_block(page_key, count=3):
    """The ("upcoming_meetings", value) stream entry for a demo page, or None. seed_council must have
    run first (the block names committees by their German row's pk); the title's English is in EMBED_TITLES."""
    from council.models import Committee

    if page_key not in EMBEDS:
        return None
    keys, title = EMBEDS[page_key]
    names = {row[0]: row[3] for row in COMMITTEES}
    committees = [Committee.objects.get(locale__language_code="de", name=names[key]) for key in keys]
    return ("upcoming_meetings", {"title": title, "committees": committees, "categories": [], "count": count})
