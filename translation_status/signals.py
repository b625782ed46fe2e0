"""The signals that keep translation_status.tracking up to date, connected by the app's ready()."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import DraftStateMixin, Page
from wagtail.signals import page_published, page_unpublished, published, unpublished

from core import sitecache
from translation_status import tracking
from translation_status.models import TranslationState


def _page_published(sender, instance, **kwargs):
    if tracking.is_tracked_model(type(instance)):
        tracking.object_changed(instance)


def _snippet_published(sender, instance, **kwargs):
    if not isinstance(instance, Page) and tracking.is_tracked_model(type(instance)):
        tracking.object_changed(instance)


def _snippet_saved(sender, instance, raw=False, **kwargs):
    # Snippets with drafts count when published (_snippet_published); a saved draft is no change.
    if raw or isinstance(instance, Page | DraftStateMixin) or not tracking.is_tracked_model(type(instance)):
        return
    tracking.object_changed(instance)


def _unpublished(sender, instance, **kwargs):
    if type(instance) is not Page and tracking.is_tracked_model(type(instance)):
        tracking.object_gone(instance)


def _deleted(sender, instance, **kwargs):
    if type(instance) is Page or not tracking.is_tracked_model(type(instance)):
        return  # a page's base row goes with its specific one, which is handled
    tracking.object_gone(instance, deleted=True)


def connect():
    page_published.connect(_page_published, dispatch_uid="translation-status-page-published")
    published.connect(_snippet_published, dispatch_uid="translation-status-published")
    post_save.connect(_snippet_saved, dispatch_uid="translation-status-snippet-saved")
    page_unpublished.connect(_unpublished, dispatch_uid="translation-status-page-unpublished")
    unpublished.connect(_unpublished, dispatch_uid="translation-status-unpublished")
    post_delete.connect(_deleted, dispatch_uid="translation-status-deleted")
    # The visitors' note is kept in every process (translation_status/notice.py).
    sitecache.bump_on_save(TranslationState)
