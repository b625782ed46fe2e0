"""Every kind of change purges the pages that show it, in both languages, and no others.

Through the whole stack: the Django test client asks, the middleware answers, real models are
changed the way the admin changes them (publish, unpublish, move, delete, translate, save)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page

from cms.models import Alert, SiteSettings
from lebenslagen.models import LebenslageService
from services.models import Office
from tests.factories.cms import StandardPageFactory
from tests.factories.translation import translate

pytestmark = pytest.mark.django_db


def impressum(language="de"):
    german = Page.objects.get(slug="impressum", locale__language_code="de")
    return Page.objects.get(translation_key=german.translation_key, locale__language_code=language).specific


@pytest.fixture
def pages(town):
    """The town's pages a visitor reads, German and English."""
    home = town.home
    return {
        "pass_de": town.service("personalausweis").url,
        "pass_en": town.service("personalausweis", "en").url,
        "hund_de": town.service("hund").url,
        "hund_en": town.service("hund", "en").url,
        "az_de": town.service("hund").get_parent().url,
        "az_en": town.service("hund", "en").get_parent().url,
        "home_de": home.url,
        "home_en": home.get_translation(town.service("hund", "en").locale).url,
        "umzug_de": town.lebenslage("umzug").url,
        "umzug_en": town.lebenslage("umzug", "en").url,
        "todesfall_de": town.lebenslage("todesfall").url,
        "impressum_de": impressum().url,
        "impressum_en": impressum("en").url,
    }


def purged(visitor, pages):
    """The names of the pages that are rendered anew (a miss) on the next visit."""
    return {name for name, url in pages.items() if visitor.status(url) == "miss"}


def test_a_page_is_stored_once_per_language_and_served_from_then_on(visitor, pages):
    first = visitor.get(pages["pass_de"])
    assert first.status_code == 200 and first.cache_status == "miss"
    again = visitor.get(pages["pass_de"])
    assert again.cache_status == "hit" and again.content == first.content
    assert visitor.status(pages["pass_en"]) == "miss"
    assert b'lang="en"' in visitor.get(pages["pass_en"]).content


def test_publishing_a_service_purges_it_and_its_lists_in_both_languages_only(visitor, town, pages):
    visitor.warm(*pages.values())
    service = town.service("personalausweis")
    service.title = "Personalausweis neu beantragen"
    service.save_revision().publish()
    # The service (both languages), the A–Z lists, the home page (a top service) and the Lebenslage
    # that lists it; not the other services, not the legal page, not the Lebenslage without it.
    assert purged(visitor, pages) == {"pass_de", "pass_en", "az_de", "az_en", "home_de", "home_en", "umzug_de", "umzug_en"}
    assert "Personalausweis neu beantragen" in visitor.get(pages["az_de"]).content.decode()
    assert "Personalausweis neu beantragen" in visitor.get(pages["umzug_de"]).content.decode()


def test_a_draft_purges_nothing(visitor, town, pages):
    visitor.warm(*pages.values())
    service = town.service("hund")
    service.title = "Entwurf"
    service.save_revision()
    assert purged(visitor, pages) == set()


def test_unpublishing_a_service_takes_it_off_every_list(visitor, town, pages):
    visitor.warm(*pages.values())
    town.service("hund").unpublish()
    changed = purged(visitor, pages)
    assert {"hund_en", "az_de", "az_en", "umzug_de"} <= changed  # hund_de: a 404 now, never stored
    assert not changed & {"pass_de", "pass_en", "impressum_de", "impressum_en", "todesfall_de"}
    assert visitor.get(pages["hund_de"]).status_code == 404
    assert "Hund anmelden" not in visitor.get(pages["az_de"]).content.decode()


def test_deleting_a_service_purges_its_lists(visitor, town, pages):
    visitor.warm(*pages.values())
    town.service("fundsachen").delete()
    changed = purged(visitor, pages)
    assert {"az_de", "az_en"} <= changed
    assert not changed & {"pass_de", "hund_de", "impressum_de", "todesfall_de"}
    assert "Fundsachen" not in visitor.get(pages["az_de"]).content.decode()


def test_moving_a_page_purges_its_old_and_new_address_and_its_subtree(visitor, town, pages):
    home = town.home
    parent = StandardPageFactory(parent=home, title="Rechtliches", slug="rechtliches")
    child = StandardPageFactory(parent=parent, title="Unterseite", slug="unterseite")
    legal = impressum()
    old_child_url = child.url
    visitor.warm(old_child_url, parent.url, *pages.values())
    parent.move(legal, pos="last-child")
    new_child_url = Page.objects.get(pk=child.pk).url
    assert new_child_url != old_child_url
    old = visitor.get(old_child_url)  # Wagtail's redirect from the old address, never a stale copy
    assert old.status_code in (301, 302, 404) and old["X-Cache"] == "bypass"
    response = visitor.get(new_child_url)
    assert response.cache_status == "miss" and "Impressum" in response.content.decode()  # breadcrumbs
    changed = purged(visitor, pages)
    assert not changed & {"pass_de", "hund_de", "az_de", "todesfall_de"}


