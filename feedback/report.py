"""The editors' figures: per page (both languages together) votes, score and trend over a period;
the comments of one page. Used by the admin views and their CSV exports."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Max, Q
from django.utils import timezone
from wagtail.models import Locale, Page

from feedback.models import ReviewTask, Vote
from feedback.votes import score
from services.models import ServicePage

TREND_DAYS = 30
PERIODS = {"30": 30, "90": 90, "365": 365, "all": None}
DEFAULT_PERIOD = "90"


@dataclass
class Row:
    translation_key: object
    votes: int
    helpful: int
    comments: int
    last_vote: object
    recent: tuple
    previous: tuple
    page: object = None
    owner: object = None
    open_task: object = None
    latest_comments: list = field(default_factory=list)

    @property
    def score(self):
        return score(self.votes, self.helpful)

    @property
    def recent_score(self):
        return score(*self.recent)

    @property
    def previous_score(self):
        return score(*self.previous)

    @property
    def trend(self):
        """Score of the last 30 days minus that of the 30 days before, in percentage points; None
        when either has no votes."""
        if self.recent_score is None or self.previous_score is None:
            return None
        return round((self.recent_score - self.previous_score) * 100)

    @property
    def title(self):
        return self.page.title if self.page else str(self.translation_key)

    @property
    def kind(self):
        return self.page.specific_class._meta.verbose_name if self.page and self.page.specific_class else ""


def since_for(period):
    days = PERIODS.get(period, PERIODS[DEFAULT_PERIOD])
    return None if days is None else timezone.now() - timedelta(days=days)


def _pages(keys):
    """{translation key: the page in the default language, else in any}"""
    default = Locale.get_default()
    pages = {}
    for page in Page.objects.filter(translation_key__in=keys).order_by("pk"):
        if page.translation_key not in pages or page.locale_id == default.pk:
            pages[page.translation_key] = page
    return pages


def rows(period=DEFAULT_PERIOD, now=None, comments_per_row=3, keys=None):
    now = now or timezone.now()
    votes = Vote.objects.all() if keys is None else Vote.objects.filter(translation_key__in=keys)
    since = since_for(period)
    if since is not None:
        votes = votes.filter(created_at__gte=since)
    recent_since = now - timedelta(days=TREND_DAYS)
    previous_since = now - timedelta(days=2 * TREND_DAYS)
    recent = Q(created_at__gte=recent_since)
    previous = Q(created_at__gte=previous_since, created_at__lt=recent_since)
    # The trend looks at the last 60 days whatever the period.
    trend = (Vote.objects.all() if keys is None else Vote.objects.filter(translation_key__in=keys)).filter(
        created_at__gte=previous_since
    )
    trend = trend.values("translation_key").annotate(
        recent_votes=Count("id", filter=recent),
        recent_helpful=Count("id", filter=recent & Q(helpful=True)),
        previous_votes=Count("id", filter=previous),
        previous_helpful=Count("id", filter=previous & Q(helpful=True)),
    )
    trends = {t["translation_key"]: t for t in trend}
    aggregated = (
        votes.values("translation_key")
        .annotate(
            total=Count("id"),
            helpful_votes=Count("id", filter=Q(helpful=True)),
            comment_count=Count("id", filter=~Q(comment="")),
            last=Max("created_at"),
        )
        .order_by("translation_key")
    )
    result = []
    for item in aggregated:
        t = trends.get(item["translation_key"], {})
        result.append(
            Row(
                translation_key=item["translation_key"],
                votes=item["total"],
                helpful=item["helpful_votes"],
                comments=item["comment_count"],
                last_vote=item["last"],
                recent=(t.get("recent_votes", 0), t.get("recent_helpful", 0)),
                previous=(t.get("previous_votes", 0), t.get("previous_helpful", 0)),
            )
        )
    keys = [row.translation_key for row in result]
    pages = _pages(keys)
    owners = {
        s.translation_key: s.owner_group
        for s in ServicePage.objects.filter(translation_key__in=keys, locale=Locale.get_default()).select_related("owner_group")
    }
    tasks = {t.translation_key: t for t in ReviewTask.objects.filter(translation_key__in=keys, resolved_at__isnull=True)}
    latest = {}
    if comments_per_row:
        for vote in votes.filter(translation_key__in=keys).exclude(comment="").order_by("-created_at")[: 50 * comments_per_row]:
            bucket = latest.setdefault(vote.translation_key, [])
            if len(bucket) < comments_per_row:
                bucket.append(vote)
    for row in result:
        row.page = pages.get(row.translation_key)
        row.owner = owners.get(row.translation_key)
        row.open_task = tasks.get(row.translation_key)
        row.latest_comments = latest.get(row.translation_key, [])
    # Lowest score first: what most needs a look; then most votes.
    result.sort(key=lambda row: (row.score if row.score is not None else 2, -row.votes, row.title))
    return result


def row_for(translation_key, period=DEFAULT_PERIOD):
    found = rows(period, comments_per_row=0, keys=[translation_key])
    return found[0] if found else None


def comments(translation_key, period=DEFAULT_PERIOD):
    votes = Vote.objects.filter(translation_key=translation_key).exclude(comment="").select_related("locale")
    since = since_for(period)
    if since is not None:
        votes = votes.filter(created_at__gte=since)
    return votes.order_by("-created_at")
