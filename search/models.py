"""Editors' synonyms and the daily query log behind the admin reports."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from search.text import fold, tokens


class Synonym(models.Model):
    """A group of words that mean the same thing to citizens, in one language.

    A query containing any of them also looks for all the others: "Knöllchen, Strafzettel,
    Verwarnungsgeld". Phrases are allowed ("Perso verloren")."""

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="de")
    terms = models.TextField(
        _("words that mean the same"),
        help_text=_(
            "Comma-separated, e.g. 'Knöllchen, Strafzettel, Verwarnungsgeld'. A search for any of them "
            "also finds pages that use the others. Umlauts and capitals do not matter."
        ),
    )
    note = models.CharField(_("note for editors"), max_length=255, blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    panels = [FieldPanel("language"), FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["language", "terms"]

    def __str__(self):
        return self.terms

    def term_list(self):
        return [t.strip() for t in self.terms.split(",") if t.strip()]

    def folded_terms(self):
        """Each term as a tuple of folded tokens (no stop-word removal: phrases stay whole)."""
        return [tuple(tokens(t)) for t in self.term_list() if tokens(t)]


class QueryLog(models.Model):
    """How often a query was searched on a day, and how many results it had last time.

    Only the normalised query text is stored: no IP address, no session, no user."""

    date = models.DateField(_("date"), db_index=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    query = models.CharField(_("query"), max_length=200)
    count = models.PositiveIntegerField(_("searches"), default=0)
    results = models.PositiveIntegerField(_("results"), default=0)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [models.UniqueConstraint(fields=["date", "language", "query"], name="search_querylog_unique_day")]
        indexes = [models.Index(fields=["results", "date"], name="search_querylog_zero_idx")]

    def __str__(self):
        return f"{self.date} {self.language} {self.query} ×{self.count}"


def normalise_for_log(query):
    return " ".join(fold(query).split())[:200]
