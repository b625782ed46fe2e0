"""Time the calendar's hot paths over a larger council: N committees × M meetings and K recurring events.

    .venv/bin/python bench/council_calendar.py --meetings 2000 --events 200

Builds a throwaway SQLite database (migrate + seed_demo + seed_council), adds synthetic German
meetings and weekly events, then times with Django's test client: the upcoming list, a month view,
the all-meetings iCal feed, a personal feed and an OParl meeting list page. Prints p50/p95 in ms
and the number of queries per request. Only the local database is used.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    db = Path(tempfile.mkdtemp(prefix="council-bench-")) / "bench.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django

    django.setup()
    from datetime import timedelta

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone
    from wagtail.models import Locale

    from council.models import Committee, Event, Meeting
    from demo.council import seed_council

    call_command("migrate", verbosity=0)
    call_command("seed_demo", "--no-admin", verbosity=0, stdout=open(os.devnull, "w"))
    seed_council()
    german = Locale.objects.get(language_code="de")
    committees = list(Committee.objects.canonical())
    now = timezone.now()
    for n in range(args.meetings):
        meeting = Meeting(
            locale=german, title=f"Bench-Sitzung {n}", start=now + timedelta(hours=7 * (n - args.meetings // 2))
        )
        meeting.save()
        meeting.committees.set([committees[n % len(committees)]])
    for n in range(args.events):
        Event(
            locale=german,
            title=f"Bench-Termin {n}",
            category="culture",
            start=now - timedelta(days=n),
            recurrence="FREQ=WEEKLY",
        ).save()
    client = Client()
    month = timezone.localdate()
    urls = {
        "upcoming list": "/de/kalender/",
        "month view": f"/de/kalender/{month.year}/{month.month}/",
        "all meetings feed": "/feeds/meetings.ics",
        "personal feed": f"/feeds/calendar.ics?committee={committees[0].pk}&category=culture",
        "OParl meetings": "/oparl/v1.1/body/1/meetings/?page=2",
    }
    print(f"{args.meetings} extra meetings, {args.events} weekly events")
    for name, url in urls.items():
        timings = []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"{name:20} p50 {statistics.median(timings):7.1f} ms  p95 {p95:7.1f} ms  queries {len(queries)}")


if __name__ == "__main__":
    main()
