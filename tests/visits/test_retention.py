"""Retention: daily rows older than VISITS_RETENTION_DAYS are added up per month and deleted."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from visits.models import DailyVisits, MonthlyVisits
from visits.tasks import prune_visits

pytestmark = pytest.mark.django_db


def test_old_days_become_months(town, settings, db_worker):
    settings.VISITS_RETENTION_DAYS = 30
    page = town.service("hund")
    today = timezone.localdate()
    month = (today - datetime.timedelta(days=70)).replace(day=1)  # all of it older than 30 days
    month_before = (month - datetime.timedelta(days=1)).replace(day=1)
    for day, count in (
        (today, 7),
        (today - datetime.timedelta(days=30), 3),
        (month + datetime.timedelta(days=1), 5),
        (month + datetime.timedelta(days=2), 4),
        (month_before + datetime.timedelta(days=14), 2),
    ):
        DailyVisits.objects.create(day=day, path=page.url, language="de", page=page, count=count)

    call_command("prune_visits", verbosity=0)
    assert sorted(DailyVisits.objects.values_list("count", flat=True)) == [3, 7], "the last 30 days stay daily"
    assert dict(MonthlyVisits.objects.values_list("month", "count")) == {month: 9, month_before: 2}
    assert set(MonthlyVisits.objects.values_list("page_id", flat=True)) == {page.pk}

    # Once more through the real task worker: a day of a month that has its row already.
    DailyVisits.objects.create(day=month + datetime.timedelta(days=3), path=page.url, page=page, count=1)
    result = prune_visits.enqueue()
    db_worker()
    result.refresh()
    assert result.status == "SUCCESSFUL" and result.return_value == 1
    assert MonthlyVisits.objects.get(month=month).count == 10
