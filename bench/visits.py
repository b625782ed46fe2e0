"""What counting visits costs a page-cache hit, measured in one run on this machine.

    .venv/bin/python bench/visits.py                 # Redis at REDIS_URL (default redis://127.0.0.1:6379/15)
    .venv/bin/python bench/visits.py --cache locmem  # without Redis
    .venv/bin/python bench/visits.py --requests 3000 --rounds 7

It builds a small bilingual site from the test factories on a temporary SQLite database (migrate
first: a minute or two), renders one service page once, and then serves it from the page cache,
called as gunicorn calls the WSGI application, in four ways:

- hit at the WSGI entrance (pagecache/wsgi.py; most hits in production), without and with
  `visits.wsgi.VisitsApplication` around it (VISITS_SOURCE=django, the default buffer of 5 s);
- hit served by the page-cache middleware inside Django, without and with `VisitsMiddleware`;
- and, to show why counts are buffered, the entrance hit with VISITS_BUFFER_SECONDS=0: one
  pipelined round trip to the shared cache per request.

Variants alternate round by round (so load from other processes falls on all of them alike); it
prints CPU per request (process time) and requests/s of each, the median over the rounds, and the
ratios "with / without". Only 127.0.0.1 is contacted."""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


def setup(cache):
    workdir = Path(tempfile.mkdtemp(prefix="bench-visits-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'db.sqlite3'}"
    os.environ["DEBUG"] = "False"
    os.environ["ALLOWED_HOSTS"] = "testserver,127.0.0.1"
    os.environ["PAGE_CACHE"] = "on"
    os.environ.pop("CACHE_URL", None)
    if cache == "locmem":
        os.environ.pop("REDIS_URL", None)
    else:
        os.environ["REDIS_URL"] = cache
        os.environ["CACHE_KEY_PREFIX"] = f"bench-visits-{os.getpid()}"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from tests.factories.town import build_town

    town = build_town()
    return town.service("hund").url


def wsgi_call(application, path):
    from django.test import RequestFactory

    environ_template = RequestFactory().get(path, headers={"user-agent": BROWSER}).environ

    def call():
        environ = dict(environ_template)
        environ["wsgi.input"] = environ_template["wsgi.input"]
        result = application(environ, lambda status, headers, exc_info=None: None)
        for _chunk in result:
            pass
        if hasattr(result, "close"):
            result.close()

    return call


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--cache", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"), help="a Redis URL or 'locmem'"
    )
    parser.add_argument("--requests", type=int, default=4000, help="requests per variant and round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    path = setup(args.cache)
    from django.conf import settings
    from django.core.cache import cache
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections
    from django.test.utils import override_settings

    from pagecache.wsgi import PageCacheApplication
    from visits import counter
    from visits.wsgi import VisitsApplication

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    django_with = WSGIHandler()
    with override_settings(MIDDLEWARE=[m for m in settings.MIDDLEWARE if m != "visits.middleware.VisitsMiddleware"]):
        django_without = WSGIHandler()
    entrance_without = PageCacheApplication(django_without)
    entrance_with = VisitsApplication(PageCacheApplication(django_with))

    variants = {
        "entrance hit, no counting": (wsgi_call(entrance_without, path), {}),
        "entrance hit, counting": (wsgi_call(entrance_with, path), {}),
        "middleware hit, no counting": (wsgi_call(django_without, path), {}),
        "middleware hit, counting": (wsgi_call(django_with, path), {}),
        "entrance hit, counting, no buffer": (wsgi_call(entrance_with, path), {"VISITS_BUFFER_SECONDS": 0}),
    }
    for call, _overrides in variants.values():  # warm up: the entry stored, the entrance has Django's headers
        for _ in range(50):
            call()
    counter.flush_buffer()
    before = sum(counter.pending().values())

    cpu = {name: [] for name in variants}
    rate = {name: [] for name in variants}
    counted = 0
    for _round in range(args.rounds):
        for name, (call, overrides) in variants.items():
            with override_settings(**overrides):
                started_cpu, started = time.process_time(), time.perf_counter()
                for _ in range(args.requests):
                    call()
                cpu[name].append((time.process_time() - started_cpu) / args.requests * 1e6)
                rate[name].append(args.requests / (time.perf_counter() - started))
            if "counting" in name and "no counting" not in name:
                counted += args.requests
    counter.flush_buffer()
    after = sum(counter.pending().values())

    backend = type(cache._connections[cache._alias] if hasattr(cache, "_connections") else cache).__name__
    print(f"visits bench: {args.rounds} rounds x {args.requests} requests per variant, cache {args.cache} ({backend})")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print(f"{'variant':40} {'CPU µs/request':>15} {'requests/s':>12}")
    medians = {}
    for name in variants:
        medians[name] = (statistics.median(cpu[name]), statistics.median(rate[name]))
        print(f"{name:40} {medians[name][0]:15.1f} {medians[name][1]:12.0f}")
    for kind in ("entrance", "middleware"):
        (cpu_without, rate_without), (cpu_with, rate_with) = (
            medians[f"{kind} hit, no counting"],
            medians[f"{kind} hit, counting"],
        )
        print(
            f"{kind} hit with counting / without: CPU x{cpu_with / cpu_without:.3f}, requests/s x{rate_with / rate_without:.3f}"
        )
    cpu_unbuffered = medians["entrance hit, counting, no buffer"][0]
    print(
        f"without the buffer (a round trip per hit): CPU x{cpu_unbuffered / medians['entrance hit, no counting'][0]:.3f}"
    )
    print(f"visits counted during the run: {after - before} (expected {counted})")


if __name__ == "__main__":
    main()
