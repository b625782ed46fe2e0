"""Load benchmark: page speed uncached, cached through Django and through nginx, against commit
045ec6a, with RSS per worker and search latency, all in one run on this machine.

    .venv/bin/python bench/pages.py                      # full run (60 and 1,000 services, ~20–30 min)
    .venv/bin/python bench/pages.py --quick              # a few minutes: 60 services, short runs
    .venv/bin/python bench/pages.py --services 60 --skip-baseline --json /tmp/bench.json

For each catalogue size it prepares an SQLite database (migrate, `seed_demo --services N-60`,
kept in --db-cache between runs, keyed by the migrations and the demo content, so only the first
run pays for seeding), collects static files and starts gunicorn (cms.wsgi under production
settings with throwaway secrets, 2 sync workers, REDIS_URL on a free Redis database when Redis
runs) on a free loopback port. Then it loads each URL with wrk (Debian's package; one client
thread, 4 connections; bench/wrk_report.lua adds the 95th percentile) and prints requests/s and
p50/p95 for:

- each page type uncached (PAGE_CACHE=off, every request renders),
- each page type cached through Django (PAGE_CACHE on),
- the same through the shipped nginx front cache (deploy/nginx/run_local.py) in front of it,
- a static file through whitenoise (gunicorn) and through nginx,
- the same uncached pages on commit 045ec6a, checked out in a temporary git worktree with its
  own database seeded by its own seed_demo (the worktree is removed afterwards),

then the ratios of the issue, the RSS of each gunicorn worker (VmRSS after a warm-up) and, from
bench/search_latency.py, search p50/p95 at 600 and 10,000 services on SQLite and PostgreSQL.
Only 127.0.0.1 is contacted. Other processes on the machine share its cores: the load average is
printed with the figures.
"""

import argparse
import contextlib
import hashlib
import http.client
import importlib.util
import json
import math
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import loadgen
from search_latency import copy_sqlite

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
BASELINE = "045ec6a"
PAGES = {
    "home": "/de/",
    "lebenslage": "/de/lebenslagen/umzug/",
    "service": "/de/leistungen/personalausweis-beantragen/",
    "a-z": "/de/leistungen/",
    "calendar": "/de/kalender/",
    "search": "/de/search/?q=personalausweis",
}
STATIC = "/static/cms/css/stadtportal.css"
TARGET_PAGES = ("service", "home", "a-z", "lebenslage")  # ≥ 3× commit 045ec6a
HEADERS = {"X-Forwarded-Proto": "https"}
MIN_REQUESTS = 60
SHOWN_HEADERS = ("Cache-Control", "X-Accel-Expires", "X-Cache-Status", "Age", "ETag", "Last-Modified")


