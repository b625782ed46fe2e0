"""The base of every page factory: created below `parent` and, unless `publish=False`, published
with a revision (after the relations the factory adds), as an editor's "Publish" does."""

import factory
import wagtail_factories


class PublishedPageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        page._publish = extracted is not False

    @classmethod
    def _after_postgeneration(cls, page, create, results=None):
        if not create:
            return
        if page._publish:
            page.save_revision().publish()
        else:
            page.live = False
            page.save()
            page.save_revision()
