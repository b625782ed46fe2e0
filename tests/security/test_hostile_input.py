"""Hostile query strings and path segments never cause a server error.

Every public view and feed, in both languages where it has a language, gets every GET parameter it
reads (and some it does not) filled by hypothesis with what breaks careless parsing: Unicode digits
("²" passes str.isdigit() but not int()), huge and negative numbers, empty and very long values, NUL
bytes, stray "%", SQL and HTML snippets, dates outside datetime's range, repeated parameters. The
answer may be 200, a redirect, 400 or 404, never 5xx. Through the Django test client on the seeded demo.
"""

from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

EXAMPLES = 20

HOSTILE = [
    "²",
    "٣",
    "１２",
    "⑦",
    "99999999999999999999",
    "9" * 400,
    "-1",
    "-99999999999999999999",
    "0",
    "00",
    "",
    " ",
    "\x00",
    "1\x00",
    "a\x00b",
    "%",
    "%00",
    "' OR 1=1 --",
    '"; DROP TABLE council_meeting; --',
    "<script>alert(1)</script>",
    "{{ 7*7 }}{% debug %}",
    "0001-01-01",
    "0001-01-01T00:00:00-23:59",
    "9999-12-31T23:59:59+14:00",
    "9999-12-31",
    "2026-13-45",
    "2026-02-30T25:61:00",
    "1e309",
    "NaN",
    "inf",
    "1.5",
    "+1",
    "0x10",
    "1_000",
    "../../etc/passwd",
    "x" * 5000,
    "\u202e\u200b",
    "de",
    "en",
    "meetings",
    "market",
]
# Appended to the query string as they are, not encoded.
RAW = ["%", "%zz", "%00", "%C2%B2", "%ff%fe", "a=b=c", ";;", "&&&", "page", "=1", "q=%E2%80", "year=%EF%BC%91"]

CALENDAR = ["show", "kind", "committee", "category", "page", "submitted", "year"]
FEED = ["lang", "committee", "category"]
OPARL = ["page", "modified_since"]
SEARCH = ["q", "type", "lebenslage", "page"]
GENERIC = ["page", "lang", "q", "id"]

values = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=40),
    st.integers().map(str),
    st.text(alphabet=st.characters(categories=["Nd", "No", "Nl"]), min_size=1, max_size=25),
    st.from_regex(
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?([+-][0-9]{2}:[0-9]{2}|Z)?", fullmatch=True
    ),
)


def queries(names):
    pairs = st.lists(st.tuples(st.sampled_from([*names, "x"]), values), min_size=1, max_size=6)
    raw = st.lists(st.sampled_from(RAW), max_size=2)
    return st.builds(lambda p, r: "&".join([urlencode(p), *r]).strip("&"), pairs, raw)


