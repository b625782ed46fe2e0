"""Language links: the switcher, hreflang alternates and sitemap alternates all come from here."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    translated: bool  # False: the page has no live translation; url leads to that language's home page


def _language_names():
    return dict(settings.LANGUAGES)


def _live_translations(page):
    """{language_code: page} for every live, public version of this page, itself included. Looked up
    once per page object: the switcher, the hreflang links and the sitemap entry all ask."""
    cached = getattr(page, "_live_translations_cache", None)
    if cached is not None:
        return cached
    found = {}
    for translated in (
        Page.objects.filter(translation_key=page.translation_key).live().public().select_related("locale")
    ):
        found[translated.locale.language_code] = translated
    page._live_translations_cache = found
    return found


def _home_in(language_code, request):
    site = Site.find_for_request(request) if request else None
    site = site or Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if site is None:
        return None
    root = site.root_page
    try:
        locale = Locale.objects.get(language_code=language_code)
    except Locale.DoesNotExist:
        return None
    return root.get_translation_or_none(locale)


def translation_links(page, request):
    current = translation.get_language()
    names = _language_names()
    pages = _live_translations(page)
    links = []
    for code, _name in settings.LANGUAGES:
        target = pages.get(code)
        translated = target is not None
        if target is None:
            target = _home_in(code, request)
        url = target.get_url(request) if target is not None else f"/{code}/"
        if not translated:
            url += "?untranslated=1"
        links.append(LanguageLink(code, names[code], url, code == current, translated))
    return links


def view_translation_links(request):
    """For views that are not pages (search, 404): the same path under the other language prefix."""
    current = translation.get_language()
    names = _language_names()
    path = request.get_full_path()
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        translated = url != path or code == current
        if not translated:
            url = f"/{code}/"
        links.append(LanguageLink(code, names[code], url, code == current, translated))
    return links


def hreflang_alternates(page, request):
    """[(hreflang, absolute url)] for every live translation, plus x-default (German)."""
    pages = _live_translations(page)
    alternates = [(code, pages[code].get_full_url(request)) for code, _n in settings.LANGUAGES if code in pages]
    if settings.LANGUAGE_CODE in pages:
        alternates.append(("x-default", pages[settings.LANGUAGE_CODE].get_full_url(request)))
    return alternates


def sitemap_alternates(page, request):
    pages = _live_translations(page)
    return [
        {"lang_code": code, "location": pages[code].get_full_url(request)}
        for code, _n in settings.LANGUAGES
        if code in pages
    ]


def localize_all(objects, language_code=None):
    """The translations of `objects` (pages or translatable snippets) in the active language, in
    the same order, with one query per model: the untranslated original where there is none."""
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    locale = locale_for(language_code or translation.get_language())
    if locale is None:
        return objects
    if all(obj.locale_id == locale.id for obj in objects):
        return [obj.specific if isinstance(obj, Page) else obj for obj in objects]
    first = objects[0]
    model = Page if isinstance(first, Page) else type(first)
    queryset = model.objects.filter(translation_key__in={obj.translation_key for obj in objects}, locale=locale)
    if model is Page:
        queryset = queryset.specific()
    found = {obj.translation_key: obj for obj in queryset}
    result = []
    for obj in objects:
        translated = found.get(obj.translation_key)
        if translated is None:
            translated = obj.specific if isinstance(obj, Page) else obj
        result.append(translated)
    return result


_locales = {}


def locale_for(language_code):
    """The Locale for a language code, cached in the process (locales change only in the admin,
    which clears this cache through a signal)."""
    if language_code not in _locales:
        try:
            _locales[language_code] = Locale.objects.get_for_language(language_code)
        except (Locale.DoesNotExist, LookupError):
            return None
    return _locales[language_code]


def clear_locale_cache(**kwargs):
    _locales.clear()