def test_translating_a_page_purges_the_source_language_switcher(visitor, town):
    page = StandardPageFactory(parent=town.home, title="Neue Seite", slug="neue-seite")
    visitor.warm(page.url)
    assert "untranslated=1" in visitor.get(page.url).content.decode()
    english = translate(page, {"Neue Seite": "New page"})
    response = visitor.get(page.url)
    assert response.cache_status == "miss"
    assert english.url in response.content.decode()


def test_an_office_change_purges_the_pages_that_show_it_in_both_languages(visitor, town, pages):
    visitor.warm(*pages.values())
    office = town.office
    office.phone = "+49 1234 999999"
    office.save()
    changed = purged(visitor, pages)
    # Every service of the town names the office; the legal pages and Lebenslagen do not.
    assert {"pass_de", "pass_en", "hund_de", "hund_en"} <= changed
    assert not changed & {"impressum_de", "impressum_en", "todesfall_de", "umzug_de"}
    assert "999999" in visitor.get(pages["pass_en"]).content.decode()


def test_an_office_s_english_version_purges_the_german_pages_too(visitor, town, pages):
    visitor.warm(pages["pass_de"], pages["pass_en"])
    english = Office.objects.get(translation_key=town.office.translation_key, locale__language_code="en")
    english.name = "Citizens' office (new)"
    english.save()
    assert visitor.status(pages["pass_en"]) == "miss"
    assert visitor.status(pages["pass_de"]) == "miss"


def test_an_alert_purges_every_page_in_both_languages_and_its_removal_too(visitor, town, pages):
    visitor.warm(*pages.values())
    alert = Alert.objects.create(
        locale=town.home.locale, title="Sturmwarnung", text="Das Rathaus bleibt geschlossen.", starts_at=timezone.now()
    )
    assert purged(visitor, pages) == set(pages)
    assert "Sturmwarnung" in visitor.get(pages["hund_en"]).content.decode()  # untranslated: shown in German
    visitor.warm(*pages.values())
    alert.delete()
    assert purged(visitor, pages) == set(pages)
    assert "Sturmwarnung" not in visitor.get(pages["hund_de"]).content.decode()


def test_site_settings_purge_every_page(visitor, town, pages):
    visitor.warm(*pages.values())
    settings, _created = SiteSettings.objects.get_or_create(site=town.home.get_site())
    settings.phone = "+49 1234 4242"
    settings.save()
    assert purged(visitor, pages) == set(pages)
    assert "4242" in visitor.get(pages["impressum_en"]).content.decode()


def test_putting_a_page_in_the_menu_purges_every_page_of_its_language(visitor, town, pages):
    visitor.warm(*pages.values())
    page = impressum().specific
    page.show_in_menus = True
    page.save_revision().publish()
    changed = purged(visitor, pages)
    assert {name for name in pages if name.endswith("_de")} <= changed
    assert '<a href="/de/impressum/"' in visitor.get(pages["hund_de"]).content.decode()


def test_a_lebenslage_that_starts_listing_a_service_purges_the_service_page(visitor, town, pages):
    visitor.warm(*pages.values())
    todesfall = town.lebenslage("todesfall")
    todesfall.service_links.add(LebenslageService(service=town.service("fundsachen")))
    todesfall.save_revision().publish()
    fundsachen = town.service("fundsachen").url
    changed = purged(visitor, pages)
    assert "todesfall_de" in changed and not changed & {"impressum_de", "impressum_en"}
    assert "Todesfall" in visitor.get(fundsachen).content.decode()


def test_nothing_else_is_purged_by_a_standard_page(visitor, town, pages):
    visitor.warm(*pages.values())
    page = impressum().specific
    page.intro = "Neue Angaben."
    page.save_revision().publish()
    assert purged(visitor, pages) == {"impressum_de", "impressum_en"}


def test_an_alert_that_ended_already_is_a_change_too(visitor, town, pages):
    Alert.objects.create(
        locale=town.home.locale,
        title="Vorbei",
        text="Schon vorbei.",
        starts_at=timezone.now() - timedelta(days=2),
        ends_at=timezone.now() - timedelta(days=1),
    )
    visitor.warm(pages["hund_de"])
    assert "Vorbei" not in visitor.get(pages["hund_de"]).content.decode()
