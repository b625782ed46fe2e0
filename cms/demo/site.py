"""The skeleton every installation needs: both locales, a German home page as the site root
and its English translation."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from cms.demo.translate import page_strings, translate


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def ensure_home(title="Stadt Lindenfeld", hostname="localhost", port=80, **fields):
    """Return the German HomePage that is the default site's root, creating it (and removing
    Wagtail's placeholder welcome page) when needed."""
    from home.models import HomePage

    locales = ensure_locales()
    home = HomePage.objects.filter(locale=locales[settings.LANGUAGE_CODE]).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's own migration leaves a plain "Welcome" page as site root; it is replaced.
        for placeholder in root.get_children().exact_type(Page):
            Site.objects.filter(root_page=placeholder).delete()
            placeholder.delete()
        root.refresh_from_db()
        home = root.add_child(
            instance=HomePage(title=title, slug="start", locale=locales[settings.LANGUAGE_CODE], **fields)
        )
        home.save_revision().publish()
    else:
        changed = False
        for name, value in {"title": title, **fields}.items():
            if getattr(home, name) != value:
                setattr(home, name, value)
                changed = True
        if changed:
            home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True, site_name=title)
    elif site.root_page_id != home.id:
        site.root_page = home
        site.save()
    return home


def translate_home(home, strings):
    strings = {**page_strings(home, strings[home.title], "home"), **strings}
    return translate(home, strings)
