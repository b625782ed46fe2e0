"""Small builders for council tests: real rows in the test database, German first, English through
wagtail-localize like the demo."""

from datetime import datetime
from zoneinfo import ZoneInfo

from wagtail.models import Locale

from demo.translate import Strings, translate

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(*args):
    return datetime(*args, tzinfo=BERLIN)


def german():
    return Locale.objects.get(language_code="de")


def committee(title="Testausschuss", title_en="Test committee", kind="committee", short="TA"):
    from council.models import Committee

    item = Committee.objects.create(locale=german(), title=title, short_name=short, kind=kind)
    strings = Strings()
    strings.add(title, title_en)
    strings.add(short, short)
    translate(item, strings)
    return item


def meeting(
    committees=(),
    title="1. Sitzung des Testausschusses",
    title_en="Test committee: meeting no. 1",
    start=None,
    translate_it=True,
    agenda=(),
    **fields,
):
    from council.models import AgendaItem, Meeting

    item = Meeting(locale=german(), title=title, start=start or berlin(2026, 12, 3, 17), **fields)
    item.save()
    item.committees.set(committees)
    strings = Strings()
    strings.add(title, title_en)
    strings.add(fields.get("note", ""), "Note in English")
    for index, (title, title_en) in enumerate(agenda):
        AgendaItem.objects.create(meeting=item, locale=german(), sort_order=index, number=str(index + 1), title=title)
        strings.add(title, title_en)
    if translate_it:
        translate(item, strings)
    return item


def event(title="Flohmarkt", title_en="Flea market", start=None, recurrence="", category="market", **fields):
    from council.models import Event

    item = Event(
        locale=german(),
        title=title,
        start=start or berlin(2026, 12, 5, 9),
        recurrence=recurrence,
        category=category,
        **fields,
    )
    item.save()
    strings = Strings()
    strings.add(title, title_en)
    strings.add(fields.get("place", ""), fields.get("place", "") + " (en)")
    strings.add(fields.get("description", ""), "Description")
    translate(item, strings)
    return item
