"""Votes on a page ("Was this page helpful?") and the review tasks a low score opens.

A vote belongs to the page's translation key, so the German and the English page of one service
count together. No address, no cookie, nothing that identifies the visitor is stored; the comment,
which may contain what a visitor typed about themselves, is blanked after the retention period
(feedback.retention) and never shown on the public site."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Vote(models.Model):
    translation_key = models.UUIDField(_("translation key"), db_index=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page in the language the vote was given on."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.PROTECT, related_name="+"
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("given at"), default=timezone.now, db_index=True)
    anonymised = models.BooleanField(
        _("anonymised"), default=False, help_text=_("The comment was removed at the end of the retention period.")
    )

    class Meta:
        verbose_name = _("feedback vote")
        verbose_name_plural = _("feedback votes")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["translation_key", "created_at"], name="feedback_vote_key_created")]

    def __str__(self):
        return f"{'+' if self.helpful else '-'} {self.translation_key} {self.created_at:%Y-%m-%d}"


class ReviewTask(models.Model):
    """A page whose score fell below FEEDBACK_REVIEW_THRESHOLD: its owning department should look at
    it. At most one open task per page (both languages)."""

    translation_key = models.UUIDField(_("translation key"), db_index=True)
    reason = models.TextField(_("reason"))
    votes = models.PositiveIntegerField(_("votes"))
    score = models.FloatField(_("score"))
    owner_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("owning department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)

    class Meta:
        verbose_name = _("feedback review task")
        verbose_name_plural = _("feedback review tasks")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key"], condition=Q(resolved_at__isnull=True), name="feedback_one_open_task"
            )
        ]

    def __str__(self):
        return f"{self.translation_key}: {self.reason}"

    @property
    def is_open(self):
        return self.resolved_at is None
