"""Visit figures for the floors above (translation_status sorts its report by them)."""

import datetime

from django.db.models import IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from visits.models import DailyVisits

RECENT_DAYS = 30


def recent_visits_by_translation_key(outer_ref="translation_key", days=RECENT_DAYS):
    """An expression for annotate(): the visits of the last `days` days (today included) of every
    language version of the page whose translation key is `outer_ref`; 0 for none (and for snippets,
    which have no address)."""
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    total = (
        DailyVisits.objects.filter(page__translation_key=OuterRef(outer_ref), day__gte=since)
        .order_by()
        .values("page__translation_key")
        .annotate(total=Sum("count"))
        .values("total")
    )
    return Coalesce(Subquery(total, output_field=IntegerField()), 0)
