"""The skeleton every page test needs: German and English locales, a German home page as the root of the
default site (Wagtail's placeholder page removed) and, for `bilingual_site`, its English translation."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from tests.factories.cms import SiteSettingsFactory
from tests.factories.home import HomePageFactory
from tests.factories.translation import translate

HOME_STRINGS = {
    "Stadt Musterstadt": "Town of Musterstadt",
    "start": "home",
    "Willkommen in Musterstadt": "Welcome to Musterstadt",
    "Was möchten Sie erledigen?": "What would you like to do?",
}


def locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def german_home(**fields):
    """A German HomePage that is the default site's root."""
    german = locales()[settings.LANGUAGE_CODE]
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=german))
    for placeholder in root.get_children().exact_type(Page):
        Site.objects.filter(root_page=placeholder).delete()
        placeholder.delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root, locale=german, **fields)
    site = Site.objects.filter(is_default_site=True).first() or Site(hostname="localhost", is_default_site=True)
    site.root_page, site.port, site.site_name = home, 80, home.title
    site.save()
    SiteSettingsFactory(site=site, site_name=home.title)
    return home


def bilingual_site(**fields):
    """The German home page and its English translation (a wagtail-localize translation)."""
    home = german_home(**fields)
    return home, translate(home, HOME_STRINGS)
