"""Serve the demo with gunicorn under production settings and measure page speed.

    .venv/bin/python bench/pages.py                  # 60 services, then 1,000
    .venv/bin/python bench/pages.py --services 60 --requests 300 --concurrency 4

For each catalogue size it builds a fresh SQLite database (or uses --database-url, which is
emptied first), seeds the demo (`seed_demo --services N-60`), collects static files, starts
gunicorn (cms.wsgi, production settings with throwaway secrets) on a free loopback port and
fires a fixed number of requests per URL from concurrent keep-alive clients. It prints
requests/s and p50/p95 latency for the home page, a Lebenslage, a service page and the A–Z list,
with a static file from the same server as the reference. Only 127.0.0.1 is contacted.
"""

import argparse
import http.client
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
URLS = {
    "home": "/de/",
    "lebenslage": "/de/lebenslagen/umzug/",
    "service": "/de/leistungen/personalausweis-beantragen/",
    "a-z": "/de/leistungen/",
    "static (reference)": "/static/cms/css/stadtportal.css",
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(args, env):
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def prepare(env, extra_services):
    run(["migrate", "--noinput", "-v0"], env)
    seed = ["seed_demo", "--no-admin"]
    if extra_services:
        seed += ["--services", str(extra_services)]
    # seed_demo belongs to the demo app, which only the dev settings install; same database.
    run(seed, {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"})
    run(["collectstatic", "--noinput", "-v0"], env)


def fire(port, path, total, concurrency):
    latencies = []
    lock = threading.Lock()
    per_worker = [total // concurrency + (1 if i < total % concurrency else 0) for i in range(concurrency)]
    errors = []

    def worker(count):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        local = []
        for _ in range(count):
            start = time.perf_counter()
            conn.request("GET", path, headers={"Host": "127.0.0.1", "X-Forwarded-Proto": "https"})
            response = conn.getresponse()
            response.read()
            local.append(time.perf_counter() - start)
            if response.status != 200:
                errors.append(response.status)
        conn.close()
        with lock:
            latencies.extend(local)

    threads = [threading.Thread(target=worker, args=(n,)) for n in per_worker]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
    return {
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p95": p95 * 1000,
        "errors": len(errors),
    }


def bench(size, args):
    tmp = Path(tempfile.mkdtemp(prefix=f"stadtportal-bench-{size}-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "False",
        "DATABASE_URL": args.database_url or f"sqlite:///{tmp / 'bench.sqlite3'}",
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        # Production demands a shared cache (rate limits); the local Redis serves.
        "CACHE_URL": os.environ.get("CACHE_URL", "redis://127.0.0.1:6379/9"),
    }
    if args.database_url:
        run(["flush", "--noinput"], env)
    t0 = time.perf_counter()
    prepare(env, size - 60)
    print(
        f"\n== {size} services (seeded in {time.perf_counter() - t0:.0f} s), gunicorn {args.workers} workers, "
        f"{args.requests} requests per URL, {args.concurrency} concurrent clients",
        flush=True,
    )
    port = free_port()
    server = subprocess.Popen(
        [
            PY,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/robots.txt")
                conn.getresponse().read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        print(f"{'page':22} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
        for name, path in URLS.items():
            fire(port, path, min(20, args.requests), args.concurrency)  # warm up
            r = fire(port, path, args.requests, args.concurrency)
            print(f"{name:22} {r['rps']:8.1f} {r['p50']:8.1f} {r['p95']:8.1f} {r['errors']:7d}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--services", type=int, action="append", help="catalogue sizes (default: 60 and 1000)")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database-url", help="benchmark against this (emptied!) database instead of SQLite")
    args = parser.parse_args()
    for size in args.services or [60, 1000]:
        bench(max(size, 60), args)


if __name__ == "__main__":
    main()
