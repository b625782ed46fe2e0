from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationStatusConfig(AppConfig):
    """Translation freshness: which English versions lag behind their German source
    (docs/translation-status.md). Generic over every translatable page and snippet."""

    name = "translation_status"
    verbose_name = _("Translation status")

    def ready(self):
        # Imported here: the handlers use models, which exist only once the app registry is ready.
        from translation_status import signals

        signals.connect()
