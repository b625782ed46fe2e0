"""Counts into the DailyVisits table, and the table's retention (docs/visits.md)."""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Sum
from django.http import Http404, HttpRequest
from django.utils import timezone, translation
from wagtail.models import Site

from visits import counter, rules
from visits.models import DailyVisits, MonthlyVisits

FLUSH_LOCK = "visits:flush-lock"


def resolve(path):
    """The Wagtail page a public address leads to (a routable page's sub-address included), or None."""
    language = rules.language_of(path)
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if not language or site is None:
        return None
    components = [part for part in path[len(language) + 2 :].split("/") if part]
    request = HttpRequest()
    request.META["SERVER_NAME"] = site.hostname
    request.META["SERVER_PORT"] = str(site.port)
    try:
        with translation.override(language):
            root = site.root_page.localized.specific
            if root.locale.language_code != language:
                return None
            page = root.route(request, components).page
    except Http404:
        return None
    except Exception:  # an address some page cannot route any more: counted, without a page
        return None
    return page if page.live else None


def add_counts(counts):
    """Add {(day, path): n} to DailyVisits, resolving each new address to its page. Returns the visits added."""
    if not counts:
        return 0
    resolved = {}
    with transaction.atomic():
        for (day, path), count in sorted(counts.items()):
            if count <= 0:
                continue
            day = datetime.date.fromisoformat(day) if isinstance(day, str) else day
            if DailyVisits.objects.filter(day=day, path=path).update(count=F("count") + count):
                continue
            if path not in resolved:
                resolved[path] = resolve(path)
            DailyVisits.objects.create(
                day=day, path=path, language=rules.language_of(path), page=resolved[path], count=count
            )
    return sum(count for count in counts.values() if count > 0)


def flush():
    """Move the shared counters (and what this process holds) into DailyVisits. One flush at a time
    (a lock in the cache); what is moved is subtracted from the counters after the commit, so visits
    counted meanwhile stay. Returns the number of visits moved, or None when another flush runs."""
    counter.flush_buffer()
    if not cache.add(FLUSH_LOCK, 1, timeout=600):
        return None
    try:
        counts = counter.pending()
        moved = add_counts(counts)
        counter.add({key: -count for key, count in counts.items()})
        today = timezone.localdate().isoformat()
        counter.forget_days({day for day, _path in counts if day < today})
        return moved
    finally:
        cache.delete(FLUSH_LOCK)


def retention_days():
    return settings.VISITS_RETENTION_DAYS


def prune(today=None):
    """Daily rows older than VISITS_RETENTION_DAYS are added up per address and month into
    MonthlyVisits and deleted. Returns the number of daily rows removed."""
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=retention_days())
    old = DailyVisits.objects.filter(day__lt=cutoff)
    removed = 0
    with transaction.atomic():
        months = {}
        for row in old.values("day", "path", "language", "page_id", "count").iterator():
            key = (row["day"].replace(day=1), row["path"])
            entry = months.setdefault(key, {"language": row["language"], "page_id": row["page_id"], "count": 0})
            entry["count"] += row["count"]
            entry["page_id"] = entry["page_id"] or row["page_id"]
        for (month, path), entry in months.items():
            updated = MonthlyVisits.objects.filter(month=month, path=path).update(count=F("count") + entry["count"])
            if not updated:
                MonthlyVisits.objects.create(month=month, path=path, **entry)
        removed, _by_model = old.delete()
    return removed


def visits_since(days, today=None):
    """{page id: visits} of the last `days` days (today included)."""
    today = today or timezone.localdate()
    since = today - datetime.timedelta(days=days - 1)
    rows = DailyVisits.objects.filter(day__gte=since, page__isnull=False).values("page_id").annotate(n=Sum("count"))
    return {row["page_id"]: row["n"] for row in rows}