def log(message):
    print(message, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, path="/robots.txt", timeout=90, process=None):
    deadline = time.monotonic() + timeout
    while True:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {process.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", path, headers=HEADERS)
            conn.getresponse().read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def get(port, path):
    """One request; (status, selected headers, body length)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", path, headers=HEADERS)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, {h: response.getheader(h) for h in SHOWN_HEADERS if response.getheader(h)}, len(body)


# --- Redis: one free database of the local server, flushed between servers ---------------------


def pick_redis_db():
    """The highest-numbered empty database of the Redis on 127.0.0.1:6379, claimed with a marker
    key (so a second bench run picks another); None when Redis does not run."""
    try:
        import redis
    except ImportError:
        return None
    try:
        for number in range(15, 0, -1):
            client = redis.Redis(host="127.0.0.1", port=6379, db=number, socket_timeout=2)
            if client.dbsize() == 0 and client.set("stadtportal-bench:owner", os.getpid(), nx=True):
                return number
    except redis.exceptions.ConnectionError:
        return None
    return None


def flush_redis(number):
    if number is None:
        return
    import redis

    client = redis.Redis(host="127.0.0.1", port=6379, db=number)
    client.flushdb()
    client.set("stadtportal-bench:owner", os.getpid())


def release_redis(number):
    if number is not None:
        import redis

        redis.Redis(host="127.0.0.1", port=6379, db=number).flushdb()


# --- a tree (the working tree or the baseline worktree) and its databases -------------------------


class Tree:
    """A checkout of the project: where manage.py lives, its settings and how its demo is seeded."""

    def __init__(self, name, path, cache_dir, redis_db, workdir):
        self.name, self.path, self.cache_dir, self.redis_db = name, Path(path), Path(cache_dir), redis_db
        self.workdir = Path(workdir) / name
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.static_root = self.workdir / "static"
        self.media_root = self.workdir / "media"
        self.secret = secrets.token_urlsafe(64)
        # The demo command moved from cms (production settings) to the demo app (dev settings only).
        self.seed_settings = (
            "cms.settings.dev" if (self.path / "demo/management/commands/seed_demo.py").exists() else None
        )

    def key(self):
        """Identifies what a prepared database depends on: migrations and demo content."""
        digest = hashlib.sha256()
        patterns = ("*/migrations/*.py", "demo/**/*", "cms/management/commands/seed_demo.py", "demo/*.py")
        for pattern in patterns:
            for file in sorted(self.path.glob(pattern)):
                if file.is_file() and "__pycache__" not in file.parts:
                    digest.update(str(file.relative_to(self.path)).encode())
                    digest.update(file.read_bytes())
        return digest.hexdigest()[:12]

    def env(self, database_url, page_cache=False, settings="cms.settings.production"):
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"CACHE_URL", "REDIS_URL", "DATABASE_URL", "PAGE_CACHE", "FRONTEND_CACHE_PURGE_URL"}
            and not k.startswith(("AWS_", "S3_"))
        }
        env.update(
            DJANGO_SETTINGS_MODULE=settings,
            SECRET_KEY=self.secret,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="False",
            DATABASE_URL=database_url,
            STATIC_ROOT=str(self.static_root),
            MEDIA_ROOT=str(self.media_root),
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            # The page is measured, not the search throttle (60/m per client by default).
            RATELIMIT_SEARCH="1000000/m",
            PAGE_CACHE="on" if page_cache else "off",
        )
        if self.redis_db is not None:
            env["REDIS_URL"] = f"redis://127.0.0.1:6379/{self.redis_db}"
        else:  # production wants a cache that all workers share; a file cache is one
            env["CACHE_URL"] = f"filecache://{self.workdir / 'cache'}"
        return env

    def manage(self, args, env):
        completed = subprocess.run(
            [PY, "manage.py", *args], cwd=self.path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        if completed.returncode:
            raise RuntimeError(f"{self.name}: manage.py {' '.join(args)} failed:\n{completed.stderr[-3000:]}")

    def database(self, size, fresh=False):
        """An SQLite database with the demo and `size` services, from the cache or seeded now."""
        target = self.cache_dir / f"{self.name}-{self.key()}-{size}.sqlite3"
        if target.exists() and not fresh:
            log(f"[{self.name}] {size} services: prepared database {target.name} reused")
            return target
        started = time.perf_counter()
        building = target.with_suffix(".building")
        building.unlink(missing_ok=True)
        url = f"sqlite:///{building}"
        env = self.env(url)
        self.manage(["migrate", "--noinput", "-v0"], env)
        seed = ["seed_demo", "--no-admin"] + (["--services", str(size - 60)] if size > 60 else [])
        self.manage(seed, {**env, "DJANGO_SETTINGS_MODULE": self.seed_settings or env["DJANGO_SETTINGS_MODULE"]})
        building.rename(target)
        log(f"[{self.name}] {size} services: seeded in {time.perf_counter() - started:.0f} s")
        return target

    def collectstatic(self):
        self.manage(["collectstatic", "--noinput", "-v0"], self.env("sqlite:///:memory:"))


# --- servers ------------------------------------------------------------------------------------


class Gunicorn:
    def __init__(self, tree, database, page_cache, workers, worker_class):
        self.tree, self.port = tree, free_port()
        flush_redis(tree.redis_db)
        # A copy per server: the benchmark never writes to the prepared database.
        self.db = tree.workdir / f"serve-{database.name}"
        copy_sqlite(database, self.db)  # the backup API: a -wal beside either file cannot corrupt it
        command = [PY, "-m", "gunicorn", "cms.wsgi", "-b", f"127.0.0.1:{self.port}", "-w", str(workers)]
        command += ["-k", worker_class, "--log-level", "warning", "--timeout", "120"]
        self.process = subprocess.Popen(
            command, cwd=tree.path, env=tree.env(f"sqlite:///{self.db}", page_cache=page_cache)
        )
        wait_for_port(self.port, process=self.process)

    def workers(self):
        return children(self.process.pid)

    def rss_mb(self):
        sizes = []
        for pid in self.workers():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]) / 1024)
        return sorted(sizes)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.db.unlink(missing_ok=True)


def children(pid):
    path = Path(f"/proc/{pid}/task/{pid}/children")
    if path.exists():
        return [int(child) for child in path.read_text().split()]
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                pids.append(int(stat.parent.name))
    return pids


def cpu_seconds(pids):
    """User and system CPU time of these processes so far (/proc/<pid>/stat, utime + stime)."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def load_run_local():
    path = ROOT / "deploy/nginx/run_local.py"
    if not path.exists():
        return None, "deploy/nginx/run_local.py does not exist (yet)"
    spec = importlib.util.spec_from_file_location("stadtportal_nginx_run_local", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as error:  # noqa: BLE001 - reported, the nginx rows are skipped
        return None, f"deploy/nginx/run_local.py does not import: {error}"
    if not hasattr(module, "start_nginx"):
        return None, "deploy/nginx/run_local.py has no start_nginx()"
    if not shutil.which("nginx") and not Path("/usr/sbin/nginx").exists():
        return None, "nginx is not installed (apt-get install nginx libnginx-mod-http-cache-purge)"
    return module, None


class Nginx:
    def __init__(self, run_local, upstream_port, tree):
        self.port = free_port()
        self.workdir = Path(tempfile.mkdtemp(prefix="nginx-", dir=tree.workdir))
        self.process = run_local.start_nginx(
            self.port, f"127.0.0.1:{upstream_port}", str(tree.static_root), str(tree.media_root), str(self.workdir)
        )
        wait_for_port(self.port, process=self.process)

    def workers(self):
        return children(self.process.pid)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)


# --- measuring ---------------------------------------------------------------------------------


class Bench:
    def __init__(self, args):
        self.args = args
        self.seconds = 3 if args.quick else args.seconds
        self.warmup = 1 if args.quick else 2
        self.rows = []  # dicts: size, tree, mode, page, rps, p50, p95, errors, status, headers
        self.loads = []
        self.notes = []

    def measure(self, targets, size, pages):
        """Load each page on each target (port, tree, mode) in turn: the targets of one page are
        measured one right after the other, so a change in the machine's load hits both alike."""
        for page, path in pages.items():
            for port, tree, mode, pids in targets:
                self.measure_one(port, size, tree, mode, page, path, pids)

    def measure_one(self, port, size, tree, mode, page, path, pids=None):
        status, headers, length = get(port, path)
        if status != 200:
            log(f"  {tree} {mode} {page}: HTTP {status}, skipped")
            self.rows.append(dict(size=size, tree=tree, mode=mode, page=page, status=status))
            return
        get(port, path)  # a second request: a cache filled by the first one now answers
        status, headers, length = get(port, path)
        url = f"http://127.0.0.1:{port}{path}"
        warm = loadgen.measure(url, self.warmup, self.args.connections, HEADERS)
        # A slow page gets a longer run, so its percentiles rest on at least MIN_REQUESTS requests.
        seconds = self.seconds
        if warm["rps"] * seconds < MIN_REQUESTS:
            seconds = min(self.seconds * 3, math.ceil(MIN_REQUESTS / max(warm["rps"], 0.1)))
        load = os.getloadavg()[0]
        self.loads.append(load)
        processes = pids() if pids else []
        cpu_before = cpu_seconds(processes)
        result = loadgen.measure(url, seconds, self.args.connections, HEADERS)
        if processes and result["requests"]:
            # Server CPU per answer: unlike requests/s, hardly moved by other work on the machine.
            result["cpu_ms"] = (cpu_seconds(processes) - cpu_before) * 1000 / result["requests"]
        row = dict(size=size, tree=tree, mode=mode, page=page, status=status, bytes=length, headers=headers)
        row.update(seconds=seconds, load=load)
        row.update(result)
        self.rows.append(row)
        log(
            f"  {size:>5} {tree:8} {mode:14} {page:11} {result['rps']:8.1f} req/s  p50 {result['p50']:7.1f}  "
            f"p95 {result['p95']:7.1f} ms  cpu {result.get('cpu_ms', 0):6.2f} ms/req  errors {result['errors']}  "
            f"{length} B  {seconds} s  load {load:.1f}  "
            + " ".join(f"{k}={v}" for k, v in headers.items() if k in ("Cache-Control", "X-Cache-Status"))
        )

    def measure_cached(self, port, size, mode, pages, pids):
        """The cached pages, with the static file (the ratio's reference) before and after them;
        the static row is the mean of the two runs."""
        self.measure_one(port, size, "current", mode, "static-before", STATIC, pids)
        self.measure([(port, "current", mode, pids)], size, pages)
        self.measure_one(port, size, "current", mode, "static-after", STATIC, pids)
        runs = [self.row(size, "current", mode, name) for name in ("static-before", "static-after")]
        runs = [r for r in runs if r]
        if runs:
            mean = dict(runs[0], page="static")
            for key in ("rps", "p50", "p95", "p99", "cpu_ms"):
                if all(key in r for r in runs):
                    mean[key] = sum(r[key] for r in runs) / len(runs)
            mean["errors"] = sum(r["errors"] for r in runs)
            mean["requests"] = sum(r["requests"] for r in runs)
            self.rows.append(mean)

    def row(self, size, tree, mode, page):
        for r in self.rows:
            if (r["size"], r["tree"], r["mode"], r["page"]) == (size, tree, mode, page) and "rps" in r:
                return r
        return None


def bench_size(bench, current, baseline, size, databases, run_local, nginx_problem, rss):
    args = bench.args
    # Uncached: the current code and 045ec6a side by side, page by page.
    servers = [Gunicorn(current, databases["current"][size], False, args.workers, args.worker_class)]
    try:
        if baseline:
            servers.append(Gunicorn(baseline, databases[BASELINE][size], False, args.workers, args.worker_class))
        targets = [(servers[0].port, "current", "uncached", servers[0].workers)]
        if baseline:
            targets.append((servers[1].port, BASELINE, "uncached", servers[1].workers))
        bench.measure(targets, size, PAGES)
        if baseline:
            bench.measure([targets[1]], size, {"static": STATIC})
        rss[f"{size} services, current, after the uncached runs"] = servers[0].rss_mb()
        if baseline:
            rss[f"{size} services, {BASELINE}, after the uncached runs"] = servers[1].rss_mb()
    finally:
        for server in servers:
            server.stop()
    server = Gunicorn(current, databases["current"][size], True, args.workers, args.worker_class)
    try:
        bench.measure_cached(server.port, size, "django-cache", PAGES, server.workers)
        if run_local is None:
            log(f"  nginx rows skipped: {nginx_problem}")
            return
        try:
            front = Nginx(run_local, server.port, current)
        except Exception as error:  # noqa: BLE001 - reported, the nginx rows are skipped
            bench.notes.append(f"nginx did not start ({size} services): {error}")
            log(f"  nginx did not start: {error}")
            return
        try:
            bench.measure_cached(front.port, size, "nginx", PAGES, lambda: front.workers() + server.workers())
        finally:
            front.stop()
    finally:
        server.stop()


@contextlib.contextmanager
def baseline_worktree(workdir):
    path = Path(workdir) / f"worktree-{BASELINE}"
    subprocess.run(["git", "worktree", "add", "--detach", str(path), BASELINE], cwd=ROOT, check=True,
                   capture_output=True)
    try:
        yield path
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(path)], cwd=ROOT, capture_output=True)
        subprocess.run(["git", "worktree", "prune"], cwd=ROOT, capture_output=True)


