"""Which tags a change bumps, and the purge that follows.

Every save and delete of a model that can appear on a page bumps:
- the object's own tag (a page's and a translatable snippet's by translation key: both languages),
- its model's tag (and, for pages, the tag of each concrete page class it is: lists of services),
- for a page, `children:<parent path>` (menus and lists of a page's children),
- for a row inside a cluster (a ParentalKey: opening hours, footer links, a Lebenslage's service
  links), what its parent bumps,
- whatever refers to the object in Wagtail's reference index (a page that links to a page, an alert
  whose "more information" page moved, a service page whose office changed), one level deep, and
  for a snippet found that way also what refers to it.
A page move or slug change bumps the whole subtree (their addresses and breadcrumbs changed).

Bumps happen at once (so the same process, and a test inside a transaction, sees the change) and
again after the transaction commits (so no process can have stored what it read before the commit);
after the commit the addresses stored under those tags are also purged from the front cache."""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_slug_changed, post_page_move

from pagecache import store
from pagecache.recording import is_page, link_tags, model_tag, names, object_tag

logger = logging.getLogger(__name__)

# Records nobody sees on a page, or that change on every request (logs, sessions, renditions...).
IGNORED_APPS = {
    "admin",
    "auth",
    "axes",
    "contenttypes",
    "django_tasks_db",
    "sessions",
    "wagtail_localize",
    "wagtailadmin",
    "wagtailembeds",
    "wagtailsearch",
    "wagtailusers",
}
IGNORED_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.uploadedfile",
    "wagtailimages.rendition",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
}
# A page saved with only these fields changed its draft, not what visitors see.
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "comments",
    "wagtail_admin_comments",
    "locked",
    "locked_by",
    "locked_at",
    "approved_go_live_at",
}


def ignored(model):
    if model.__module__ == "__fake__":  # a historical model, inside a migration
        return True
    meta = model._meta
    return meta.app_label in IGNORED_APPS or meta.label_lower in IGNORED_MODELS


# --- what a change bumps --------------------------------------------------------------------------


def page_tags(page):
    parent_path = page.path[: -page.steplen]
    tags = {object_tag(page), *link_tags([page]), f"children:{parent_path}"}
    if page.show_in_menus:
        tags.add(f"menu:{parent_path}")  # a page leaving the menu is purged by its link tag
    specific = page.specific_class or type(page)
    for model in (specific, *specific._meta.get_parent_list()):
        tags.add(model_tag(model))
    return tags


def object_tags(obj, seen=None):
    """The tags a change of `obj` bumps (without the reference index)."""
    model = type(obj)
    if is_page(obj):
        return page_tags(obj)
    tags = {object_tag(obj), model_tag(model)}
    if issubclass(model, BaseSiteSetting | BaseGenericSetting):
        tags.add("settings")
    for field in model._meta.concrete_fields:
        if type(field).__name__ == "ParentalKey":
            parent = getattr(obj, field.name, None) if getattr(obj, field.attname, None) else None
            if parent is not None:
                tags |= object_tags(parent)
    return tags


def _referencing_tags(objects, depth=2):
    """Tags of everything that refers to `objects` in the reference index."""
    tags = set()
    if not objects:
        return tags
    refs = ReferenceIndex.get_references_to_in_bulk(objects)
    by_type = {}
    for content_type_id, object_id in refs.values_list("base_content_type_id", "object_id").distinct():
        by_type.setdefault(content_type_id, set()).add(object_id)
    snippets = []
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or ignored(model):
            continue
        if issubclass(model, Page):
            keys = Page.objects.filter(pk__in=ids).values_list("translation_key", flat=True)
            tags |= {f"page:{key}" for key in keys}
        else:
            for found in model._default_manager.filter(pk__in=ids):
                tags |= object_tags(found)
                snippets.append(found)
    if depth > 1 and snippets:
        tags |= _referencing_tags(snippets, depth - 1)
    return tags


# --- bumping and purging --------------------------------------------------------------------------

def invalidate(tags):
    """Bump `tags` now and again after the commit, then purge their addresses from the front cache."""
    tags = set(tags)
    if not tags:
        return
    store.bump(tags)
    # Each change gets its own callback (after the commit, the index hands out each address once, so
    # a page is purged once however many rows of it were saved).
    transaction.on_commit(lambda: _after_commit(tags), robust=True)


def _after_commit(tags):
    store.bump(tags)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        urls = sorted(store.index_pop(tags))
        if urls:
            _purge(urls)


def _purge(urls):
    """Send the purges now, in this process, right after the commit: Wagtail's purge_urls_from_cache
    only enqueues a task, which waits for the worker's next poll and queues behind the publish's own
    reference-index task and any long task (measured: up to 1 s behind nginx). The front cache is
    next to the app server, so the PURGE requests take milliseconds. If sending fails here, the
    purge is handed to the task queue, which retries it."""
    from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task  # imports its backends

    try:
        purge_urls_from_cache_task.call(urls)
    except Exception:
        logger.warning("pagecache: front-cache purge failed, queued for the worker", exc_info=True)
        purge_urls_from_cache_task.enqueue(urls)


def tags_for_change(obj):
    """What a change of `obj` bumps. Its queries run in a savepoint: where a table does not exist
    yet (a migration saving rows), the object's own tags are bumped and the transaction goes on."""
    try:
        with transaction.atomic():
            return _tags_for_change(obj)
    except DatabaseError:
        logger.debug("pagecache: no reference lookup for %r", obj, exc_info=True)
        return object_tags(obj)


def _tags_for_change(obj):
    tags = object_tags(obj)
    related = [obj]
    key = getattr(obj, "translation_key", None)
    if key is not None and not is_page(obj) and obj.pk is not None:
        # A translation may point at the source language's row (and show its own): all of them.
        related += list(type(obj)._default_manager.filter(translation_key=key).exclude(pk=obj.pk))
    tags |= _referencing_tags(related)
    return tags


# --- signal handlers ------------------------------------------------------------------------------


def on_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if ignored(sender):
        return
    if update_fields and is_page(sender) and set(update_fields) <= DRAFT_FIELDS:
        return
    invalidate(tags_for_change(instance))


def on_delete(sender, instance, **kwargs):
    if ignored(sender):
        return
    invalidate(tags_for_change(instance))


def on_m2m(sender, instance, action, **kwargs):
    if action.startswith("post_") and not ignored(type(instance)):
        invalidate(tags_for_change(instance))


def on_subtree_change(sender, instance, **kwargs):
    """A move or a new slug: every page below has a new address and new breadcrumbs."""
    subtree = list(Page.objects.filter(path__startswith=instance.path).only("pk", "translation_key", "path", "depth"))
    tags = set(names(subtree)) | set(link_tags(subtree)) | page_tags(instance)
    before = kwargs.get("parent_page_before")
    if before is not None:
        tags.add(f"children:{before.path}")
    tags |= _referencing_tags(subtree)
    invalidate(tags)


def connect():
    post_save.connect(on_save, dispatch_uid="pagecache-save")
    post_delete.connect(on_delete, dispatch_uid="pagecache-delete")
    m2m_changed.connect(on_m2m, dispatch_uid="pagecache-m2m")
    post_page_move.connect(on_subtree_change, dispatch_uid="pagecache-move")
    page_slug_changed.connect(on_subtree_change, dispatch_uid="pagecache-slug")
