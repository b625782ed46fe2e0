"""Monthly snapshots: the task through the real database worker, the command, the backfill from revisions, the trend."""

from datetime import date, datetime, time, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageLogEntry, Revision

from digitalisation import snapshots
from digitalisation.models import Snapshot, SnapshotSource
from digitalisation.tasks import take_snapshot
from services.models import ServicePage
from tests.digitalisation.helpers import dashboard, known_facts, set_facts

pytestmark = pytest.mark.django_db


def headline(snapshot):
    return [snapshot.headline[k] for k in ("services", "online", "fully_digital")]


def test_the_task_writes_this_months_snapshot_through_the_worker(db_worker, client, town):
    known_facts(town)
    german, _english = dashboard(town.home)
    take_snapshot.enqueue()
    assert Snapshot.objects.count() == 0
    db_worker()
    assert DBTaskResult.objects.get(task_path="digitalisation.tasks.take_snapshot").status == "SUCCESSFUL"
    month = snapshots.month_of(timezone.localdate())
    snapshot = Snapshot.objects.get(locale=german.locale, month=month)
    assert headline(snapshot) == [5, 2, 1]
    assert snapshot.source == SnapshotSource.TASK
    assert [g["services"] for g in snapshot.figures["by_level"]] == [2, 1, 1, 1, 0]
    # Shown as the trend, and the cached page is renewed by the snapshot.
    html = client.get(german.url).content.decode()
    assert html.count('role="img"') == 4
    assert f'<time datetime="{month:%Y-%m}">' in html
    # A second run in the same month replaces the month's figures, never adds a second row.
    set_facts(town.service("fundsachen"), ozg_level=3)
    take_snapshot.enqueue()
    db_worker()
    assert Snapshot.objects.filter(locale=german.locale).count() == 1
    assert headline(Snapshot.objects.get(locale=german.locale, month=month)) == [5, 3, 1]


def test_the_command(town):
    out = StringIO()
    call_command("digitalisation_snapshot", stdout=out)
    assert "2 languages" in out.getvalue()
    assert Snapshot.objects.count() == 2
    with pytest.raises(CommandError):
        call_command("digitalisation_snapshot", "--backfill", "--months", "0")


def move_history_back(months):
    """Pretend every service was created and published on the 11th of the month `months` months ago."""
    month = snapshots.add_months(snapshots.month_of(timezone.localdate()), -months)
    then = timezone.make_aware(datetime.combine(month + timedelta(days=10), time(9)))
    ids = list(ServicePage.objects.values_list("pk", flat=True))
    PageLogEntry.objects.filter(page_id__in=ids).update(timestamp=then)
    Revision.page_revisions.filter(object_id__in=[str(pk) for pk in ids]).update(created_at=then)
    ServicePage.objects.filter(pk__in=ids).update(first_published_at=then)


def test_backfill_rebuilds_past_months_from_revisions(town):
    today = timezone.localdate()
    known_facts(town)
    move_history_back(months=3)
    # Since then: the Wohnsitz service went from level 3 to 4, Fundsachen was taken offline.
    set_facts(town.service("wohnsitz"), ozg_level=4)
    for page in [town.service("fundsachen"), *town.service("fundsachen").get_translations()]:
        page.unpublish()
    written = snapshots.backfill(months=2, today=today)
    assert len(written) == 4  # two months, two languages
    last_month = snapshots.add_months(snapshots.month_of(today), -1)
    past = Snapshot.objects.get(locale__language_code="de", month=last_month)
    assert past.source == SnapshotSource.BACKFILL
    assert headline(past) == [5, 2, 1]
    assert [g["services"] for g in past.figures["by_level"]] == [2, 1, 1, 1, 0]
    english = Snapshot.objects.get(locale__language_code="en", month=last_month)
    assert headline(english) == [5, 2, 1]
    # Today's snapshot knows the changes.
    now = {s.locale.language_code: s for s in snapshots.take(today)}
    assert headline(now["de"]) == [4, 2, 1]
    assert [g["services"] for g in now["de"].figures["by_level"]] == [1, 1, 1, 0, 1]
    # Months that have a snapshot keep it; before the first publication there is none.
    assert snapshots.backfill(months=2, today=today) == []
    assert not Snapshot.objects.filter(month=snapshots.add_months(snapshots.month_of(today), -6)).exists()
    call_command("digitalisation_snapshot", "--backfill", "--months", "6", stdout=StringIO())
    assert Snapshot.objects.filter(locale__language_code="de").count() == 4  # 3 past months with services, this month
    assert date(2000, 1, 1) not in Snapshot.objects.values_list("month", flat=True)
