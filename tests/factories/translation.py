"""English translations the way a translator makes them with wagtail-localize (not copy_for_translation):
the source is synced, its PO file exported, the msgstrs filled in, the PO imported and the target saved.
So tests see what production has: a Translation record, translation memory and a synced target."""

import html

from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


def translate(instance, strings=None, language_code="en"):
    """Translate `instance` (a page or a translatable snippet) with `strings` ({source text: translation}).
    Segments without an entry keep the source text, as wagtail-localize's fallback would. The parent page
    must be translated first, as in the admin. Returns the translated object."""
    strings = strings or {}
    locale = Locale.objects.get(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    po = translation.export_po()
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
        elif html.unescape(entry.msgid) in strings:
            # Rich text and plain-text segments are stored HTML-escaped ("&amp;").
            entry.msgstr = html.escape(strings[html.unescape(entry.msgid)], quote=False)
        else:
            entry.msgstr = entry.msgid
    translation.import_po(po)
    # wagtail-localize publishes the target when the transaction commits; a test's transaction never does.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    if isinstance(instance, Page):
        return instance.get_translation(locale).specific
    return instance.get_translation(locale)
