"""The dashboard page (Digitalisierungsstand) and the monthly snapshots behind its trend."""

import csv
import io

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.exports import safe_cell
from core.models import BasePage
from digitalisation import charts, figures
from pagecache import tag

DEFAULT_LICENCE = "Datenlizenz Deutschland – Namensnennung – Version 2.0"
DEFAULT_LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"


class SnapshotSource(models.TextChoices):
    TASK = "task", _("Taken by the scheduled task")
    BACKFILL = "backfill", _("Rebuilt from page revisions")
    DEMO = "demo", _("Demo data")


class Snapshot(models.Model):
    """The figures of one language at one month (the first day stands for the month). The scheduled
    task writes the current month (again and again, the last run wins); the backfill past months."""

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    month = models.DateField(_("month"))
    figures = models.JSONField(_("figures"), encoder=DjangoJSONEncoder)
    source = models.CharField(_("source"), max_length=10, choices=SnapshotSource.choices, default=SnapshotSource.TASK)
    taken_at = models.DateTimeField(_("taken at"), default=timezone.now)

    class Meta:
        verbose_name = _("digitalisation snapshot")
        verbose_name_plural = _("digitalisation snapshots")
        ordering = ["locale", "month"]
        constraints = [models.UniqueConstraint(fields=["locale", "month"], name="digitalisation_snapshot_per_month")]

    def __str__(self):
        return f"{self.locale} {self.month:%Y-%m}"

    @property
    def headline(self):
        return self.figures.get("headline", {})


HEADLINE_KEYS = ("services", "online", "fully_digital", "online_share", "fully_digital_share")


def history_row(snapshot):
    """One month of the trend: the snapshot's headline figures, the month as key and label."""
    return {
        "key": f"{snapshot.month:%Y-%m}",
        "label": date_format(snapshot.month, "YEAR_MONTH_FORMAT"),
        "month": f"{snapshot.month:%Y-%m}",
        **{key: snapshot.headline.get(key, 0) for key in HEADLINE_KEYS},
    }


def history(locale_id, months=24):
    """The last `months` snapshots of a language, oldest first."""
    tag(Snapshot)  # pagecache: a snapshot written
    rows = list(Snapshot.objects.filter(locale_id=locale_id).order_by("-month")[:months])
    return list(reversed(rows))


class DigitalisationPage(RoutablePageMixin, BasePage):
    """Digitalisierungsstand: how far the services are digitalised, kept current by itself; figures
    also as open data at <page>/daten/csv/ and <page>/daten/json/ (the same in each language;
    Wagtail's page addresses allow no dots)."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("What the page reports and why."))
    method_note = models.TextField(
        _("how the figures are counted"),
        blank=True,
        help_text=_("Shown below the figures. Leave empty for the standard explanation."),
    )
    licence_name = models.CharField(_("data licence"), max_length=200, default=DEFAULT_LICENCE)
    licence_url = models.URLField(_("licence address"), blank=True, default=DEFAULT_LICENCE_URL)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("method_note"),
        MultiFieldPanel([FieldPanel("licence_name"), FieldPanel("licence_url")], heading=_("Open data")),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("method_note"),
        SynchronizedField("licence_name"),
        SynchronizedField("licence_url"),
    ]

    parent_page_types = ["home.HomePage", "cms.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("digitalisation dashboard")
        verbose_name_plural = _("digitalisation dashboards")

    # --- the figures ---------------------------------------------------------------------------

    def report(self):
        """The current figures of this page's language with its history (monthly snapshots)."""
        data = figures.current(self.locale_id)
        data["history"] = [history_row(snap) for snap in history(self.locale_id)]
        return data

    def open_data(self, request, data):
        """The figures as plain data (JSON): what the page shows, without the page objects."""
        return {
            "title": self.title,
            "url": self.get_full_url(request),
            "language": self.locale.language_code,
            "generated": timezone.now().isoformat(timespec="seconds"),
            "licence": {"name": self.licence_name, "url": self.licence_url},
            "headline": data["headline"],
            "by_level": data["by_level"],
            "by_audience": data["by_audience"],
            "by_lebenslage": data["by_lebenslage"],
            "not_fully_digital": [
                {
                    "title": row["title"],
                    "url": row["service"].get_full_url(request),
                    "level": row["level"],
                    "reason": row["reason"],
                    "reason_label": row["reason_label"],
                    "outside_body": row["outside_body"],
                    "missing": row["missing"],
                    "missing_labels": row["missing_labels"],
                    "target_date": row["target_date"].isoformat() if row["target_date"] else None,
                }
                for row in data["not_fully_digital"]
            ],
            "history": [{k: v for k, v in row.items() if k != "label"} for row in data["history"]],
        }

    # --- addresses -------------------------------------------------------------------------

    @path("")
    def dashboard(self, request):
        data = self.report()
        context = {
            "report": data,
            "charts": {
                "level": charts.bars(data["by_level"]),
                "audience": charts.bars(data["by_audience"]),
                "lebenslage": charts.bars(data["by_lebenslage"]),
                "trend": charts.trend(data["history"]),
            },
            "csv_url": self.url + self.reverse_subpage("csv"),
            "json_url": self.url + self.reverse_subpage("json"),
        }
        return self.render(request, context_overrides=context)

    @path("daten/csv/", name="csv")
    def csv_route(self, request):
        data = self.report()
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for section, rows in (
            ("headline", [data["headline"]]),
            ("level", data["by_level"]),
            ("audience", data["by_audience"]),
            ("lebenslage", data["by_lebenslage"]),
            ("month", data["history"]),
        ):
            for row in rows:
                writer.writerow([section] + [safe_cell(row[column]) for column in CSV_COLUMNS[1:]])
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{self.slug}.csv"'
        if self.licence_url:
            response["Link"] = f'<{self.licence_url}>; rel="license"'
        return response

    @path("daten/json/", name="json")
    def json_route(self, request):
        response = JsonResponse(
            self.open_data(request, self.report()), encoder=DjangoJSONEncoder, json_dumps_params={"ensure_ascii": False}
        )
        if self.licence_url:
            response["Link"] = f'<{self.licence_url}>; rel="license"'
        return response

    def method_text(self):
        return self.method_note or gettext(
            "A service counts as online from OZG maturity level 2 (apply online). It counts as fully digital"
            " when it can be applied for online, every application is confirmed automatically, it is processed"
            " without retyping and, where a fee applies, the fee can be paid online. Only published services"
            " that everyone can see are counted."
        )


CSV_COLUMNS = ["section", "key", "label", "services", "online", "fully_digital", "online_share", "fully_digital_share"]
