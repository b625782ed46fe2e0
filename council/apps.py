from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilConfig(AppConfig):
    name = "council"
    verbose_name = _("Council and calendar")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Collection, CollectionViewRestriction

        from council.models import forget_restricted_collections

        for model in (Collection, CollectionViewRestriction):
            for signal in (post_save, post_delete):
                signal.connect(forget_restricted_collections, sender=model, dispatch_uid=f"council-{model.__name__}")
