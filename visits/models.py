"""Visit counts per page address, language and day; nothing about the visitor (docs/visits.md)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VisitCount(models.Model):
    """What a daily and a monthly row share: the address, its language, the page it led to and the
    count."""

    path = models.CharField(_("address"), max_length=400)
    language = models.CharField(_("language"), max_length=10, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("page")
    )
    count = models.PositiveIntegerField(_("visits"), default=0)

    class Meta:
        abstract = True


class DailyVisits(VisitCount):
    """How often a page address was visited on a day. `page` is the Wagtail page the address led to
    when the counts were moved here (empty for an address that no longer leads to a page)."""

    day = models.DateField(_("day"))

    class Meta:
        verbose_name = _("daily visits")
        verbose_name_plural = _("daily visits")
        constraints = [models.UniqueConstraint(fields=["day", "path"], name="visits_daily_unique")]
        indexes = [models.Index(fields=["page", "day"], name="visits_daily_page_day")]

    def __str__(self):
        return f"{self.day} {self.path}: {self.count}"


class MonthlyVisits(VisitCount):
    """Daily rows older than VISITS_RETENTION_DAYS, added up per page address and month
    (`manage.py prune_visits`)."""

    month = models.DateField(_("month"), help_text=_("The first day of the month."))

    class Meta:
        verbose_name = _("monthly visits")
        verbose_name_plural = _("monthly visits")
        constraints = [models.UniqueConstraint(fields=["month", "path"], name="visits_monthly_unique")]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.path}: {self.count}"


class LogPosition(models.Model):
    """How far `manage.py import_visits` has read an nginx log file: the file is known by its device
    and inode (a rotated file keeps them, a new file gets new ones), the offset is the byte after the
    last complete line counted."""

    device = models.BigIntegerField()
    inode = models.BigIntegerField()
    offset = models.BigIntegerField(default=0)
    # A digest of the file's first line: an inode used again by a new file is not taken for the old one.
    head = models.CharField(max_length=64, blank=True)
    path = models.CharField(max_length=1000, blank=True, help_text=_("Where the file was when it was last read."))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("log position")
        verbose_name_plural = _("log positions")
        constraints = [models.UniqueConstraint(fields=["device", "inode"], name="visits_log_position_unique")]

    def __str__(self):
        return f"{self.path} @ {self.offset}"
