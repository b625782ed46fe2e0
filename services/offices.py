"""Offices' addresses on the site: the office directory page of each language (OfficeDirectoryPage in
services.models) serves every office at <directory>/<office slug>/.

The directory page is looked up once per language and cached until a directory page is published,
unpublished, moved or deleted (services.models connects `forget_directory_pages`), so a list of
offices asks nothing per link. This module builds on no model of the app: the page type is found
through its parent link (Django's multi-table inheritance accessor)."""

import re

from django.core.cache import cache
from django.utils.text import slugify
from wagtail.models import Locale, Page

from core.sitecache import GenerationMemo, site_root_paths

DIRECTORY_CACHE_KEY = "services:office-directory:{}"
SLUG_MAX_LENGTH = 80
# German letters spelled the way German addresses spell them (Bürgerbüro -> buergerbuero).
TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def office_slug(text):
    """An ASCII slug for an office's address: lower case, German letters transliterated, at most
    SLUG_MAX_LENGTH characters, cut at a word boundary; "office" when nothing is left."""
    slug = slugify(str(text or "").translate(TRANSLITERATION)).replace("_", "-")
    slug = re.sub(r"-{2,}", "-", slug).strip("-")
    if len(slug) > SLUG_MAX_LENGTH:
        slug = slug[:SLUG_MAX_LENGTH].rsplit("-", 1)[0] or slug[:SLUG_MAX_LENGTH]
    return slug or "office"


def unique_slug(slug, is_taken):
    """`slug`, or `slug-2`, `slug-3` … : the first for which `is_taken(candidate)` is False."""
    candidate, number = slug, 1
    while is_taken(candidate):
        number += 1
        suffix = f"-{number}"
        candidate = slug[: SLUG_MAX_LENGTH - len(suffix)].rstrip("-") + suffix
    return candidate


def is_valid_slug(slug):
    return bool(SLUG_PATTERN.match(slug or "")) and len(slug) <= SLUG_MAX_LENGTH


def directory_page(locale_id):
    """The live, public office directory page of a locale (the first in the tree), or None. Kept in
    the process until the page tree changes, knowing the sites' root paths (every office link asks
    for it, and for its address)."""
    return _directory_pages.get(locale_id, lambda: _shared_directory_page(locale_id))


def _shared_directory_page(locale_id):
    key = DIRECTORY_CACHE_KEY.format(locale_id)
    page = cache.get(key)
    if page is None:
        found = (
            Page.objects.live()
            .public()
            .filter(officedirectorypage__isnull=False, locale_id=locale_id)
            .select_related("locale")
            .order_by("path")
            .first()
        )
        if found is not None:
            page = found.specific
            page.locale = found.locale  # cached with it, so it builds its address without a query
        else:
            page = False
        cache.set(key, page, 300)  # also a bound for changes that send no signal
    if page:
        page._wagtail_cached_site_root_paths = site_root_paths()
    return page or None


_directory_pages = GenerationMemo(size=64)


def forget_directory_pages(**kwargs):
    cache.delete_many([DIRECTORY_CACHE_KEY.format(pk) for pk in Locale.objects.values_list("pk", flat=True)])
    _directory_pages.clear()
