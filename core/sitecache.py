"""What every request needs and editors rarely change (sites, locales, the home page of each
language, private sections), kept in the process and checked against one generation number in the
default cache, so a change saved in one process is seen by all the others.

Every save of a page, site, locale or view restriction (and of anything a higher app registers
with `bump_on_save`) gives the generation a new value, at once and again when the transaction
commits (so a process that read the old rows in between builds again). Each request reads the
generation at most once (the first time one of these caches is asked); a process whose copy was
built for another generation builds it again."""

import contextvars
import threading
import time
import uuid
from collections import OrderedDict

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from django.utils import translation
from django.utils.translation import get_supported_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from pagecache import capture, replay

GENERATION_KEY = "stadtportal:sitecache:generation"

# The generation this request has read (None: not read yet, or not in a request).
_request_generation = contextvars.ContextVar("stadtportal_request_generation", default=None)
_in_request = contextvars.ContextVar("stadtportal_in_request", default=False)
# Lookups made once per request (e.g. the page links of the page being shown, core.i18n).
_request_memo = contextvars.ContextVar("stadtportal_request_memo", default=None)


def _request_started(**kwargs):
    _in_request.set(True)
    _request_generation.set(None)
    _request_memo.set({})


def _request_finished(**kwargs):
    _in_request.set(False)
    _request_generation.set(None)
    _request_memo.set(None)


def in_request():
    """True while a request is being answered (between Django's request_started and request_finished)."""
    return _in_request.get()


def request_memo():
    """A dict that lives as long as the current request ({} thrown away outside a request)."""
    memo = _request_memo.get()
    return memo if memo is not None else {}


def generation():
    """The current generation: read from the default cache once per request (every time outside one)."""
    value = _request_generation.get()
    if value is not None:
        return value
    value = cache.get(GENERATION_KEY)
    if value is None:
        # Unknown (a fresh or cleared cache): start one; whoever comes first wins.
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        value = cache.get(GENERATION_KEY) or uuid.uuid4().hex
    if _in_request.get():
        _request_generation.set(value)
    return value


def _set_new_generation():
    value = uuid.uuid4().hex
    cache.set(GENERATION_KEY, value, timeout=None)
    if _in_request.get():
        _request_generation.set(value)
        _request_memo.set({})


def bump(**kwargs):
    """A change: every process builds its copies again. Now (this process, and other transactions
    that do not see the change yet but will build again after the commit) and on commit."""
    _set_new_generation()
    transaction.on_commit(_set_new_generation)


def bump_on_save(model):
    """Give the generation a new value whenever a row of `model` is saved or deleted."""
    uid = f"core-sitecache-{model._meta.label_lower}"
    post_save.connect(bump, sender=model, dispatch_uid=f"{uid}-save", weak=False)
    post_delete.connect(bump, sender=model, dispatch_uid=f"{uid}-delete", weak=False)


class ProcessCache:
    """One value per process, built by `build()` again whenever the generation has changed."""

    def __init__(self, build):
        self.build = build
        self._lock = threading.Lock()
        self._generation = None
        self._value = None

    def get(self):
        current = generation()
        if self._generation == current:
            return self._value
        with self._lock:
            if self._generation != current:
                self._value = self.build()
                self._generation = current
        return self._value


class GenerationMemo:
    """Values built once per generation in this process, by key; at most `size` of them, the least
    recently used dropped first. For what is derived from the page tree and shown on every page
    (a page's translations, ancestors and menu; the page an address leads to). A value is built
    outside the lock; one built while the generation changed is not kept."""

    def __init__(self, size=2048):
        self.size = size
        self._lock = threading.Lock()
        self._generation = None
        self._items = OrderedDict()

    def get(self, key, build):
        current = generation()
        with self._lock:
            if self._generation != current:
                self._items.clear()
                self._generation = current
            elif key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = build()
        with self._lock:
            if self._generation == current:
                self._items[key] = value
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return value

    def discard(self, key):
        with self._lock:
            self._items.pop(key, None)

    def clear(self):
        with self._lock:
            self._items.clear()
            self._generation = None


_page_data = GenerationMemo(size=4096)


def kept(key, build):
    """`build()`'s value under `key`, kept in the process until the generation changes (the page
    tree, sites, and whatever a higher app registered with `bump_on_save`) or the expiry the build
    told the page cache has passed. What the build told the page cache (tags, expiry) is told
    again each time the value is used."""
    value, recorded = _page_data.get(key, lambda: capture(build))
    if recorded.expires is not None and recorded.expires <= time.time():
        _page_data.discard(key)
        value, recorded = _page_data.get(key, lambda: capture(build))
    replay(recorded)
    return value


def tree_memo(name, page, build, request=None):
    """`build()`'s value for this page in the active language, kept in the process until the page
    tree changes (see `kept`): only for what comes from live pages alone (their fields and the
    links between them) and from models registered with `bump_on_save`, never from the visitor. A preview always builds (its page is
    not the saved one)."""
    if getattr(request, "is_preview", False) or not getattr(page, "pk", None):
        return build()
    return kept((name, page.pk, translation.get_language()), build)


# --- what is cached ----------------------------------------------------------------------


def _build_locales():
    locales = list(Locale.objects.all())
    return {"by_code": {locale.language_code: locale for locale in locales}, "by_id": {locale.pk: locale for locale in locales}}


