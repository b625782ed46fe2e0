"""Translation freshness, kept for every translatable page and snippet (docs/translation-status.md).

- A German page published, or a German snippet published (drafts) or saved (no drafts): its
  translatable strings are compared with the strings its English version was made from. Strings
  that are new or changed make the English version out of date, with the date and their number; a
  publish that changes no text (a status, a date, an office's phone number: synchronised fields)
  leaves it as it was.
- The English version published (or saved): what it was made from is recorded again, the strings of
  wagtail-localize's translation source that have a translation (or, for an English version edited
  by hand, the German strings as they are now), so a publish that still lacks a changed string
  leaves the flag up.
- core.facts republishing the English version with the German facts is not a translation, and is
  ignored.

Generic over models: every page, and every registered snippet with TranslatableMixin."""

import hashlib
import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from core import facts, sitecache
from translation_status.enums import Kind, Status
from translation_status.models import TranslationState

logger = logging.getLogger(__name__)


# --- what is tracked -------------------------------------------------------------------------


def is_tracked_model(model):
    if not issubclass(model, TranslatableMixin):
        return False
    if issubclass(model, Page):
        return model is not Page
    return model in get_snippet_models()


def source_locale():
    """German: the language every translation is made from (docs/languages.md)."""
    return sitecache.locale_for(settings.LANGUAGE_CODE)


def target_locales(source):
    return list(Locale.objects.exclude(pk=source.pk).order_by("language_code"))


def _specific(instance):
    return instance.specific if isinstance(instance, Page) else instance


def _content_type(instance):
    return ContentType.objects.get_for_model(type(_specific(instance)))


def _is_placeholder(instance):
    """Not a translation of its own: Wagtail's root page, and an alias (shows its source's content)."""
    if isinstance(instance, Page):
        return instance.depth <= 1 or instance.alias_of_id is not None
    return False


def _title(instance):
    if isinstance(instance, Page):
        return instance.title[:255]
    return str(instance)[:255]


# --- strings ---------------------------------------------------------------------------------


