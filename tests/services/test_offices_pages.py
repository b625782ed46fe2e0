"""Each office has a page of its own in both languages (a sub-page of the office directory), the
directory lists them all, and the office's address is the one used by service pages, the search,
the sitemap, hreflang links and schema.org data."""

import importlib
import json
from datetime import date
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core.exceptions import ValidationError
from freezegun import freeze_time
from wagtail.models import Locale

from home.models import HomePage
from search.engine import search
from search.views import hit_url
from services.models import Office, OfficeDirectoryPage
from tests.factories.services import OfficeDirectoryPageFactory, OfficeFactory, ServicePageFactory
from tests.factories.translation import translate

pytestmark = pytest.mark.django_db

DE, EN = "/de/aemter/", "/en/offices/"
OFFICE_DE, OFFICE_EN = DE + "buergerbuero/", EN + "citizens-office/"
DIRECTORY_STRINGS = {
    "Ämter und Einrichtungen": "Offices",
    "aemter": "offices",
    "Alle Ämter mit Adresse und Öffnungszeiten.": "All offices with address and opening hours.",
}
# The town's office: Monday 08:00–12:30 and 14:00–16:00, Thursday 08:00–18:00, Saturday 09:00–12:00.
MONDAY = "2026-11-23"
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}  # a Monday in winter (UTC+1)


def english(obj):
    return obj.get_translation(Locale.objects.get(language_code="en"))


@pytest.fixture
def office(town):
    """The town's Bürgerbüro with everything an office page shows, and its English translation
    with an English address."""
    german = town.office
    german.accessibility = "Stufenloser Zugang über den Haupteingang, Aufzug, barrierefreies WC."
    german.map_url = "https://www.openstreetmap.org/?mlat=51.45&mlon=7.01#map=18/51.45/7.01"
    german.website = "https://buergerbuero.musterstadt.example/"
    german.save()  # the synchronised fields (map, website) reach the translation
    translated = english(german)
    translated.slug = "citizens-office"
    translated.accessibility = "Step-free access through the main entrance, lift, accessible toilet."
    translated.save()
    return german


@pytest.fixture
def directory(town, office):
    page = OfficeDirectoryPageFactory(parent=town.home)
    translate(page, DIRECTORY_STRINGS)
    return page


def get(client, url, moment=None, **kwargs):
    if moment is None:
        return client.get(url, **kwargs)
    with freeze_time(moment):
        return client.get(url, **kwargs)


def html(client, url, moment=None):
    response = get(client, url, moment)
    assert response.status_code == 200, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def text(soup):
    return " ".join(soup.get_text(" ").split())


def json_ld(soup):
    return [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]


def state_text(soup):
    return " ".join(soup.select_one("main .office__state").get_text(" ").split())


# --- the office's page ----------------------------------------------------------------------------


def test_office_page_in_german(client, town, directory):
    soup = html(client, OFFICE_DE)
    main = text(soup.main)
    assert soup.h1.get_text(strip=True) == "Bürgerbüro"
    assert "Fachbereich Bürgerdienste" in main
    assert soup.select_one("main address").get_text(" ", strip=True) == "Rathausplatz 1 12345 Musterstadt"
    assert "Stufenloser Zugang über den Haupteingang" in main
    hours = {row.th.get_text(strip=True): row.td.get_text(strip=True) for row in soup.select("table.office-hours tr")}
    assert hours["Montag"] == "08:00–12:30, 14:00–16:00"
    assert hours["Donnerstag"] == "08:00–18:00"
    assert hours["Sonntag"] == "geschlossen"
    links = {a["href"] for a in soup.main.find_all("a")}
    assert "tel:+4912345678-100" in links and f"mailto:{town.office.email}" in links
    assert "https://buergerbuero.musterstadt.example/" in links
    map_link = soup.main.find("a", href=town.office.map_url)
    assert map_link is not None and "Karte" in map_link.get_text()
    assert not soup.find("iframe")  # the map is linked, nothing is loaded from the map's host
    crumbs = [a.get_text(strip=True) for a in soup.select(".breadcrumbs a")]
    assert crumbs[-1] == "Ämter und Einrichtungen"
    assert soup.select_one(".breadcrumbs [aria-current=page]").get_text(strip=True) == "Bürgerbüro"
    assert soup.title.get_text().startswith("Bürgerbüro – Ämter und Einrichtungen")


