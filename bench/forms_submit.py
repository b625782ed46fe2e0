"""Sustained form submissions under concurrent clients, and a count that nothing was lost.

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python bench/forms_submit.py --seed
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/stadtportal_bench .venv/bin/python bench/forms_submit.py --seed

Each client is a thread with its own database connection posting the contact form through the
full Django stack (middleware, Wagtail routing, form validation, storage, reference number,
e-mail queueing with the immediate task backend and anymail's test backend). Prints submissions
per second, p50/p95 latency, and compares the stored submissions with the accepted responses."""

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--seed", action="store_true", help="migrate and seed the demo and its forms first")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection, connections
    from django.test import Client
    from django.test.utils import override_settings, setup_test_environment

    setup_test_environment()
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    if args.seed:
        call_command("migrate", verbosity=0)
        from onlineforms.models import FormPage

        if not FormPage.objects.exists():
            call_command("seed_demo", "--no-admin", verbosity=0, stdout=open(os.devnull, "w"))
            call_command("seed_demo_forms", verbosity=0, stdout=open(os.devnull, "w"))

    from onlineforms import abuse
    from onlineforms.models import FormPage, Submission

    page = FormPage.objects.get(slug="kontakt", locale__language_code="de")
    url = page.url
    run_id = f"bench-{int(time.time())}"
    latencies, accepted, errors = [], [], []
    lock = threading.Lock()
    stop_at = time.monotonic() + args.seconds

    def client_loop(n):
        client = Client(REMOTE_ADDR=f"10.1.{n // 250}.{n % 250}")
        i = 0
        try:
            while time.monotonic() < stop_at:
                i += 1
                data = {
                    "name": f"Bench {n}",
                    "email": f"{run_id}-{n}-{i}@example.org",
                    "thema": "Sonstiges",
                    "nachricht": "Lasttest",
                    "einwilligung": "on",
                    abuse.STARTED_FIELD: abuse.start_token(page.translation_key, time.time() - 60),
                }
                t0 = time.perf_counter()
                try:
                    response = client.post(url, data)
                except Exception as error:  # counted, not hidden
                    with lock:
                        errors.append(repr(error)[:200])
                    continue
                elapsed = time.perf_counter() - t0
                with lock:
                    latencies.append(elapsed)
                    if response.status_code == 302:
                        accepted.append(data["email"])
                    else:
                        errors.append(f"HTTP {response.status_code}")
        finally:
            connections.close_all()

    with override_settings(RATELIMITS={**settings.RATELIMITS, "forms": None, "email_recipient": None}):
        started = time.monotonic()
        threads = [threading.Thread(target=client_loop, args=(n,)) for n in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        duration = time.monotonic() - started

    stored = Submission.objects.filter(citizen_email__startswith=f"{run_id}-").count()
    lost = len(accepted) - stored
    lat = sorted(latencies)
    p95 = lat[int(0.95 * (len(lat) - 1))] if lat else float("nan")
    print(f"database: {connection.vendor}  clients: {args.clients}  duration: {duration:.1f}s")
    print(f"accepted: {len(accepted)}  stored: {stored}  lost: {lost}  refused/errors: {len(errors)}")
    print(f"throughput: {len(accepted) / duration:.1f} submissions/s")
    if lat:
        print(
            f"latency: p50 {statistics.median(lat) * 1000:.0f} ms  p95 {p95 * 1000:.0f} ms  max {lat[-1] * 1000:.0f} ms"
        )
    if errors:
        print("first errors:", sorted(set(errors))[:5])
    Submission.objects.filter(citizen_email__startswith=f"{run_id}-").delete()
    sys.exit(1 if lost else 0)


if __name__ == "__main__":
    main()
