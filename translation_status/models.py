"""How current each translation of a German page or snippet is (docs/translation-status.md).

One row per source object and target language. It is kept by this app's signal handlers
(translation_status/tracking.py), independent of wagtail-localize's own sync: a German publish
with changed texts marks the English version out of date, the English publish clears it."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from translation_status.enums import Kind, Status


class TranslationState(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+", verbose_name=_("type"))
    translation_key = models.UUIDField(_("translation key"), db_index=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    source_locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+", verbose_name=_("source language"))
    target_locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+", verbose_name=_("target language"))
    source_object_id = models.CharField(_("source object"), max_length=255)
    target_object_id = models.CharField(_("translated object"), max_length=255, blank=True)
    title = models.CharField(_("title"), max_length=255, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.UNTRANSLATED, db_index=True)
    source_updated_at = models.DateTimeField(
        _("German text changed"), null=True, blank=True, help_text=_("When the source's texts last changed.")
    )
    stale_since = models.DateTimeField(
        _("out of date since"), null=True, blank=True, help_text=_("The first change of the source the translation lacks.")
    )
    changed_strings = models.PositiveIntegerField(_("changed strings"), default=0)
    removed_strings = models.PositiveIntegerField(_("removed strings"), default=0)
    translated_at = models.DateTimeField(_("translation published"), null=True, blank=True)
    # Fingerprints of the source strings: all of them at the source's last publish (to see whether a
    # publish changed any text), and those the published translation reflects (None: not known yet).
    source_digest = models.CharField(max_length=40, blank=True, editable=False)
    translated_strings = models.JSONField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation status")
        verbose_name_plural = _("translation statuses")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "translation_key", "target_locale"], name="translation_state_unique"),
        ]
        indexes = [models.Index(fields=["status", "stale_since"], name="translation_state_stale")]

    def __str__(self):
        return f"{self.title} ({self.target_locale_id}): {self.get_status_display()}"

    @property
    def model_class(self):
        return self.content_type.model_class()

    @property
    def type_label(self):
        model = self.model_class
        return str(model._meta.verbose_name) if model is not None else ""
