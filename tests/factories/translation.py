"""English translations the way a translator makes them with wagtail-localize (not copy_for_translation):
the source is synced, its PO file exported, the msgstrs filled in, the PO imported and the target saved
(the demo's own round trip, demo/translate.py). So tests see what production has: a Translation record,
translation memory and a synced target."""

from django.test import TestCase
from wagtail.models import Page

from demo.translate import translate as translate_through_po


def translate(instance, strings=None, language_code="en"):
    """Translate `instance` (a page or a translatable snippet) with `strings` ({source text: translation}).
    Segments without an entry keep the source text, as wagtail-localize's fallback would. The parent page
    must be translated first, as in the admin. Returns the translated object."""
    # From the database: what publishing wrote (e.g. the review dates editorial sets) is not on the
    # caller's object, and wagtail-localize's source is built from the object it is given.
    instance = Page.objects.get(pk=instance.pk).specific if isinstance(instance, Page) else type(instance).objects.get(pk=instance.pk)
    # wagtail-localize publishes the target when the transaction commits; a test's transaction never does.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translated = translate_through_po(instance, strings or {}, language_code, keep_missing=True)
    if isinstance(translated, Page):
        return Page.objects.get(pk=translated.pk).specific
    return type(translated).objects.get(pk=translated.pk)