def test_office_page_in_english(client, town, directory):
    soup = html(client, OFFICE_EN)
    main = text(soup.main)
    assert soup.h1.get_text(strip=True) == "Citizens' Office"
    assert "Citizens' Services Department" in main
    assert "Step-free access through the main entrance" in main
    assert "Stufenlos" not in main
    hours = {row.th.get_text(strip=True): row.td.get_text(strip=True) for row in soup.select("table.office-hours tr")}
    assert set(hours) == {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    assert hours["Sunday"] == "closed"
    assert soup.main.find("a", href=town.office.map_url) is not None
    assert [a.get_text(strip=True) for a in soup.select(".breadcrumbs a")][-1] == "Offices"


def test_the_office_lists_the_live_services_it_handles_in_its_language(client, town, directory):
    other_office = OfficeFactory(name="Standesamt")
    index = town.service("hund").get_parent()
    ServicePageFactory(parent=index, title="Geburt beurkunden", offices=[other_office])
    ServicePageFactory(parent=index, title="Entwurf einer Leistung", offices=[town.office], publish=False)
    german = [a.get_text(strip=True) for a in html(client, OFFICE_DE).select(".service__aside li a")]
    assert german == ["Fundsachen", "Gewerbe anmelden", "Hund anmelden", "Personalausweis beantragen", "Wohnsitz anmelden"]
    english_titles = [a.get_text(strip=True) for a in html(client, OFFICE_EN).select(".service__aside li a")]
    assert "Applying for an identity card" in english_titles and "Registering a dog" in english_titles
    assert "Personalausweis beantragen" not in english_titles and len(english_titles) == 5
    hrefs = [a["href"] for a in html(client, OFFICE_EN).select(".service__aside li a")]
    assert town.service("personalausweis", "en").url in hrefs


# --- open now, at fixed times, in the site's time zone ---------------------------------------------


@pytest.mark.parametrize(
    "moment, german, english, opens_at",
    [
        # Monday morning: open until the lunch break.
        (f"{MONDAY} 09:00:00+01:00", "Jetzt geöffnet – schließt um 12:30", "Open now – closes at", None),
        # Over lunch: opens again the same day.
        (f"{MONDAY} 13:00:00+01:00", "öffnet heute um 14:00", "opens today at", "2026-11-23T14:00:00+01:00"),
        # Sunday 23:30 in Musterstadt (22:30 UTC): Monday is tomorrow.
        ("2026-11-22 22:30:00+00:00", "öffnet morgen um 08:00", "opens tomorrow at", "2026-11-23T08:00:00+01:00"),
        # Monday 00:30 in Musterstadt is still Sunday in UTC: the office opens today, not tomorrow.
        ("2026-11-22 23:30:00+00:00", "öffnet heute um 08:00", "opens today at", "2026-11-23T08:00:00+01:00"),
        # Monday 23:30: the next opening is Thursday.
        (f"{MONDAY} 23:30:00+01:00", "öffnet Donnerstag, 26. November, um 08:00", "opens Thursday", None),
    ],
)
def test_open_now_at_fixed_times_in_both_languages(client, directory, moment, german, english, opens_at):
    german_state = state_text(html(client, OFFICE_DE, moment))
    english_soup = html(client, OFFICE_EN, moment)
    assert german in german_state
    assert english in state_text(english_soup)
    if opens_at:
        assert english_soup.select_one("main .office__state time")["datetime"] == opens_at
    if "geöffnet" in german:
        assert "Open now" in state_text(english_soup)
    else:
        assert "Jetzt geschlossen" in german_state and "Closed now" in state_text(english_soup)


def test_closed_on_a_closure_day_with_its_reason_even_after_midnight(client, town, directory):
    office = town.office
    office.closures = [("closure", {"start": date(2026, 11, 23), "end": date(2026, 11, 23), "reason": "Betriebsausflug"})]
    office.save()
    translated = english(office)
    translated.closures = [
        ("closure", {"start": date(2026, 11, 23), "end": date(2026, 11, 23), "reason": "Staff outing"})
    ]
    translated.save()
    for moment in (f"{MONDAY} 09:00:00+01:00", "2026-11-22 23:30:00+00:00"):  # Monday 09:00 and 00:30
        german = html(client, OFFICE_DE, moment)
        state = state_text(german)
        assert "Jetzt geschlossen (Betriebsausflug)" in state
        assert "öffnet Donnerstag, 26. November, um 08:00" in state and "heute" not in state
        assert "Betriebsausflug" in text(german.select_one(".office-closures"))
        english_state = state_text(html(client, OFFICE_EN, moment))
        assert "Closed now (Staff outing)" in english_state and "today" not in english_state
    # The evening before, the closure is not yet today: closed, and the next opening skips Monday.
    state = state_text(html(client, OFFICE_DE, "2026-11-22 20:00:00+01:00"))
    assert "Betriebsausflug" not in state and "öffnet Donnerstag" in state


# --- schema.org ---------------------------------------------------------------------------------------


def test_government_office_json_ld_in_both_languages(client, town, directory):
    office = town.office
    office.closures = [("closure", {"start": date(2026, 12, 24), "end": date(2026, 12, 31), "reason": "Jahresende"})]
    office.save()
    with freeze_time(f"{MONDAY} 10:00:00+01:00"):
        german = json_ld(html(client, OFFICE_DE))
        english_data = json_ld(html(client, OFFICE_EN))
    assert len(german) == 1
    data = german[0]
    assert data["@context"] == "https://schema.org" and data["@type"] == "GovernmentOffice"
    assert data["name"] == "Bürgerbüro"
    assert data["url"] == "http://localhost" + OFFICE_DE
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Rathausplatz 1",
        "postalCode": "12345",
        "addressLocality": "Musterstadt",
        "addressCountry": "DE",
    }
    assert data["telephone"] == "+49 1234 5678-100" and data["email"] == office.email
    assert data["hasMap"] == office.map_url
    hours = [spec for spec in data["openingHoursSpecification"] if "dayOfWeek" in spec]
    assert {"@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/Monday", "opens": "08:00", "closes": "12:30"} in hours
    assert [(h["dayOfWeek"].rsplit("/", 1)[1], h["opens"], h["closes"]) for h in hours] == [
        ("Monday", "08:00", "12:30"),
        ("Monday", "14:00", "16:00"),
        ("Thursday", "08:00", "18:00"),
        ("Saturday", "09:00", "12:00"),
    ]
    closed = [spec for spec in data["openingHoursSpecification"] if "validFrom" in spec]
    assert closed == [
        {
            "@type": "OpeningHoursSpecification",
            "opens": "00:00",
            "closes": "00:00",
            "validFrom": "2026-12-24",
            "validThrough": "2026-12-31",
            "description": "Jahresende",
        }
    ]
    assert english_data[0]["name"] == "Citizens' Office"
    assert english_data[0]["url"] == "http://localhost" + OFFICE_EN
    assert english_data[0]["openingHoursSpecification"][:4] == data["openingHoursSpecification"][:4]