def _targets():
    from wagtail.models import Page

    from council.models import Committee, Event, Meeting
    from home.models import HomePage
    from lebenslagen.models import LebenslagePage
    from services.models import ServiceIndexPage

    meeting = Meeting.objects.canonical().filter(public=True).order_by("pk").first()
    event = Event.objects.canonical().order_by("pk").first()
    committee = Committee.objects.canonical().order_by("pk").first()
    location_id = meeting.location_id
    item = meeting.agenda_items.filter(public=True).first()
    a_to_z = ServiceIndexPage.objects.live().filter(locale__language_code="de").first()
    a_to_z_en = ServiceIndexPage.objects.live().filter(locale__language_code="en").first()
    lebenslage = LebenslagePage.objects.live().filter(locale__language_code="de").first()
    home = HomePage.objects.get(locale__language_code="de")
    form_page = Page.objects.live().filter(slug="sperrmuell-buchen", locale__language_code="de").first()
    return {
        # calendar pages, both languages
        "calendar-de": ("/de/kalender/", CALENDAR),
        "calendar-en": ("/en/calendar/", CALENDAR),
        "month-de": ("/de/kalender/2026/12/", CALENDAR),
        "month-en": ("/en/calendar/2026/12/", CALENDAR),
        "archive-de": ("/de/kalender/archiv/", CALENDAR),
        "archive-en": ("/en/calendar/archive/", CALENDAR),
        "subscribe-de": ("/de/kalender/abonnieren/", CALENDAR),
        "subscribe-en": ("/en/calendar/subscribe/", CALENDAR),
        "meeting-de": (f"/de/kalender/sitzungen/{meeting.pk}/", GENERIC),
        "meeting-en": (f"/en/calendar/meetings/{meeting.pk}/", GENERIC),
        "event-de": (f"/de/kalender/veranstaltungen/{event.pk}/", GENERIC),
        "event-en": (f"/en/calendar/events/{event.pk}/", GENERIC),
        "committees-de": ("/de/kalender/gremien/", GENERIC),
        "committee-en": (f"/en/calendar/committees/{committee.pk}/", GENERIC),
        # iCal
        "ics-meetings": ("/feeds/meetings.ics", FEED),
        "ics-meeting": (f"/feeds/meetings/{meeting.pk}.ics", FEED),
        "ics-committee": (f"/feeds/committees/{committee.pk}.ics", FEED),
        "ics-events": ("/feeds/events.ics", FEED),
        "ics-event": (f"/feeds/events/{event.pk}.ics", FEED),
        "ics-category": ("/feeds/categories/market.ics", FEED),
        "ics-personal": ("/feeds/calendar.ics", FEED),
        # OParl
        "oparl-system": ("/oparl/v1.1/", OPARL),
        "oparl-bodies": ("/oparl/v1.1/bodies/", OPARL),
        "oparl-body": ("/oparl/v1.1/body/1/", OPARL),
        "oparl-organizations": ("/oparl/v1.1/body/1/organizations/", OPARL),
        "oparl-meetings": ("/oparl/v1.1/body/1/meetings/", OPARL),
        "oparl-locations": ("/oparl/v1.1/body/1/locations/", OPARL),
        "oparl-agendaitems": ("/oparl/v1.1/body/1/agendaitems/", OPARL),
        "oparl-people": ("/oparl/v1.1/body/1/people/", OPARL),
        "oparl-papers": ("/oparl/v1.1/body/1/papers/", OPARL),
        "oparl-organization": (f"/oparl/v1.1/organization/{committee.pk}/", OPARL),
        "oparl-meeting": (f"/oparl/v1.1/meeting/{meeting.pk}/", OPARL),
        "oparl-agendaitem": (f"/oparl/v1.1/agendaitem/{item.pk}/", OPARL),
        "oparl-location": (f"/oparl/v1.1/location/{location_id}/", OPARL),
        # search
        "search-de": ("/de/search/", SEARCH),
        "search-en": ("/en/search/", SEARCH),
        "api-search": ("/api/search/", [*SEARCH, "lang"]),
        "api-suggest": ("/api/search/suggest/", ["q", "lang"]),
        # pages
        "a-to-z-de": (a_to_z.url, ["lebenslage", "audience", "page"]),
        "a-to-z-en": (a_to_z_en.url, ["lebenslage", "audience", "page"]),
        "lebenslage": (lebenslage.url, GENERIC),
        "home": (home.url, ["video", "page"]),
        "sitemap": ("/sitemap.xml", ["p", "page"]),
        "robots": ("/robots.txt", GENERIC),
        "form-page": (form_page.url, ["sent", "page"]),
        "booking-manage": ("/de/sperrmuell/termin/not-a-token/", ["done", "page"]),
    }


TARGET_NAMES = [
    *["calendar-de", "calendar-en", "month-de", "month-en", "archive-de", "archive-en", "subscribe-de"],
    *["subscribe-en", "meeting-de", "meeting-en", "event-de", "event-en", "committees-de", "committee-en"],
    *["ics-meetings", "ics-meeting", "ics-committee", "ics-events", "ics-event", "ics-category", "ics-personal"],
    *["oparl-system", "oparl-bodies", "oparl-body", "oparl-organizations", "oparl-meetings", "oparl-locations"],
    *["oparl-agendaitems", "oparl-people", "oparl-papers", "oparl-organization", "oparl-meeting"],
    *["oparl-agendaitem", "oparl-location", "search-de", "search-en", "api-search", "api-suggest"],
    *["a-to-z-de", "a-to-z-en", "lebenslage", "home", "sitemap", "robots", "form-page", "booking-manage"],
]

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(autouse=True)
def _no_throttle(settings):
    """The fuzzer is one client sending hundreds of searches; the throttle is tested elsewhere."""
    settings.RATELIMITS = {**settings.RATELIMITS, "search": None}


def test_targets_exist(client):
    targets = _targets()
    assert set(TARGET_NAMES) == set(targets)
    for name, (url, _names) in targets.items():
        status = client.get(url).status_code
        expected = {404} if name == "booking-manage" else {400} if name == "ics-personal" else {200}
        assert status in expected, (name, url, status)


@pytest.mark.parametrize("name", TARGET_NAMES)
def test_hostile_query_strings_never_cause_a_server_error(client, name):
    url, names = _targets()[name]

    def get(query):
        response = client.get(f"{url}?{query}")
        assert response.status_code < 500, (url, query[:300], response.status_code)

    # Every known-bad value in every parameter at once, then hypothesis's mixtures.
    for value in HOSTILE:
        get(urlencode([(param, value) for param in names]))
    get("&".join(f"{param}={raw}" for param, raw in zip(names * len(RAW), RAW, strict=False)))

    @FUZZ
    @given(query=queries(names))
    def check(query):
        get(query)

    check()


