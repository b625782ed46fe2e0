"""My calendar: the citizen's choice of committees and event categories, the next dates with their
livestreams, the private iCal feed (parsed back with icalendar), its rotation, and the reminders
before meetings through the real task worker."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from accounts import data
from accounts.models import CalendarChoice, Citizen, MeetingReminder
from pagecache import store
from tests.accounts.helpers import committed, signed_in_citizen
from tests.council.helpers import committee, event, meeting

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

STREAM = "https://stream.example/live/bau"


@pytest.fixture
def town_calendar():
    """Two committees with a meeting each, a cancelled one, and events of two categories, all ahead."""
    now = timezone.now()
    building = committee("Bauausschuss Kalendertest", "Building committee calendar test", short="BK")
    school = committee("Schulausschuss Kalendertest", "School committee calendar test", short="SK")
    soon = now + timedelta(hours=3)
    return {
        "building": building,
        "school": school,
        "building_meeting": meeting(
            [building], "Bauausschuss: Sitzung im Test", "Building committee: test meeting", start=soon,
            livestream_url=STREAM,
        ),
        "cancelled": meeting(
            [building], "Bauausschuss: abgesagte Sitzung", "Building committee: cancelled meeting",
            start=now + timedelta(hours=2), state="cancelled",
        ),
        "later": meeting(
            [building], "Bauausschuss: spätere Sitzung", "Building committee: later meeting",
            start=now + timedelta(days=5),
        ),
        "school_meeting": meeting(
            [school], "Schulausschuss: Sitzung im Test", "School committee: test meeting", start=soon,
        ),
        "concert": event("Konzert im Test", "Concert in the test", start=now + timedelta(days=2), category="culture"),
        "market": event("Markt im Test", "Market in the test", start=now + timedelta(days=2), category="market"),
    }


def choose(client, language, committees=(), categories=(), **extra):
    data = {"committees": [c.pk for c in committees], "categories": list(categories), "reminder_hours": "24", **extra}
    return client.post(f"/{language}/konto/kalender/", data)


def make_feed(client, language="de"):
    response = client.post(f"/{language}/konto/kalender/", {"action": "feed"})
    assert response.status_code == 200
    body = response.content.decode()
    (url,) = set(re.findall(r'value="(http://testserver/konto/kalender/[^"]+\.ics)"', body))
    webcal = "webcal://" + url.removeprefix("http://")
    assert f'href="{webcal}"' in body
    return url.removeprefix("http://testserver")


def summaries(response):
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    return sorted(str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT"))


def test_the_page_needs_a_session(client):
    response = client.get("/de/konto/kalender/")
    assert response.status_code == 302
    assert response["Location"].startswith("/de/konto/anmelden/?next=")
    assert "no-store" in response["Cache-Control"]


def test_choices_are_saved_and_show_the_next_dates_with_the_livestream(client, town_calendar):
    citizen = signed_in_citizen(client, "erika@example.org")
    page = client.get("/de/konto/kalender/")
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]
    assert "Bauausschuss Kalendertest" in page.content.decode()
    response = choose(client, "de", [town_calendar["building"]], ["culture"])
    assert response.status_code == 302 and response["Location"] == "/de/konto/kalender/?saved=1"
    choice = CalendarChoice.objects.get(citizen=citizen)
    assert list(choice.committees.all()) == [town_calendar["building"]] and choice.categories == ["culture"]
    body = client.get("/de/konto/kalender/?saved=1").content.decode()
    listed = body.split('id="next-dates"')[1].split("</ul>")[0]
    assert "Bauausschuss: Sitzung im Test" in listed and f'href="{STREAM}"' in listed
    assert "Bauausschuss: spätere Sitzung" in listed and "Konzert im Test" in listed
    assert "Schulausschuss" not in listed and "Markt im Test" not in listed
    assert "abgesagte Sitzung" in listed and listed.count(STREAM) == 1  # cancelled: no stream link
    english = client.get("/en/konto/kalender/").content.decode()
    assert "Building committee: test meeting" in english and "Concert in the test" in english
    assert "Building committee calendar test" in english  # the choice's labels in English too


def test_bad_choices_get_a_message_not_a_500(client, town_calendar):
    signed_in_citizen(client, "erika@example.org")
    response = client.post("/en/konto/kalender/", {"committees": ["999999", "x"], "categories": ["nope"], "reminder_hours": "7"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert all(choice.categories == [] for choice in CalendarChoice.objects.all())


def test_reminders_need_a_confirmed_address(client, town_calendar):
    citizen = signed_in_citizen(client, "erika@example.org")
    Citizen.objects.filter(pk=citizen.pk).update(email_verified=False)
    response = choose(client, "en", [town_calendar["building"]], reminders="on")
    assert response.status_code == 400
    assert "confirmed e-mail address" in response.content.decode()
    assert not CalendarChoice.objects.get(citizen=citizen).reminders


def test_the_private_feed_holds_only_the_choice_in_the_citizens_language(client, town_calendar, settings):
    settings.PAGECACHE_ENABLED = True
    store.forget_process_state()
    citizen = signed_in_citizen(client, "john@example.org", language="en")
    choose(client, "en", [town_calendar["building"]], ["culture"])
    url = make_feed(client, "en")
    stranger = client.__class__()  # a calendar app: no cookie
    response = stranger.get(url)
    calendar = Calendar.from_ical(response.content)
    found = summaries(response)
    assert [s for s in found if "Building" in s or "test" in s] == [
        "Building committee: later meeting",
        "Building committee: test meeting",
        "Cancelled: Building committee: cancelled meeting",
        "Concert in the test",
    ]
    # Besides: the demo town's culture events, and nothing else (no market, no other committee).
    for vevent in calendar.walk("VEVENT"):
        assert [str(c) for c in vevent["CATEGORIES"].cats] in (["Building committee calendar test"], ["Culture"])
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert STREAM in response.content.decode().replace("\r\n ", "")
    # Never kept by the page cache: a changed choice is in the very next answer.
    signed_in_citizen(client, citizen.email)
    choose(client, "en", [town_calendar["school"]], [])
    assert summaries(stranger.get(url)) == ["School committee: test meeting"]
    assert stranger.get(url).get("X-Cache") != "hit"


def test_a_new_address_kills_the_old_one(client, town_calendar):
    citizen = signed_in_citizen(client, "erika@example.org")
    choose(client, "de", [town_calendar["building"]])
    old = make_feed(client)
    assert client.get(old).status_code == 200
    token = old.rsplit("/", 1)[1].removesuffix(".ics")
    choice = CalendarChoice.objects.get(citizen=citizen)
    assert choice.feed_digest != token and token not in str(data.export(citizen))
    page = client.get("/de/konto/kalender/").content.decode()
    assert token not in page  # shown once, when made
    new = make_feed(client)
    assert new != old
    gone = client.get(old)
    assert gone.status_code == 404 and "no-store" in gone["Cache-Control"]
    assert client.get(new).status_code == 200


def test_an_unknown_address_is_404_and_the_feed_is_rate_limited(client, settings):
    settings.RATELIMITS = {**settings.RATELIMITS, "accounts_feed": "3/h"}
    assert client.get("/konto/kalender/unknown-token.ics").status_code == 404
    assert client.get("/konto/kalender/" + "x" * 120 + ".ics").status_code == 404
    assert client.get("/konto/kalender/another.ics").status_code == 404
    limited = client.get("/konto/kalender/another.ics")
    assert limited.status_code == 429 and limited["Retry-After"] == "3600"


def test_one_citizen_never_gets_another_citizens_feed_or_choice(client, town_calendar):
    erika = signed_in_citizen(client, "erika@example.org")
    choose(client, "de", [town_calendar["building"]])
    erikas = make_feed(client)
    other = client.__class__()
    signed_in_citizen(other, "max@example.org")
    choose(other, "de", [town_calendar["school"]])
    assert summaries(other.get(erikas)) == [
        "Abgesagt: Bauausschuss: abgesagte Sitzung",
        "Bauausschuss: Sitzung im Test",
        "Bauausschuss: spätere Sitzung",
    ]
    maxs = make_feed(other)
    assert summaries(client.get(maxs)) == ["Schulausschuss: Sitzung im Test"]
    assert list(CalendarChoice.objects.get(citizen=erika).committees.all()) == [town_calendar["building"]]


def test_reminders_once_in_the_citizens_language_with_the_livestream(client, town_calendar, db_worker):
    citizen = signed_in_citizen(client, "john@example.org", language="en")
    response = choose(client, "en", [town_calendar["building"]], reminders="on")
    assert response.status_code == 302
    out = StringIO()
    with committed():
        call_command("send_meeting_reminders", stdout=out)
    assert "Queued 1 meeting reminder(s)." in out.getvalue()  # not the cancelled one, not the one in 5 days
    assert mail.outbox == []
    db_worker()
    (message,) = mail.outbox
    assert message.to == [citizen.email]
    assert message.subject.startswith("Reminder: Building committee: test meeting, ")
    assert f"Livestream: {STREAM}" in message.body
    assert "/en/konto/kalender/" in message.body
    with committed():
        call_command("send_meeting_reminders", stdout=StringIO())
    db_worker()
    assert len(mail.outbox) == 1  # never twice
    assert MeetingReminder.objects.get(citizen=citizen).sent_at is not None


def test_a_german_reminder_and_none_for_a_meeting_cancelled_meanwhile(client, town_calendar, db_worker):
    citizen = signed_in_citizen(client, "erika@example.org")
    choose(client, "de", [town_calendar["building"], town_calendar["school"]], reminders="on", reminder_hours="24")
    with committed():
        call_command("send_meeting_reminders", stdout=StringIO())
    assert MeetingReminder.objects.filter(citizen=citizen).count() == 2
    school = town_calendar["school_meeting"]
    school.state = "cancelled"
    school.save()
    db_worker()
    (message,) = mail.outbox
    assert message.subject.startswith("Erinnerung: Bauausschuss: Sitzung im Test, ")
    assert f"Livestream: {STREAM}" in message.body


def test_no_reminders_when_switched_off(client, town_calendar, db_worker):
    signed_in_citizen(client, "erika@example.org")
    choose(client, "de", [town_calendar["building"]])
    with committed():
        call_command("send_meeting_reminders", stdout=StringIO())
    db_worker()
    assert mail.outbox == [] and not MeetingReminder.objects.exists()


def test_the_export_holds_the_calendar_and_deleting_the_account_takes_it(client, town_calendar, db_worker):
    signed_in_citizen(client, "erika@example.org")
    choose(client, "de", [town_calendar["building"]], ["culture"], reminders="on")
    url = make_feed(client)
    with committed():
        call_command("send_meeting_reminders", stdout=StringIO())
    db_worker()
    export = client.get("/de/konto/daten.json").json()["calendar"]
    assert export["committees"] == ["Bauausschuss Kalendertest"] and export["event_categories"] == ["culture"]
    assert export["reminders"] is True and export["reminder_hours_before"] == 24
    assert export["private_feed_created_at"]
    assert [r["meeting"] for r in export["reminders_sent"]] == ["Bauausschuss: Sitzung im Test"]
    assert "Bauausschuss Kalendertest" in client.get("/de/konto/daten/").content.decode()
    response = client.post("/de/konto/loeschen/", {"confirm": "on"})
    assert response.status_code == 302
    assert not CalendarChoice.objects.exists() and not MeetingReminder.objects.exists()
    assert client.get(url).status_code == 404


