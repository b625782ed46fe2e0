"""The calendar as a Wagtail page: its routable sub-pages, the old addresses that redirect to them,
and its place in the menu, the breadcrumbs, the sitemap and the language switcher."""

import re

import pytest
from django.test import Client
from wagtail.models import Locale

from council.models import CouncilCalendarPage, Event
from home.models import HomePage
from tests.council.helpers import committee, meeting
from tests.pagetests import PageTestCase

pytestmark = pytest.mark.django_db


def calendar(language_code):
    return CouncilCalendarPage.objects.get(locale__language_code=language_code)


@pytest.fixture
def building():
    return committee("Bauausschuss Test", "Building committee test")


def test_the_english_calendar_is_the_translation_of_the_german_one():
    german, english = calendar("de"), calendar("en")
    assert english.translation_key == german.translation_key
    assert english.get_parent().pk == german.get_parent().get_translation(Locale.objects.get(language_code="en")).pk
    assert (german.url, english.url) == ("/de/kalender/", "/en/calendar/")
    assert german.show_in_menus and english.show_in_menus


class CalendarPageTests(PageTestCase):
    def test_tree(self):
        self.assertAllowedParentPageTypes(CouncilCalendarPage, {HomePage})
        self.assertAllowedSubpageTypes(CouncilCalendarPage, {})
        self.assertCanCreateAt(HomePage, CouncilCalendarPage)
        self.assertFalse(CouncilCalendarPage.can_create_at(calendar("de").get_parent()), "one per home page")

    def test_every_sub_page_routes_and_renders(self):
        # Wagtail's assertPageIsRoutable does not know the /de/ and /en/ prefixes (tests/cms/test_pages.py),
        # so routing is checked through a real request to each sub-page's address.
        item = meeting([committee()])
        committee_pk, event = item.committees.get().pk, Event.objects.canonical().first()
        for language_code, routes in {
            "de": [
                "",
                "2026/11/",
                "archiv/",
                "abonnieren/",
                "gremien/",
                f"gremien/{committee_pk}/",
                f"sitzungen/{item.pk}/",
            ],
            "en": [
                "",
                "2026/11/",
                "archive/",
                "subscribe/",
                "committees/",
                f"events/{event.pk}/",
                f"meetings/{item.pk}/",
            ],
        }.items():
            page = calendar(language_code)
            for route in routes:
                with self.subTest(page=page.url, route=route):
                    self.assertPageIsRenderable(page, route or "/")
                    response = self.client.get(page.url + route)
                    self.assertEqual(response.status_code, 200)
                    self.assertEqual(response.context["page"].pk, page.pk)

    def test_sub_pages_are_spelled_in_the_page_language(self):
        german, english = calendar("de"), calendar("en")
        self.assertEqual(german.resolve_subpage("/archiv/").url_name, "archive")
        self.assertEqual(english.resolve_subpage("/archive/").url_name, "archive")
        self.assertEqual(self.client.get("/de/kalender/archive/").status_code, 404)
        self.assertEqual(english.reverse_subpage("meeting", args=[7]), "meetings/7/")
        self.assertEqual(german.reverse_subpage("meeting", args=[7]), "sitzungen/7/")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/de/rat/sitzungen/{meeting}/", "/de/kalender/sitzungen/{meeting}/"),
        ("/en/council/meetings/{meeting}/", "/en/calendar/meetings/{meeting}/"),
        ("/de/rat/gremien/", "/de/kalender/gremien/"),
        ("/en/council/committees/", "/en/calendar/committees/"),
        ("/de/rat/gremien/{committee}/", "/de/kalender/gremien/{committee}/"),
        ("/en/council/committees/{committee}/", "/en/calendar/committees/{committee}/"),
    ],
)
def test_old_addresses_redirect_permanently(client, building, old, new):
    item = meeting([building])
    ids = {"meeting": item.pk, "committee": building.pk}
    response = client.get(old.format(**ids))
    assert response.status_code == 301
    assert response["Location"] == new.format(**ids)
    assert client.get(response["Location"]).status_code == 200