segments = st.one_of(
    st.sampled_from([v for v in HOSTILE if v.strip()]),
    st.text(min_size=1, max_size=60),
    st.integers(min_value=0).map(str),
    st.text(alphabet=st.characters(categories=["Nd", "No"]), min_size=1, max_size=25),
)
PATHS = {
    "meeting": "/de/kalender/sitzungen/{}/",
    "event": "/en/calendar/events/{}/",
    "committee": "/de/kalender/gremien/{}/",
    "month-year": "/de/kalender/{}/1/",
    "ics-meeting": "/feeds/meetings/{}.ics",
    "ics-committee": "/feeds/committees/{}.ics",
    "ics-category": "/feeds/categories/{}.ics",
    "oparl-meeting": "/oparl/v1.1/meeting/{}/",
    "oparl-body": "/oparl/v1.1/body/{}/meetings/",
    "video": "/video/youtube/{}/",
    "video-provider": "/video/{}/dQw4w9WgXcQ/",
    "booking-manage": "/de/sperrmuell/termin/{}/",
    "crew-feed": "/feeds/sperrmuell/{}.ics",
}


@pytest.mark.parametrize("name", list(PATHS))
def test_hostile_path_segments_never_cause_a_server_error(client, name):
    pattern = PATHS[name]

    def get(segment):
        url = pattern.format(quote(segment, safe=""))
        response = client.get(url)
        assert response.status_code < 500, (url[:300], response.status_code)

    for value in HOSTILE:
        if value.strip():
            get(value)

    @FUZZ
    @given(segment=segments)
    def check(segment):
        get(segment)

    check()


@pytest.mark.parametrize(
    "url",
    [
        "/de/kalender/sitzungen/99999999999999999999/",
        "/en/calendar/meetings/99999999999999999999/",
        "/de/kalender/veranstaltungen/99999999999999999999/",
        "/de/kalender/gremien/99999999999999999999/",
        # The old council addresses, which redirect to the calendar page.
        "/de/rat/sitzungen/99999999999999999999/",
        "/en/council/meetings/99999999999999999999/",
        "/de/rat/gremien/99999999999999999999/",
        "/de/kalender/99999999999999999999/1/",
        "/de/kalender/2026/99999999999999999999/",
        "/feeds/meetings/99999999999999999999.ics",
        "/feeds/committees/99999999999999999999.ics",
        "/feeds/events/99999999999999999999.ics",
        "/oparl/v1.1/body/99999999999999999999/",
        "/oparl/v1.1/meeting/99999999999999999999/",
        "/oparl/v1.1/organization/99999999999999999999/",
        "/oparl/v1.1/agendaitem/99999999999999999999/",
        "/oparl/v1.1/location/99999999999999999999/",
    ],
)
def test_huge_ids_in_paths_are_not_found(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url, status",
    [
        ("/de/kalender/?committee=%C2%B2", 200),
        ("/de/kalender/?committee=99999999999999999999", 200),
        ("/en/calendar/2026/12/?committee=%C2%B2&committee=1", 200),
        ("/de/kalender/archiv/?year=%C2%B2", 404),
        ("/de/kalender/archiv/?year=99999999999999999999", 404),
        ("/de/kalender/abonnieren/?committee=%C2%B2", 200),
        ("/feeds/calendar.ics?committee=%C2%B2", 400),
        ("/feeds/calendar.ics?committee=99999999999999999999", 400),
        ("/oparl/v1.1/body/1/meetings/?page=%C2%B2", 400),
        ("/oparl/v1.1/body/1/meetings/?page=99999999999999999999", 400),
        ("/oparl/v1.1/body/1/meetings/?modified_since=0001-01-01", 400),
        ("/oparl/v1.1/body/1/agendaitems/?modified_since=9999-12-31T23:59:59%2B14:00", 400),
        ("/de/search/?q=Perso&page=%C2%B2", 200),
        ("/api/search/?q=Perso&page=99999999999999999999", 200),
    ],
)
def test_the_seen_causes(client, url, status):
    """The inputs of the reported 500s, each with the answer it gets now."""
    assert client.get(url).status_code == status


def test_messages_are_in_the_visitors_language(client):
    german = client.get("/feeds/calendar.ics?committee=%C2%B2")
    english = client.get("/feeds/calendar.ics?committee=%C2%B2&lang=en")
    assert german.status_code == english.status_code == 400
    assert "committee" in english.content.decode()
    assert german.content != english.content
    oparl = client.get("/oparl/v1.1/body/1/meetings/?page=%C2%B2", HTTP_ACCEPT_LANGUAGE="en")
    assert oparl.status_code == 400 and "page" in oparl.json()["error"]
    valid = client.get("/oparl/v1.1/body/1/meetings/?modified_since=2026-01-01T00:00:00 01:00")
    assert valid.status_code == 200
    assert "modified_since=2026-01-01T00%3A00%3A00%2B01%3A00" in valid.json()["links"]["first"]
