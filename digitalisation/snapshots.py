"""Monthly snapshots of the figures: the current month from the live services (the scheduled task),
past months rebuilt from the services' page revisions (the backfill)."""

from datetime import date, datetime, time

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, PageLogEntry, Revision

from digitalisation import figures
from digitalisation.models import Snapshot, SnapshotSource
from services.models import ServicePage


def month_of(day):
    return date(day.year, day.month, 1)


def add_months(month, count):
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def month_end(month):
    """The moment the month is over (midnight at the start of the next, in the site's time zone)."""
    return timezone.make_aware(datetime.combine(add_months(month, 1), time.min))


def plain(summary):
    """A summary as a snapshot keeps it: the numbers under their keys, without the labels (which are
    in the language that happened to be active; the page labels the keys itself)."""

    def numbers(group):
        return {key: value for key, value in group.items() if key != "label"}

    return {
        "headline": numbers(summary["headline"]),
        "by_level": [numbers(group) for group in summary["by_level"]],
        "by_audience": [numbers(group) for group in summary["by_audience"]],
    }


def take(today=None):
    """Write this month's snapshot of every language from its live public services (replacing one
    already taken this month). Returns the snapshots."""
    month = month_of(today or timezone.localdate())
    forms = figures.live_form_page_ids()
    written = []
    with transaction.atomic():
        for locale in Locale.objects.all():
            services = figures.services_in(locale.pk)
            summary = figures.summary(figures.assess(service, forms) for service in services)
            snapshot, _created = Snapshot.objects.update_or_create(
                locale=locale,
                month=month,
                defaults={"figures": plain(summary), "source": SnapshotSource.TASK, "taken_at": timezone.now()},
            )
            written.append(snapshot)
    return written


def published_states(pages, cutoff):
    """{page id: the page as it was published at `cutoff`} for the pages live then: the revision of
    each page's last publication before the cutoff, unless it was unpublished after that. A page
    published without a log entry falls back to its last revision before the cutoff."""
    ids = [page.pk for page in pages]
    last = {}
    for entry in (
        PageLogEntry.objects.filter(
            page_id__in=ids, timestamp__lt=cutoff, action__in=("wagtail.publish", "wagtail.unpublish")
        )
        .order_by("page_id", "timestamp", "pk")
        .only("page_id", "action", "revision_id")
    ):
        last[entry.page_id] = entry
    revision_ids = {entry.revision_id for entry in last.values() if entry.action == "wagtail.publish"}
    logged = set(last)
    for page in pages:
        if page.pk in logged or not page.first_published_at or page.first_published_at >= cutoff:
            continue
        revision = (
            Revision.page_revisions.filter(object_id=str(page.pk), created_at__lt=cutoff)
            .order_by("-created_at", "-pk")
            .only("pk")
            .first()
        )
        if revision is not None:
            revision_ids.add(revision.pk)
    revisions = Revision.objects.filter(pk__in=[pk for pk in revision_ids if pk])
    states = {}
    for revision in revisions:
        page = revision.as_object()
        states[page.pk] = page
    return states


def rebuild(month, locale, pages, forms):
    """The summary of `locale` at the end of `month`, from the revisions of `pages`."""
    states = published_states(pages, month_end(month))
    return figures.summary(figures.assess(page, forms) for page in states.values())


def backfill(months=12, today=None, force=False):
    """Rebuild the snapshots of the `months` months before the current one from page revisions.
    Months that have a snapshot keep it unless `force`. Returns the snapshots written."""
    current = month_of(today or timezone.localdate())
    forms = figures.live_form_page_ids()
    written = []
    for locale in Locale.objects.all():
        # Every public service of the language, published now or not: one unpublished today may have been live then.
        pages = list(ServicePage.objects.filter(locale=locale).public().only("id", "first_published_at"))
        for back in range(months, 0, -1):
            month = add_months(current, -back)
            if not force and Snapshot.objects.filter(locale=locale, month=month).exists():
                continue
            summary = rebuild(month, locale, pages, forms)
            if summary["headline"]["services"] == 0 and not force:
                continue  # before the first service was published: no month to show
            snapshot, _created = Snapshot.objects.update_or_create(
                locale=locale,
                month=month,
                defaults={"figures": plain(summary), "source": SnapshotSource.BACKFILL, "taken_at": timezone.now()},
            )
            written.append(snapshot)
    return written