def test_the_service_json_ld_names_the_office_page(client, town, directory):
    data = json_ld(html(client, town.service("hund").url))[0]
    assert data["provider"]["url"] == "http://localhost" + OFFICE_DE


# --- the directory ------------------------------------------------------------------------------------


def test_directory_lists_every_office_a_to_z_with_address_and_state(client, town, directory):
    OfficeFactory(name="Ordnungsamt", street="Markt 3")
    OfficeFactory(name="Abfallberatung", street="Hafenstraße 60", opening_hours=[])
    with freeze_time(f"{MONDAY} 09:00:00+01:00"):
        soup = html(client, DE)
        english_soup = html(client, EN)
    items = soup.select(".office-directory__item")
    assert [item.h2.get_text(strip=True) for item in items] == ["Abfallberatung", "Bürgerbüro", "Ordnungsamt"]
    by_name = {item.h2.get_text(strip=True): item for item in items}
    assert by_name["Bürgerbüro"].h2.a["href"] == OFFICE_DE
    assert "Rathausplatz 1, 12345 Musterstadt" in text(by_name["Bürgerbüro"])
    assert "Jetzt geöffnet" in text(by_name["Bürgerbüro"]) and "Jetzt geschlossen" in text(by_name["Abfallberatung"])
    assert soup.select_one(".result-count").get_text(strip=True) == "3 Dienststellen"
    assert english_soup.select_one(".result-count").get_text(strip=True) == "3 offices"
    # English: the translated office, and the untranslated ones in German, marked as German.
    english_items = {item.h2.get_text(strip=True): item for item in english_soup.select(".office-directory__item")}
    assert list(english_items) == ["Abfallberatung", "Citizens' Office", "Ordnungsamt"]
    assert english_items["Citizens' Office"].h2.a["href"] == OFFICE_EN
    assert "Open now" in text(english_items["Citizens' Office"])
    assert english_items["Ordnungsamt"].h2["lang"] == "de"
    assert not english_items["Citizens' Office"].h2.has_attr("lang")


