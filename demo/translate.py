"""Translate seeded content through wagtail-localize, the way a translator would with a PO file:
create (or update) the translation source, export its PO file, fill in every msgstr, import it
and publish the target. The English pages are then real wagtail-localize translations that
translators can keep editing in the admin, with the German page as source."""

import html

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


class MissingDemoTranslation(Exception):
    pass


def paragraphs(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def rich(text):
    """Plain text with blank lines between paragraphs -> rich text HTML."""
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs(text))


class Strings(dict):
    """German → English strings for one object. Adds the forms wagtail-localize may use for a
    string (as typed, and HTML-escaped as in rich text)."""

    def add(self, de, en):
        if not de:
            return
        self[de] = en
        self[html.escape(de, quote=False)] = html.escape(en, quote=False)
        self[html.escape(de)] = html.escape(en)

    def add_paragraphs(self, de, en):
        de_p, en_p = paragraphs(de), paragraphs(en)
        if len(de_p) != len(en_p):
            raise ValueError(f"paragraph count differs: {de[:60]!r}")
        for a, b in zip(de_p, en_p, strict=True):
            self.add(a, b)

    def add_list(self, de, en):
        for a, b in zip(de, en, strict=True):
            self.add(a, b)


def page_strings(page, title_en, slug_en=None):
    """The strings of a page's own fields that every page translation needs."""
    return Strings({page.title: title_en, page.slug: slug_en or slugify(title_en)})


@transaction.atomic
def translate(instance, strings, language_code="en", keep_missing=False):
    """Translate `instance` into `language_code` using `strings` ({German: English}). Every
    translatable segment must be covered, so a gap in the demo data fails loudly; with
    `keep_missing` (tests) a segment without an entry keeps its source text instead."""
    locale = Locale.objects.get(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
        elif html.unescape(entry.msgid) in strings:
            # Rich text and plain-text segments are stored HTML-escaped ("&amp;").
            entry.msgstr = html.escape(strings[html.unescape(entry.msgid)], quote=False)
        elif keep_missing:
            entry.msgstr = entry.msgid
        else:
            missing.append(f"{entry.msgctxt}: {entry.msgid!r}")
    if missing:
        raise MissingDemoTranslation(f"No English for {instance!r}:\n  " + "\n  ".join(missing))
    translation.import_po(po)
    translation.save_target(publish=True)
    if isinstance(instance, Page):
        return instance.get_translation(locale).specific
    return instance.get_translation(locale)