_locales = ProcessCache(_build_locales)


def locale_for(language_code):
    """The Locale for a language code (or its supported variant), None if there is none."""
    if not language_code:
        return None
    by_code = _locales.get()["by_code"]
    if language_code in by_code:
        return by_code[language_code]
    try:
        return by_code.get(get_supported_language_variant(language_code))
    except LookupError:
        return None


def locale_by_id(locale_id):
    return _locales.get()["by_id"].get(locale_id)


def active_locale():
    from django.conf import settings

    return locale_for(translation.get_language() or settings.LANGUAGE_CODE) or locale_for(settings.LANGUAGE_CODE)


def _build_sites():
    sites = list(Site.objects.select_related("root_page").order_by("pk"))
    homes = {}
    roots = [site.root_page for site in sites]
    keys = {root.translation_key for root in roots}
    # The home page of every language: the live translations of each site's root page.
    translations = {}
    for page in Page.objects.filter(translation_key__in=keys, depth__in={root.depth for root in roots}).specific():
        translations.setdefault(page.translation_key, {})[page.locale_id] = page
    for site in sites:
        found = translations.get(site.root_page.translation_key, {})
        homes[site.pk] = {locale_id: page for locale_id, page in found.items() if page.live or page.pk == site.root_page_id}
        site.root_page = found.get(site.root_page.locale_id, site.root_page)
    return {"sites": sites, "homes": homes}


_sites = ProcessCache(_build_sites)


def site_for_hostname(hostname, port):
    """Wagtail's choice of site for a host and port (wagtail.models.sites.get_site_for_hostname),
    made from the cached sites instead of a query."""
    candidates = []
    for site in _sites.get()["sites"]:
        if site.hostname == hostname and site.port == port:
            match = 0
        elif site.hostname == hostname and site.is_default_site:
            match = 1
        elif site.is_default_site:
            match = 2
        elif site.hostname == hostname:
            match = 3
        else:
            continue
        candidates.append((match, site))
    candidates.sort(key=lambda pair: pair[0])
    if not candidates:
        return None
    if len(candidates) == 1 or candidates[0][0] in (0, 1):
        return candidates[0][1]
    if candidates[0][0] == 2:
        return candidates[len(candidates) == 2][1]
    return None


def site_for_request(request):
    """The request's Site (as Site.find_for_request, which this fills: request._wagtail_site)."""
    if request is None:
        return None
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = site_for_hostname(hostname, request.get_port())
    return request._wagtail_site


def home_for(site, language_code=None):
    """The site's home page in a language (the root page where that language has no live one)."""
    if site is None:
        return None
    locale = locale_for(language_code) if language_code else active_locale()
    homes = _sites.get()["homes"].get(site.pk, {})
    if locale is not None and locale.pk in homes:
        return homes[locale.pk]
    return site.root_page


def homes_of(site):
    """{language code: home page} of a site, for every language with a live home page."""
    if site is None:
        return {}
    return {locale_by_id(locale_id).language_code: page for locale_id, page in _sites.get()["homes"].get(site.pk, {}).items() if locale_by_id(locale_id)}


_site_root_paths = ProcessCache(lambda: tuple(Site.get_site_root_paths()))


def site_root_paths():
    """Wagtail's Site.get_site_root_paths(), kept in the process: Wagtail keeps them in the default
    cache and reads them once per page object (a Redis round trip for every page whose address is
    built without a request). A save of a site or page renews the generation after Wagtail has
    cleared its copy (and again on commit), so this never keeps an outdated list."""
    return _site_root_paths.get()


def _build_private_paths():
    return tuple(sorted({restriction.page.path for restriction in PageViewRestriction.objects.select_related("page")}))


_private_paths = ProcessCache(_build_private_paths)


def private_paths():
    """Tree paths of the pages with a view restriction (their sections are private)."""
    return _private_paths.get()


def is_public(page):
    """True when the page is in no private section (Wagtail's PageQuerySet.public(), for one page)."""
    return not any(page.path.startswith(path) for path in private_paths())


def public(queryset):
    """queryset.public() without asking the database for the view restrictions every time."""
    paths = private_paths()
    for path in paths:
        queryset = queryset.exclude(path__startswith=path)
    return queryset


# --- invalidation --------------------------------------------------------------------------


def _page_saved(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        bump()


def connect_signals():
    """Called by CoreConfig.ready()."""
    request_started.connect(_request_started, dispatch_uid="core-sitecache-request-started")
    request_finished.connect(_request_finished, dispatch_uid="core-sitecache-request-finished")
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    # Images and documents: a page's blocks, kept parsed with the page (core.routing), show their
    # titles, files and alt texts.
    for model in (Site, Locale, PageViewRestriction, get_image_model(), get_document_model()):
        bump_on_save(model)
    post_save.connect(_page_saved, dispatch_uid="core-sitecache-page-save")
    post_delete.connect(_page_saved, dispatch_uid="core-sitecache-page-delete")
    page_published.connect(bump, dispatch_uid="core-sitecache-page-published")
    page_unpublished.connect(bump, dispatch_uid="core-sitecache-page-unpublished")
    post_page_move.connect(bump, dispatch_uid="core-sitecache-page-move")