def test_directory_is_one_per_home_page_and_found_from_the_service_index(client, town, directory):
    assert not OfficeDirectoryPage.can_create_at(town.home)
    assert OfficeDirectoryPage.can_create_at(HomePage.objects.get(locale__language_code="en")) is False
    assert OfficeDirectoryPage.parent_page_types == ["home.HomePage"] and OfficeDirectoryPage.subpage_types == []
    german_index = html(client, town.service("hund").get_parent().url)
    assert german_index.select_one(".service-index__offices a")["href"] == DE
    english_index = html(client, town.service("hund", "en").get_parent().url)
    assert english_index.select_one(".service-index__offices a")["href"] == EN


# --- every link to an office leads to its page --------------------------------------------------------


def test_service_pages_link_their_responsible_office(client, town, directory):
    german = html(client, town.service("personalausweis").url)
    assert german.select_one(".service__aside .office__name a")["href"] == OFFICE_DE
    english_soup = html(client, town.service("personalausweis", "en").url)
    link = english_soup.select_one(".service__aside .office__name a")
    assert link["href"] == OFFICE_EN and link.get_text(strip=True) == "Citizens' Office"


def test_office_search_hit_links_to_the_office_page(town, directory):
    german = [hit for hit in search("Bürgerbüro", "de").hits if hit.kind == "office"]
    assert german and hit_url(german[0]) == OFFICE_DE
    english_hits = [hit for hit in search("Citizens Office", "en").hits if hit.kind == "office"]
    assert english_hits and hit_url(english_hits[0]) == OFFICE_EN


def test_office_url_is_empty_without_a_directory_and_follows_a_new_one(town, office):
    assert town.office.url == ""
    page = OfficeDirectoryPageFactory(parent=town.home)
    assert Office.objects.get(pk=town.office.pk).url == OFFICE_DE  # the cached "no directory" is forgotten
    page.unpublish()
    assert Office.objects.get(pk=town.office.pk).url == ""


# --- languages: hreflang, the switcher, an address of the other language --------------------------------