def fingerprint(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def current_strings(instance):
    """Fingerprints of the translatable strings of `instance` as it is saved now (wagtail-localize's
    extraction, the same strings a translator sees)."""
    try:
        segments = extract_segments(_specific(instance))
    except Exception:  # a field wagtail-localize cannot read must not stop publishing
        logger.exception("translation_status: could not extract the strings of %r", instance)
        return None
    return {fingerprint(segment.string.data) for segment in segments if isinstance(segment, StringSegmentValue)}


def _digest(strings):
    return hashlib.sha1("\n".join(sorted(strings)).encode("ascii")).hexdigest()


def strings_translated(source, target_locale, current):
    """Fingerprints of the source strings the published translation reflects: the strings of
    wagtail-localize's translation source that have a translation into `target_locale`; a
    translation made by hand (no wagtail-localize translation, or one switched off) reflects the
    source as it is (`current`)."""
    translation_source = TranslationSource.objects.filter(object_id=source.translation_key, locale_id=source.locale_id).first()
    if translation_source is None or not Translation.objects.filter(
        source=translation_source, target_locale=target_locale, enabled=True
    ).exists():
        return set(current)
    rows = (
        StringSegment.objects.filter(source=translation_source)
        .annotate_translation(target_locale)
        .values_list("string__data", "translation")
    )
    return {fingerprint(data) for data, translated in rows if translated is not None}


# --- the state of one source and language ----------------------------------------------------


def _counterpart(source, target_locale, gone=None):
    model = type(_specific(source))
    manager = Page.objects if isinstance(source, Page) else model._default_manager
    found = manager.filter(translation_key=source.translation_key, locale=target_locale)
    if gone is not None:  # being deleted: its base row may still be there
        found = found.exclude(pk=gone.pk)
    found = found.first()
    if found is None or _is_placeholder(found):
        return None
    return _specific(found)


def _published_at(obj):
    if isinstance(obj, Page):
        return obj.last_published_at
    return getattr(obj, "last_published_at", None)


def _was_published(obj):
    if isinstance(obj, Page) or isinstance(obj, DraftStateMixin):
        return obj.live or obj.first_published_at is not None
    return True


def update(source, target_locale, *, source_published=False, target_published=False, now=None, strings=None, gone=None):
    """Bring the state of `source`'s translation into `target_locale` up to date and return it."""
    now = now or timezone.now()
    current = strings if strings is not None else current_strings(source)
    if current is None:
        return None
    content_type = _content_type(source)
    state = TranslationState.objects.filter(
        content_type=content_type, translation_key=source.translation_key, target_locale=target_locale
    ).first() or TranslationState(
        content_type=content_type,
        translation_key=source.translation_key,
        target_locale=target_locale,
        source_updated_at=_published_at(source) or now,
    )
    before = _snapshot(state)
    state.kind = Kind.PAGE if isinstance(source, Page) else Kind.SNIPPET
    state.source_locale_id = source.locale_id
    state.source_object_id = str(source.pk)
    state.title = _title(source)
    digest = _digest(current)
    if source_published and state.source_digest and state.source_digest != digest:
        state.source_updated_at = now
    state.source_digest = digest

    target = _counterpart(source, target_locale, gone)
    state.target_object_id = str(target.pk) if target is not None else ""
    if target is None or not _was_published(target):
        state.translated_strings = None
        state.translated_at = None
    elif target_published or state.translated_strings is None:
        state.translated_strings = sorted(strings_translated(source, target_locale, current))
        state.translated_at = now if target_published else (_published_at(target) or state.translated_at)

    if state.translated_strings is None or (current and not state.translated_strings):
        state.status = Status.UNTRANSLATED
        state.changed_strings = len(current)
        state.removed_strings = 0
        state.stale_since = None
    else:
        translated = set(state.translated_strings)
        state.changed_strings = len(current - translated)
        state.removed_strings = len(translated - current)
        if state.changed_strings or state.removed_strings:
            if state.status != Status.OUTDATED or state.stale_since is None:
                state.stale_since = state.source_updated_at or now
            state.status = Status.OUTDATED
        else:
            state.status = Status.CURRENT
            state.stale_since = None
    if state.pk is None or _snapshot(state) != before:
        try:
            with transaction.atomic():
                state.save()
        except IntegrityError:  # another process recorded it at the same moment; its row stands
            logger.info("translation_status: %s was recorded concurrently", source.translation_key)
    return state


_FIELDS = (
    "kind",
    "source_locale_id",
    "source_object_id",
    "target_object_id",
    "title",
    "status",
    "source_updated_at",
    "stale_since",
    "changed_strings",
    "removed_strings",
    "translated_at",
    "source_digest",
    "translated_strings",
)


def _snapshot(state):
    return tuple(getattr(state, name) for name in _FIELDS)


def source_changed(instance, now=None):
    """`instance`, a source object, was published (or saved): every language's state."""
    locale = source_locale()
    if locale is None or instance.locale_id != locale.pk or _is_placeholder(instance):
        return []
    strings = current_strings(instance)
    if strings is None:
        return []
    return [update(instance, target, source_published=True, now=now, strings=strings) for target in target_locales(locale)]


def translation_changed(instance, now=None):
    """`instance`, a translation, was published (or saved)."""
    locale = source_locale()
    if locale is None or instance.locale_id == locale.pk:
        return None
    specific = _specific(instance)
    manager = Page.objects if isinstance(instance, Page) else type(specific)._default_manager
    source = manager.filter(translation_key=instance.translation_key, locale=locale).first()
    if source is None or _is_placeholder(source):
        return None
    target_locale = sitecache.locale_by_id(instance.locale_id) or Locale.objects.get(pk=instance.locale_id)
    return update(_specific(source), target_locale, target_published=not _is_placeholder(instance), now=now)


def object_changed(instance, now=None):
    """A page or snippet was published or saved: its state, as a source or as a translation. The
    bookkeeping never stops a publish: a database error is logged (in a savepoint, so the
    publish's transaction goes on)."""
    if facts.is_syncing():  # the German facts copied to the translation (core/facts.py)
        return
    locale = source_locale()
    if locale is None:
        return
    try:
        with transaction.atomic():
            if instance.locale_id == locale.pk:
                source_changed(instance, now=now)
            else:
                translation_changed(instance, now=now)
    except DatabaseError:
        logger.exception("translation_status: could not record the state of %r", instance)


def object_gone(instance, deleted=False):
    """A page or snippet was unpublished or deleted."""
    locale = source_locale()
    if locale is None:
        return
    states = TranslationState.objects.filter(translation_key=instance.translation_key, content_type=_content_type(instance))
    if instance.locale_id == locale.pk:
        states.delete()
        return
    for state in states.filter(target_locale_id=instance.locale_id):
        model = state.model_class
        source = model._default_manager.filter(pk=state.source_object_id).first() if model is not None else None
        if source is None:
            state.delete()
        else:
            update(source, state.target_locale, gone=instance if deleted else None)


def refresh_all(stdout=None):
    """Every tracked source object: its state created or brought up to date (for content that
    existed before this app, and after a bulk import that sent no signals). Returns the count."""
    locale = source_locale()
    if locale is None:
        return 0
    count = 0
    models = [model for model in get_snippet_models() if is_tracked_model(model)]
    sources = [
        *Page.objects.filter(locale=locale, depth__gt=1, alias_of__isnull=True).live().specific().iterator(),
        *(obj for model in models for obj in model._default_manager.filter(locale=locale)),
    ]
    targets = target_locales(locale)
    keep = set()
    for source in sources:
        if isinstance(source, DraftStateMixin) and not isinstance(source, Page) and not source.live:
            continue
        strings = current_strings(source)
        if strings is None:
            continue
        for target in targets:
            state = update(source, target, strings=strings)
            keep.add(state.pk)
        count += 1
    TranslationState.objects.exclude(pk__in=keep).delete()
    return count