def test_old_addresses_keep_the_query_and_the_calendar_kept_its_own(client, building):
    response = client.get("/en/council/committees/?x=1")
    assert response.status_code == 301 and response["Location"] == "/en/calendar/committees/?x=1"
    closed = meeting([building], public=False)
    for url in (f"/de/rat/sitzungen/{closed.pk}/", "/en/council/meetings/99999999999999999999/", "/de/rat/gremien/0/"):
        assert client.get(url).status_code == 404, url
    for url in ("/de/kalender/", "/en/calendar/2026/11/", "/de/kalender/archiv/", "/en/calendar/subscribe/"):
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize(
    ("home", "url", "title"), [("/de/", "/de/kalender/", "Kalender"), ("/en/", "/en/calendar/", "Calendar")]
)
def test_calendar_is_in_the_main_menu(client, home, url, title):
    body = client.get(home).content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', body, re.S)[0]
    assert f'<a href="{url}">{title}</a>' in nav
    assert body.count(f'href="{url}"') >= 1
    # On the calendar and on its sub-pages the menu marks it as the current section.
    sub_page = client.get(url + ("gremien/" if url.startswith("/de/") else "committees/")).content.decode()
    assert f'<a href="{url}" aria-current="page">{title}</a>' in sub_page


@pytest.mark.parametrize("language_code", ["de", "en"])
def test_sub_pages_have_the_site_breadcrumbs(client, building, language_code):
    item = meeting([building])
    page = calendar(language_code)
    body = client.get(page.url + page.reverse_subpage("meeting", args=[item.pk])).content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', body, re.S)[0]
    home = page.get_parent()
    assert f'<a href="{home.url}">{home.title}</a>' in crumbs
    assert page.title in crumbs


def test_sub_pages_have_their_own_breadcrumb_and_hreflang_links(client, building):
    item = meeting([building])
    body = client.get(f"/de/kalender/sitzungen/{item.pk}/").content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', body, re.S)[0]
    page = calendar("de")
    # The calendar is a link, the meeting is where the visitor is.
    assert f'<a href="{page.url}">{page.title}</a>' in crumbs
    assert (
        re.search(r'<span aria-current="page">[^<]+</span>', crumbs)[0]
        != f'<span aria-current="page">{page.title}</span>'
    )
    links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', body))
    assert links["en"].endswith(f"/en/calendar/meetings/{item.pk}/")
    assert links["de"].endswith(f"/de/kalender/sitzungen/{item.pk}/")
    assert links["x-default"] == links["de"]


def test_sitemap_lists_the_calendar_and_its_public_sub_pages_in_both_languages(client, building):
    item = meeting([building])
    closed = meeting([building], title="Geschlossene Sitzung", title_en="Closed meeting", public=False)
    event = Event.objects.canonical().first()
    body = client.get("/sitemap.xml").content.decode()
    for path in (
        "/de/kalender/",
        "/en/calendar/",
        f"/de/kalender/sitzungen/{item.pk}/",
        f"/en/calendar/meetings/{item.pk}/",
        f"/de/kalender/veranstaltungen/{event.pk}/",
        f"/en/calendar/events/{event.pk}/",
        "/de/kalender/gremien/",
        f"/en/calendar/committees/{building.pk}/",
    ):
        assert re.search(rf"<loc>https?://[^<]+{re.escape(path)}</loc>", body), path
    assert f"sitzungen/{closed.pk}/" not in body and f"meetings/{closed.pk}/" not in body
    assert re.search(rf'hreflang="en"\s+href="https?://[^"]+/en/calendar/meetings/{item.pk}/"', body)


def test_language_switcher_on_a_meeting_leads_to_the_same_meeting(client, building):
    item = meeting([building])
    german = client.get(f"/de/kalender/sitzungen/{item.pk}/").content.decode()
    assert re.search(rf'<a href="/en/calendar/meetings/{item.pk}/" hreflang="en"[^>]*data-translated="true"', german)
    english = client.get(f"/en/calendar/meetings/{item.pk}/").content.decode()
    assert re.search(rf'<a href="/de/kalender/sitzungen/{item.pk}/" hreflang="de"[^>]*data-translated="true"', english)
    month = Client().get("/de/kalender/2026/11/?show=events").content.decode()
    assert 'href="/en/calendar/2026/11/?show=events" hreflang="en"' in month
    assert (
        'href="/de/kalender/?show=meetings" hreflang="de"'
        in Client().get("/en/calendar/?show=meetings").content.decode()
    )
