from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial")

    def ready(self):
        # Imported here: these modules use models, which are loaded only now.
        from django.db.models.signals import post_save
        from wagtail.signals import page_published

        from editorial import notifications, permissions, reviews, tasks

        permissions.register_policies()
        for model in permissions.owned_page_models():
            post_save.connect(permissions.owner_group_saved, sender=model, dispatch_uid=f"editorial-owner-{model._meta.label_lower}")
        # Before core.facts' receiver (core starts later), which copies the dates to the translations.
        page_published.connect(reviews.page_published, dispatch_uid="editorial-review-dates")
        notifications.connect(tasks.enqueue_workflow_email)
