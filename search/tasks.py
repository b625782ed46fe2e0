"""Keeping the search fresh.

Wagtail (modelsearch) already re-indexes every saved page and snippet through a django-tasks
task, so publishing, unpublishing and translating (which save the page) reach the index through
the task worker. Two gaps are closed here:

- moving a page changes the URL path of its whole subtree without saving the descendants, so
  `reindex_subtree` re-indexes them in the background;
- the query-expansion vocabulary (search/vocabulary.py) is rebuilt after any change of pages,
  rows of the registered sources (search/registry.py) or synonyms; invalidating it is a single
  cache write, done at once.

`manage.py update_index` rebuilds the whole index; the vocabulary follows on the next search.
"""

from django.db.models.signals import post_delete, post_save
from django_tasks import task
from wagtail.models import Page
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import registry
from search.models import Synonym
from search.vocabulary import invalidate


@task()
def reindex_subtree(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    count = 0
    for descendant in page.get_descendants(inclusive=True).specific().iterator():
        index.insert_or_update_object(descendant)
        count += 1
    invalidate()
    return count


def _content_changed(sender, instance=None, **kwargs):
    if isinstance(instance, (Page, Synonym, *registry.models())):
        invalidate()


def _page_moved(sender, instance=None, **kwargs):
    reindex_subtree.enqueue(instance.pk)


def connect():
    post_save.connect(_content_changed, dispatch_uid="search_content_saved")
    post_delete.connect(_content_changed, dispatch_uid="search_content_deleted")
    page_published.connect(_content_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(_content_changed, dispatch_uid="search_page_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="search_page_moved")