def baseline_ready(path):
    """The current .venv serves the baseline when its requirements are installed here."""
    from importlib.metadata import PackageNotFoundError, version

    from packaging.requirements import Requirement

    missing = []
    for line in (path / "requirements.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        requirement = Requirement(line)
        try:
            if not requirement.specifier.contains(version(requirement.name), prereleases=True):
                missing.append(f"{requirement} (installed {version(requirement.name)})")
        except PackageNotFoundError:
            missing.append(f"{requirement} (not installed)")
    return missing


# --- search and RSS at 10,000 services ------------------------------------------------------------


def postgres_url(name):
    return f"postgres://postgres@127.0.0.1:5432/{name}"


def postgres_available():
    try:
        import psycopg

        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001 - no PostgreSQL: its rows are skipped
        return False


def recreate_postgres(name, template=None):
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))


def rename_postgres(old, new):
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{old}" RENAME TO "{new}"')


def postgres_exists(name):
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres") as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def search_figures(tree, database_url, sizes):
    """bench/search_latency.py's run() in the tree's environment (dev settings, as it defaults)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import search_latency

    env_before = dict(os.environ)
    try:
        os.environ.update({k: v for k, v in tree.env(database_url).items() if k in ("REDIS_URL", "CACHE_URL")})
        os.environ.update(DJANGO_SETTINGS_MODULE="cms.settings.dev", PAGE_CACHE="off")
        return search_latency.run(database_url, sizes)
    finally:
        os.environ.clear()
        os.environ.update(env_before)


def rss_at(bench, tree, database, size, rss):
    """RSS of each worker after every page type (A–Z and search included) was served for a while."""
    server = Gunicorn(tree, database, False, bench.args.workers, bench.args.worker_class)
    try:
        for path in list(PAGES.values()) + ["/de/search/?q=ausweis", "/en/search/?q=passport", "/en/services/"]:
            loadgen.measure(f"http://127.0.0.1:{server.port}{path}", bench.warmup + 1, bench.args.connections, HEADERS)
        rss[f"{size} services, current, after a warm-up of every page type"] = server.rss_mb()
    finally:
        server.stop()


# --- output ------------------------------------------------------------------------------------


def cell(row):
    if row is None:
        return "–"
    text = f"{row['rps']:.0f} ({row['p50']:.0f} / {row['p95']:.0f})"
    if "cpu_ms" in row:
        text += f" {row['cpu_ms']:.1f}"
    return text + (f" {row['errors']} err" if row["errors"] else "")


def ratio(a, b):
    return a["rps"] / b["rps"] if a and b and b["rps"] else None


def fmt_ratio(value, target):
    if value is None:
        return "–"
    return f"{value:.2f}× {'✓' if value >= target else '✗'}"


def report(bench, sizes, meta, rss, search):
    lines = []
    out = lines.append
    out(f"Machine: {meta['cpus']} cores, {meta['client']}, {bench.args.connections} connections, {bench.seconds} s per "
        f"URL after {bench.warmup} s warm-up; gunicorn {bench.args.workers} {bench.args.worker_class} workers, "
        f"cms.settings.production, {meta['cache']}; load average (1 min) before the runs "
        f"{min(bench.loads or [0]):.1f}–{max(bench.loads or [0]):.1f}.")
    out("Cells: requests/s (p50 / p95 ms) and the server's CPU ms per answer (its workers' user + system time).")
    for size in sizes:
        out("")
        out(f"{size} services")
        out("")
        out(f"| page | {BASELINE} uncached | uncached | cached (Django) | cached (nginx) |")
        out("| --- | --- | --- | --- | --- |")
        for page in list(PAGES) + ["static"]:
            label = "static file (whitenoise / nginx)" if page == "static" else page
            out(
                f"| {label} | {cell(bench.row(size, BASELINE, 'uncached', page))} | "
                f"{cell(bench.row(size, 'current', 'uncached', page))} | "
                f"{cell(bench.row(size, 'current', 'django-cache', page))} | "
                f"{cell(bench.row(size, 'current', 'nginx', page))} |"
            )
    out("")
    out("Ratios (requests/s; targets: uncached ≥ 3× 045ec6a, cached through Django ≥ 0.8× whitenoise's "
        "static file, cached through nginx ≥ 0.5× nginx's static file)")
    out("")
    out(f"| services | page | uncached / {BASELINE} | same, by CPU per answer | Django-cached / whitenoise static "
        "| nginx-cached / nginx static |")
    out("| --- | --- | --- | --- | --- | --- |")
    ratios = {}
    for size in sizes:
        wn = bench.row(size, "current", "django-cache", "static")
        ng = bench.row(size, "current", "nginx", "static")
        for page in PAGES:
            values = (
                ratio(bench.row(size, "current", "uncached", page), bench.row(size, BASELINE, "uncached", page)),
                ratio(bench.row(size, "current", "django-cache", page), wn),
                ratio(bench.row(size, "current", "nginx", page), ng),
            )
            now, before = bench.row(size, "current", "uncached", page), bench.row(size, BASELINE, "uncached", page)
            cpu = before["cpu_ms"] / now["cpu_ms"] if now and before and now.get("cpu_ms") and "cpu_ms" in before else None
            ratios[f"{size}/{page}"] = dict(
                zip(("vs_baseline", "django_vs_static", "nginx_vs_static"), values, strict=True), vs_baseline_cpu=cpu
            )
            first, second = (
                (fmt_ratio(values[0], 3), fmt_ratio(cpu, 3))
                if page in TARGET_PAGES
                else (f"{values[0]:.2f}×" if values[0] else "–", f"{cpu:.2f}×" if cpu else "–")
            )
            out(f"| {size} | {page} | {first} | {second} | {fmt_ratio(values[1], 0.8)} | {fmt_ratio(values[2], 0.5)} |")
    out("")
    out("RSS per gunicorn worker (VmRSS)")
    out("")
    for label, sizes_mb in rss.items():
        out(f"- {label}: " + (", ".join(f"{mb:.0f} MB" for mb in sizes_mb) or "–"))
    if search:
        out("")
        out("Search, results page (full Django request, the relevance queries), p50 / p95 ms")
        out("")
        out("| database | services per language | German p50 / p95 | English p50 / p95 |")
        out("| --- | --- | --- | --- |")
        for vendor, figures in search.items():
            if "error" in figures:
                out(f"| {vendor} | – | {figures['error']} | |")
                continue
            for size, f in figures.get("sizes", {}).items():
                de, en = f["de"], f["en"]
                out(f"| {vendor} | {int(size):,} | {de['p50_ms']:.0f} / {de['p95_ms']:.0f} | "
                    f"{en['p50_ms']:.0f} / {en['p95_ms']:.0f} |")
    for note in meta["notes"] + bench.notes:
        out("")
        out(f"Note: {note}")
    return "\n".join(lines), ratios


# --- main --------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--services", help="catalogue sizes, comma-separated (default 60,1000; --quick: 60)")
    parser.add_argument("--quick", action="store_true", help="60 services, 3 s per URL, no 10,000-service parts")
    parser.add_argument("--skip-baseline", action="store_true", help=f"do not measure commit {BASELINE}")
    parser.add_argument("--skip-search", action="store_true", help="no search latency, no 10,000-service RSS")
    parser.add_argument("--json", metavar="FILE", help="also write every figure to FILE")
    parser.add_argument("--seconds", type=int, default=10, help="seconds per URL (default 10)")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worker-class", default="sync", help="gunicorn worker class (default sync)")
    parser.add_argument("--prepare", action="store_true", help="only prepare the databases (into --db-cache)")
    parser.add_argument("--fresh", action="store_true", help="seed every database again (ignore --db-cache)")
    parser.add_argument(
        "--db-cache",
        default=str(Path(tempfile.gettempdir()) / "stadtportal-bench"),
        help="where prepared databases are kept between runs",
    )
    args = parser.parse_args()
    # Stopped with SIGTERM, the servers stop and the worktree goes, as after Ctrl+C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    sizes = [max(60, int(s)) for s in (args.services or ("60" if args.quick else "60,1000")).split(",")]
    started = time.perf_counter()
    Path(args.db_cache).mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="stadtportal-bench-run-"))
    # One Redis database per tree: both serve at the same time, and the two codes' keys differ.
    redis_db = pick_redis_db()
    baseline_redis_db = None if args.skip_baseline or redis_db is None else pick_redis_db()
    notes = []
    if loadgen.WRK is None:
        notes.append("wrk is not installed: figures come from the Python fallback client and are a lower bound.")
    run_local, nginx_problem = load_run_local()
    if nginx_problem:
        notes.append(f"no nginx rows: {nginx_problem}.")
    bench = Bench(args)
    rss, search = {}, {}
    meta = {
        "cpus": os.cpu_count(),
        "client": loadgen.CLIENT,
        "cache": f"Redis db {redis_db} ({BASELINE}: {baseline_redis_db})"
        if redis_db is not None
        else "file cache (Redis not running)",
        "notes": notes,
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip(),
    }
    try:
        current = Tree("current", ROOT, args.db_cache, redis_db, workdir)
        with contextlib.ExitStack() as stack:
            baseline = None
            if not args.skip_baseline:
                path = stack.enter_context(baseline_worktree(workdir))
                missing = baseline_ready(path)
                if missing:
                    notes.append(f"{BASELINE} skipped: the current .venv lacks " + ", ".join(missing))
                else:
                    baseline = Tree(BASELINE, path, args.db_cache, baseline_redis_db, workdir)
                    baseline.manage(["compilemessages", "-v0"], baseline.env("sqlite:///:memory:"))
            trees = [current] + ([baseline] if baseline else [])
            # Seeding is single-threaded: the trees' databases are prepared side by side.
            with ThreadPoolExecutor(max_workers=2) as pool:
                futures = {tree.name: pool.submit(prepare_tree, tree, sizes, args.fresh) for tree in trees}
                databases = {name: future.result() for name, future in futures.items()}
            log(f"databases ready after {time.perf_counter() - started:.0f} s")
            if args.prepare:
                return
            for size in sizes:
                log(f"== {size} services")
                bench_size(bench, current, baseline, size, databases, run_local, nginx_problem, rss)
        if not args.skip_search:
            search = run_search(bench, current, args, rss, notes)
    finally:
        release_redis(redis_db)
        release_redis(baseline_redis_db)
        shutil.rmtree(workdir, ignore_errors=True)
    meta["runtime_s"] = round(time.perf_counter() - started)
    text, ratios = report(bench, sizes, meta, rss, search)
    print(text)
    print(f"\nCommit {meta['commit']} (working tree); bench runtime {meta['runtime_s'] / 60:.1f} min.")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"meta": meta, "rows": bench.rows, "ratios": ratios, "rss_mb": rss, "search": search}, indent=1)
        )


def prepare_tree(tree, sizes, fresh):
    tree.collectstatic()
    return {size: tree.database(size, fresh) for size in sizes}


def last_line(text):
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else "no output"


def run_search(bench, tree, args, rss, notes):
    """Search at 600 (and 10,000) services on SQLite and PostgreSQL; RSS at the largest size."""
    search_sizes = (600,) if args.quick else (600, 10000)
    search = {}
    base = tree.database(60)
    large = tree.workdir / f"search-{search_sizes[-1]}.sqlite3"
    started = time.perf_counter()
    try:
        copy_sqlite(base, large)
        search["SQLite"] = search_figures(tree, f"sqlite:///{large}", search_sizes)
        log(f"search on SQLite: {time.perf_counter() - started:.0f} s")
    except subprocess.CalledProcessError as error:
        search["SQLite"] = {"error": f"bench/search_latency.py failed: {last_line(error.stderr)}"}
        log(error.stderr[-3000:])
    if search_sizes[-1] >= 10000 and large.exists():
        rss_at(bench, tree, large, search_sizes[-1], rss)
    if postgres_available():
        name = "stadtportal_bench"
        started = time.perf_counter()
        try:
            template = f"stadtportal_bench_tpl_{tree.key()}"
            if not postgres_exists(template):
                # Built under another name and renamed when seeded: a failed build is never reused.
                building = f"{template}_building"
                recreate_postgres(building)
                env = tree.env(postgres_url(building))
                tree.manage(["migrate", "--noinput", "-v0"], env)
                tree.manage(["seed_demo", "--no-admin"], {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"})
                rename_postgres(building, template)
            recreate_postgres(name, template)
            search["PostgreSQL"] = search_figures(tree, postgres_url(name), search_sizes)
            log(f"search on PostgreSQL: {time.perf_counter() - started:.0f} s")
        except (subprocess.CalledProcessError, RuntimeError) as error:
            detail = getattr(error, "stderr", None) or str(error)
            search["PostgreSQL"] = {"error": f"failed: {last_line(detail)}"}
            log(detail[-3000:])
        finally:
            with contextlib.suppress(Exception):
                import psycopg

                with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        notes.append("PostgreSQL does not run here: no PostgreSQL search rows.")
    return search


if __name__ == "__main__":
    main()
