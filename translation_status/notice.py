"""The visitors' note on a translation that lags behind its German source: "The German version of
this page was updated on ...", with a link to it.

Shown when the translation is out of date and either the German text changed more than
TRANSLATION_STALE_NOTICE_DAYS days after the translation was last published, or the translation
has been waiting that long since the change it lacks (so a small lag gives translators time, and a
translation left behind is marked in the end).

Costs no query per page view: the out-of-date pages are read once per sitecache generation and kept
in the process (TranslationState is registered with sitecache.bump_on_save); the page cache is told
the state's tag (a change of it purges the page) and when the note is due to appear."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from core import sitecache
from core.i18n import page_lookup
from pagecache import expires_at, tag
from translation_status.enums import Kind, Status
from translation_status.models import TranslationState


@dataclass(frozen=True)
class Lag:
    source_updated_at: datetime
    stale_since: datetime
    translated_at: datetime | None


@dataclass(frozen=True)
class Notice:
    updated_at: datetime
    source_url: str
    language_code: str


def notice_days():
    return timedelta(days=getattr(settings, "TRANSLATION_STALE_NOTICE_DAYS", 14))


def _build_lags():
    rows = TranslationState.objects.filter(kind=Kind.PAGE, status=Status.OUTDATED).exclude(target_object_id="")
    return {
        int(object_id): Lag(updated, since or updated, translated)
        for object_id, updated, since, translated in rows.values_list(
            "target_object_id", "source_updated_at", "stale_since", "translated_at"
        )
        if updated is not None
    }


def lags():
    """{page id: Lag} of every translated page that is out of date, kept in the process."""
    return sitecache.kept(("translation_status", "lags"), _build_lags)


def due_at(lag):
    """When the note appears for this lag (the past: at once)."""
    days = notice_days()
    if lag.translated_at is not None and lag.source_updated_at - lag.translated_at > days:
        return lag.source_updated_at
    return lag.stale_since + days


def notice_for(page, request):
    """The Notice to show on `page`, or None. Tells the page cache what the answer depends on."""
    if page is None or not getattr(page, "pk", None) or getattr(request, "is_preview", False):
        return None
    source = sitecache.locale_for(settings.LANGUAGE_CODE)
    if source is None or page.locale_id == source.pk:
        return None
    tag(TranslationState(translation_key=page.translation_key))
    lag = lags().get(page.pk)
    if lag is None:
        return None
    due = due_at(lag)
    if due > timezone.now():
        expires_at(due)
        return None
    german = page_lookup(page, request).translations.get(source.language_code) if request is not None else None
    if german is None:
        return None
    return Notice(updated_at=lag.source_updated_at, source_url=german.get_url(request), language_code=source.language_code)
