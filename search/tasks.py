"""Keeping the search fresh.

Wagtail (modelsearch) already re-indexes every saved page and snippet through a django-tasks
task, so publishing, unpublishing and translating (which save the page) reach the index through
the task worker. Two gaps are closed here:

- moving a page changes the URL path of its whole subtree without saving the descendants, so
  `reindex_subtree` re-indexes them in the background;
- the query-expansion vocabulary (search/vocabulary.py) learns the words of every saved or
  published row of the registered sources (search/registry.py) and every synonym change, as
  one numbered change in the shared cache that each process applies incrementally.

`manage.py update_index` rebuilds the whole index; run `manage.py shell -c "from
search.vocabulary import invalidate; invalidate()"` (or wait MAX_AGE) for a full vocabulary build.
"""

from django.db.models.signals import post_delete, post_save
from django_tasks import task
from wagtail.models import Page
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import registry
from search.models import Synonym
from search.vocabulary import record_change


@task()
def reindex_subtree(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    count = 0
    for descendant in page.get_descendants(inclusive=True).specific().iterator():
        index.insert_or_update_object(descendant)
        count += 1
    return count


def _content_changed(sender, instance=None, update_fields=None, **kwargs):
    if isinstance(instance, Synonym):
        record_change(instance.language, synonyms=True)
        return
    source = registry.source_of(instance) if instance is not None else None
    if source is None:
        return
    if source.is_page and not instance.live:
        return  # a draft: its words join when it is published
    if update_fields is not None and not set(update_fields) & set(source.fields):
        return  # e.g. saving a revision pointer; the words did not change
    locale = getattr(instance, "locale", None)
    if locale is None:
        return
    texts = [str(getattr(instance, name, "") or "") for name in source.fields]
    record_change(locale.language_code, texts)


def _page_moved(sender, instance=None, **kwargs):
    reindex_subtree.enqueue(instance.pk)


def connect():
    post_save.connect(_content_changed, dispatch_uid="search_content_saved")
    post_delete.connect(_content_changed, dispatch_uid="search_content_deleted")
    page_published.connect(_content_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(_content_changed, dispatch_uid="search_page_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="search_page_moved")
