"""Language links: the switcher, hreflang alternates and sitemap alternates all come from here."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Page, Site

from core.sitecache import (
    GenerationMemo,
    home_for,
    homes_of,
    is_public,
    locale_by_id,
    public,
    request_memo,
    site_for_request,
    site_root_paths,
)
from core.sitecache import locale_for as sitecache_locale_for


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    translated: bool  # False: the page has no live translation; url leads to that language's home page


def _language_names():
    return dict(settings.LANGUAGES)


def _live_translations(page, request=None):
    """{language_code: page} for every live, public version of this page, itself included. With a
    request, from the request's one page lookup (page_lookup); without one (the sitemap), one query
    per page object."""
    if request is not None and getattr(page, "pk", None):
        return page_lookup(page, request).translations
    cached = getattr(page, "_live_translations_cache", None)
    if cached is not None:
        return cached
    found = {}
    for translated in public(Page.objects.filter(translation_key=page.translation_key).live()):
        locale = locale_by_id(translated.locale_id)
        if locale is not None:
            found[locale.language_code] = translated
    page._live_translations_cache = found
    return found


def _with_root_paths(queryset):
    """The pages, each knowing the sites' root paths (read once), so that page.url asks neither
    the database nor the cache per page."""
    rows = list(queryset)
    if rows:
        root_paths = site_root_paths()
        for row in rows:
            row._wagtail_cached_site_root_paths = root_paths
    return rows


class PageLookup:
    """What the header, the breadcrumbs and the footer of one page need from the page tree, read in
    one query: the page's translations (language switcher, hreflang), its ancestors (breadcrumbs)
    and the main navigation (the children of the visitor's home page in the menu). The rows are
    kept in the process until the page tree changes (core.sitecache's generation), so a page seen
    before costs no query."""

    def __init__(self, request, page=None):
        site = site_for_request(request) if request is not None else None
        self.home = home_for(site)
        self.homes = homes_of(site)
        key = (
            getattr(site, "pk", None),
            getattr(self.home, "pk", None),
            getattr(page, "pk", None),
            getattr(page, "path", None),
            getattr(page, "translation_key", None),
        )
        translations, self.ancestors, self.nav = _tree_rows.get(key, lambda: self._read(page))
        # The page being shown stands for itself (it may be a preview or carry the request's state).
        self.translations = {code: page if row.pk == page.pk else row for code, row in translations.items()}

    def _read(self, page):
        query = Q(pk__in=[])
        if page is not None:
            step = Page.steplen
            ancestor_paths = [page.path[:end] for end in range(step, len(page.path), step)]
            query |= Q(translation_key=page.translation_key) | Q(path__in=ancestor_paths)
        if self.home is not None:
            query |= Q(path__startswith=self.home.path, depth=self.home.depth + 1, show_in_menus=True, live=True)
        rows = _with_root_paths(Page.objects.filter(query).order_by("path"))
        translations, ancestors, nav = {}, [], []
        for row in rows:
            if page is not None and row.translation_key == page.translation_key and row.live and is_public(row):
                locale = locale_by_id(row.locale_id)
                if locale is not None:
                    translations[locale.language_code] = row
            if page is not None and page.path.startswith(row.path) and row.depth < page.depth:
                ancestors.append(row)
            if (
                self.home is not None
                and row.depth == self.home.depth + 1
                and row.path.startswith(self.home.path)
                and row.show_in_menus
                and row.live
                and is_public(row)
            ):
                nav.append(row)
        return translations, tuple(ancestors), tuple(nav)


_tree_rows = GenerationMemo()


def page_lookup(page, request):
    """The request's PageLookup for `page` (None: for the request's page, or for a view without one),
    made once per request."""
    if page is None and request is not None:
        route = getattr(request, "_wagtail_route_for_request", None)
        page = route[0] if route else None
    lookups = request.__dict__.setdefault("_stadtportal_page_lookups", {}) if request is not None else {}
    key = getattr(page, "pk", None)
    if key not in lookups:
        if key is None and lookups:
            return next(iter(lookups.values()))  # the navigation is the same for every page of a request
        lookups[key] = PageLookup(request, page if key is not None else None)
    return lookups[key]


def main_navigation(request):
    return page_lookup(None, request).nav


def breadcrumb_ancestors(page, request):
    """The page's ancestors, the tree's root included (as page.get_ancestors())."""
    if request is None or not getattr(page, "pk", None):
        return list(page.get_ancestors()) if getattr(page, "pk", None) else []
    return page_lookup(page, request).ancestors


def _home_in(language_code, request):
    site = site_for_request(request) if request else None
    if site is None:
        site = next((site for site in Site.objects.select_related("root_page") if site.is_default_site), None)
    if site is None:
        return None
    return homes_of(site).get(language_code)


def translation_links(page, request):
    current = translation.get_language()
    names = _language_names()
    pages = _live_translations(page, request)
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
    pages = _live_translations(page, request)
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


def localize_all(objects, language_code=None, specific=True):
    """The translations of `objects` (pages or translatable snippets) in the active language, in
    the same order, with one query per model: the untranslated original where there is none, or
    where the translation is not published (a page, or a snippet with drafts such as an office,
    that a translator has not published yet is never shown in its place).
    `specific=False`: pages as they come (base pages where they were), for lists of links."""
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    locale = locale_for(language_code or translation.get_language())
    if locale is None:
        return objects
    keys = {obj.translation_key for obj in objects}
    if not isinstance(objects[0], Page):
        if all(obj.locale_id == locale.id for obj in objects):
            return objects
        model = type(objects[0])
        translations = model.objects.filter(translation_key__in=keys, locale=locale)
        if issubclass(model, DraftStateMixin):
            translations = translations.filter(live=True)
        found = {obj.translation_key: obj for obj in translations}
        return [found.get(obj.translation_key, obj) for obj in objects]
    # Pages: the translations and the originals (shown where there is no translation) in one query,
    # specific (one more query per page type) unless only titles and addresses are needed.
    model = type(objects[0])
    if not specific or model is Page or any(type(obj) is not model for obj in objects):
        model = Page  # mixed or base pages: Page's table (then .specific(): one query per type)
    queryset = model.objects.filter(
        Q(translation_key__in=keys, locale=locale, live=True) | Q(pk__in=[obj.pk for obj in objects])
    )
    rows = list(queryset.specific() if specific and model is Page else queryset)
    by_pk = {row.pk: row for row in rows}
    found = {row.translation_key: row for row in rows if row.locale_id == locale.id}
    return [found.get(obj.translation_key) or by_pk.get(obj.pk, obj) for obj in objects]


# --- page links in blocks and rich text: one batch per page -------------------------------------

LINK_TAG = re.compile(r"<a\b[^>]*>")
LINK_ID = re.compile(r'\bid="(\d+)"')


def rich_text_page_ids(text):
    """Page ids of the internal links in rich text as stored (<a linktype="page" id="12">)."""
    ids = set()
    for tag in LINK_TAG.findall(text or ""):
        if 'linktype="page"' in tag:
            ids.update(int(pk) for pk in LINK_ID.findall(tag))
    return ids


def _chooser_ids(block, value, found):
    """Collect the page ids of PageChooserBlocks (and of rich text links) in a raw block value."""
    if isinstance(block, blocks.PageChooserBlock):
        if isinstance(value, int):
            found.add(value)
        elif isinstance(value, str) and value.isdigit():
            found.add(int(value))
    elif isinstance(block, blocks.RichTextBlock):
        found.update(rich_text_page_ids(str(value or "")))
    elif isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        for name, child in block.child_blocks.items():
            _chooser_ids(child, value.get(name), found)
    elif isinstance(block, blocks.ListBlock) and isinstance(value, list):
        for item in value:
            _chooser_ids(block.child_block, item.get("value") if isinstance(item, dict) and "type" in item else item, found)
    elif isinstance(block, blocks.StreamBlock) and isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item.get("type") in block.child_blocks:
                _chooser_ids(block.child_blocks[item["type"]], item.get("value"), found)


def page_link_ids(page):
    """The ids of the pages this page links to in its StreamFields and rich text fields."""
    found = set()
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(page, field.attname, None)
            raw = list(value.raw_data) if value is not None else []
            _chooser_ids(field.stream_block, raw, found)
        elif isinstance(field, RichTextField):
            found.update(rich_text_page_ids(getattr(page, field.attname, "") or ""))
    return found


def _links_memo():
    return request_memo().setdefault("page_links", {})


def prefetch_page_links(page_ids, memo=None):
    """Resolve these pages in the active language for the rest of the request, in one query."""
    memo = _links_memo() if memo is None else memo
    missing = {pk for pk in page_ids if pk not in memo}
    if missing:
        memo.update(resolve_page_links(missing))


def resolve_page_links(page_ids):
    """{page id: the page in the active language (or itself), None where there is no such page}, in one query."""
    if not page_ids:
        return {}
    locale = locale_for(translation.get_language())
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    query = Q(pk__in=page_ids)
    if locale is not None:
        query |= Q(translation_key__in=keys, locale=locale, live=True)
    rows = _with_root_paths(Page.objects.filter(query))
    originals = {row.pk: row for row in rows if row.pk in page_ids}
    translated = {row.translation_key: row for row in rows if locale is not None and row.locale_id == locale.id and row.live}
    resolved = {}
    for pk in page_ids:
        original = originals.get(pk)
        resolved[pk] = None if original is None else translated.get(original.translation_key, original)
    return resolved


def keep_page_links(links):
    """Links resolved before (e.g. kept with a page, core.models.BasePage) for the rest of the request."""
    memo = _links_memo()
    for pk, page in links.items():
        memo.setdefault(pk, page)


def localized_link(page_or_id):
    """The linked page in the visitor's language (as Wagtail's .localized: the translation where
    it is live, else the page itself), from the request's batch; a query only for a link that
    was not prefetched."""
    pk = getattr(page_or_id, "pk", page_or_id)
    if pk is None:
        return None
    memo = _links_memo()
    if pk not in memo:
        prefetch_page_links({pk}, memo)
    return memo.get(pk)


def localized_page(page_id, language_code=None):
    """The page with this id in the active language (itself where it has no translation), a base
    page (title and address), in one query; None if there is no such page."""
    if not page_id:
        return None
    locale = locale_for(language_code or translation.get_language())
    same_key = Page.objects.filter(pk=page_id).values("translation_key")
    rows = list(Page.objects.filter(Q(pk=page_id) | Q(translation_key__in=same_key, locale=locale)))
    return next((row for row in rows if locale is not None and row.locale_id == locale.id), None) or next(
        (row for row in rows if row.pk == page_id), None
    )


def locale_for(language_code):
    """The Locale for a language code, cached in the process (core.sitecache: renewed in every
    process when a locale is saved in one)."""
    return sitecache_locale_for(language_code)
