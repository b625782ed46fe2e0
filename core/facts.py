"""Facts follow the source: status, dates, fees, links and the other synchronised fields of a page or
snippet reach every translation when the source is published or saved; only texts are translated.

wagtail-localize copies synchronised fields only when a translator saves a translation again, so a
service switched to "temporarily offline" in German stayed "normal" in English until then. Here the
copy happens on publish (pages) and on save (snippets):

- a live translation gets a new published revision with the source's facts; a translator's unsaved
  draft stays the latest revision, with the facts applied to it as well;
- the wagtail-localize source is refreshed, so a translation published later from the translation
  editor carries the new facts too (and the translator sees any changed texts);
- only the source (the locale wagtail-localize translates from, else the default language) pushes:
  publishing a translation never sends its facts back.
"""

import logging
import threading
from contextlib import contextmanager

from django.conf import settings
from django.db import transaction
from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.fields import copy_synchronised_fields, get_translatable_fields
from wagtail_localize.models import TranslationSource

logger = logging.getLogger(__name__)
_state = threading.local()


@contextmanager
def _syncing():
    _state.active = True
    try:
        yield
    finally:
        _state.active = False


def is_syncing():
    return getattr(_state, "active", False)


def _source_locale_id(instance):
    source = (
        TranslationSource.objects.filter(object_id=instance.translation_key)
        .values_list("locale_id", flat=True)
        .first()
    )
    if source is not None:
        return source
    return Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True).first()


def is_source(instance):
    return instance.locale_id == _source_locale_id(instance)


def has_synchronised_fields(instance):
    return any(field.is_synchronized(instance) for field in get_translatable_fields(type(instance)))


def _facts(instance):
    """The synchronised fields of `instance` as data, without row ids: equal before and after a copy
    when the copy changes nothing."""
    if hasattr(instance, "serializable_data"):  # pages and other clusters: child relations too
        data = instance.serializable_data()
    else:
        data = get_serializable_data_for_fields(instance)
    return {
        field.field_name: _without_ids(data.get(field.field_name))
        for field in get_translatable_fields(type(instance))
        if field.is_synchronized(instance)
    }


def _without_ids(value):
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _without_ids(item) for key, item in value.items() if key not in ("pk", "id")}
    return value


def _copy_facts(source, target):
    """Copy the source's facts onto `target` (unsaved); True when that changed anything."""
    before = _facts(target)
    copy_synchronised_fields(source, target)
    return _facts(target) != before


def _refresh_localize_source(instance):
    for source in TranslationSource.objects.filter(object_id=instance.translation_key, locale_id=instance.locale_id):
        try:
            source.update_from_db()
        except Exception:  # a source whose schema no longer matches must not stop publishing
            logger.exception("Could not refresh the translation source of %r", instance)


def _sync_page(source, target, user):
    """A new revision only where the facts differ: a German edit of texts alone leaves the English
    page, its revisions and its "last updated" date as they are."""
    target = target.specific
    latest = target.get_latest_revision()
    had_draft = target.live and target.has_unpublished_changes and latest is not None
    republished = target.live and _copy_facts(source, target)
    if republished:
        revision = target.save_revision(user=user, clean=False, log_action=True)
        revision.publish(user=user, log_action=True, skip_permission_checks=True)
    if had_draft or not target.live:
        draft = latest.as_object() if latest is not None else target
        # A translator's draft stays the latest revision, also when only the live page changed.
        if _copy_facts(source, draft) or republished:
            draft.save_revision(user=user, clean=False, log_action=True)


def sync_translations(instance, user=None):
    """Copy the synchronised fields of `instance` (a source page or snippet) to its translations."""
    if is_syncing() or not isinstance(instance, TranslatableMixin):
        return 0
    if not has_synchronised_fields(instance) or not is_source(instance):
        return 0
    count = 0
    with _syncing(), transaction.atomic():
        _refresh_localize_source(instance)
        for target in instance.get_translations():
            if isinstance(instance, Page):
                if target.alias_of_id:  # Wagtail updates aliases itself
                    continue
                _sync_page(instance, target, user)
            elif _copy_facts(instance, target):
                target.save()
            count += 1
    return count


def page_published(sender, instance, revision=None, **kwargs):
    user = getattr(revision, "user", None) if revision is not None else None
    sync_translations(instance.specific, user=user)


def snippet_saved(sender, instance, raw=False, **kwargs):
    if raw or isinstance(instance, Page) or not isinstance(instance, TranslatableMixin):
        return
    # Council rows (committees, meetings, events, places) copy their `sync_fields` to their
    # translations in their own save(), with the OParl ids; copying them here again would be twice.
    if hasattr(type(instance), "sync_fields"):
        return
    if type(instance) in get_snippet_models():
        sync_translations(instance)