def test_hreflang_and_language_switcher_point_at_the_same_office(client, directory):
    for url in (OFFICE_DE, OFFICE_EN):
        soup = html(client, url)
        alternates = {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate")}
        assert alternates == {
            "de": "http://localhost" + OFFICE_DE,
            "en": "http://localhost" + OFFICE_EN,
            "x-default": "http://localhost" + OFFICE_DE,
        }
        assert soup.find("link", rel="canonical")["href"] == "http://localhost" + url
        other, other_url = ("en", OFFICE_EN) if url == OFFICE_DE else ("de", OFFICE_DE)
        switcher = {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a[hreflang]")}
        assert switcher == {other: other_url}


def test_an_address_of_the_other_language_redirects_to_the_translation(client, directory):
    response = client.get(EN + "buergerbuero/")
    assert response.status_code == 301 and response["Location"] == OFFICE_EN
    response = client.get(DE + "citizens-office/")
    assert response.status_code == 301 and response["Location"] == OFFICE_DE


# --- bad addresses --------------------------------------------------------------------------------------


def test_unknown_office_is_not_found_in_both_languages(client, directory):
    for url in (DE + "gibt-es-nicht/", EN + "no-such-office/", OFFICE_DE + "mehr/"):
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize(
    "tail",
    [
        "%00/",
        "buerger%00buero/",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E/",
        "b%C3%BCrgerb%C3%BCro/",
        "..%2F..%2Fetc%2Fpasswd/",
        "a" * 5000 + "/",
        "BUERGERBUERO/",
        "buergerbuero'%20OR%20'1'='1/",
        "%F0%9F%98%80/",
        "%ff%fe/",
    ],
)
def test_hostile_office_addresses_are_not_found_never_an_error(client, directory, tail):
    for base in (DE, EN):
        response = client.get(base + tail)
        assert response.status_code == 404, (base + tail[:40], response.status_code)


# --- sitemap ----------------------------------------------------------------------------------------


def test_sitemap_lists_every_office_with_its_translation(client, directory):
    OfficeFactory(name="Ordnungsamt")
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    entries = {url.find("s:loc", SITEMAP).text: url for url in root.findall("s:url", SITEMAP)}
    assert "http://localhost" + DE in entries and "http://localhost" + EN in entries
    assert "http://localhost/de/aemter/ordnungsamt/" in entries
    assert "http://localhost" + OFFICE_EN in entries
    for location in ("http://localhost" + OFFICE_DE, "http://localhost" + OFFICE_EN):
        alternates = {link.get("hreflang"): link.get("href") for link in entries[location].findall("x:link", SITEMAP)}
        assert alternates == {"de": "http://localhost" + OFFICE_DE, "en": "http://localhost" + OFFICE_EN}


# --- the address itself -----------------------------------------------------------------------------------


def test_slug_is_made_from_the_name_and_unique_per_language(town):
    first = OfficeFactory(name="Straßenverkehrsamt – Zulassungsstelle")
    second = OfficeFactory(name="Straßenverkehrsamt – Zulassungsstelle")
    assert first.slug == "strassenverkehrsamt-zulassungsstelle"
    assert second.slug == "strassenverkehrsamt-zulassungsstelle-2"
    typed = OfficeFactory(name="Steueramt", slug="Steuer Amt!")
    assert typed.slug == "steuer-amt"
    in_english = OfficeFactory(name="Tax office", slug="steuer-amt", locale=Locale.objects.get(language_code="en"))
    assert in_english.slug == "steuer-amt"  # unique per language, not across languages
    duplicate = Office(locale=first.locale, name="Anderes Amt", slug=first.slug, street="x", postcode="12345", city="y")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "slug" in error.value.error_dict


def test_migration_fills_a_unique_slug_for_existing_offices(town):
    """Rows from before the slug existed get one from their name (in their language), unique there."""
    german, translated = town.office, english(town.office)
    other = OfficeFactory(name="Bürgerbüro")  # buergerbuero-2
    Office.objects.filter(pk__in=[german.pk, translated.pk]).update(slug="")
    Office.objects.filter(pk=other.pk).update(slug="buergerbuero")
    migration = importlib.import_module("services.migrations.0004_offices_pages")
    migration.fill_slugs(apps, None)
    assert Office.objects.get(pk=german.pk).slug == "buergerbuero-2"
    assert Office.objects.get(pk=translated.pk).slug == "citizens-office"
    assert Office.objects.get(pk=other.pk).slug == "buergerbuero"
