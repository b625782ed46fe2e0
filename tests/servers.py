"""Helpers for tests that start real servers (gunicorn, runserver, nginx, moto) on free ports."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_database_at(url, name):
    """A fresh database `name` on the PostgreSQL server of `url`: (its url, drop). Raises psycopg.Error."""
    import psycopg

    parts = urlsplit(url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return urlunsplit(parts._replace(path=f"/{name}")), drop


def server_database(tmp, name):
    """(DATABASE_URL, drop) for a server a test starts, on the suite's database kind: a PostgreSQL
    database of this test process when DATABASE_URL points at PostgreSQL, else an SQLite file in tmp."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{Path(tmp) / f'{name}.sqlite3'}", lambda: None
    return postgres_database_at(url, f"stadtportal_{name}_{os.getpid()}")


def wait_until_answers(url, process, log, timeout=60):
    """Return once `url` answers (any HTTP status); fail with the log's tail when `process` exits
    or `timeout` seconds pass first."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not come up; see {log}:\n{Path(log).read_text()[-3000:]}") from None
            time.sleep(0.2)


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def running_site(tmp, name, env=None, commands=(("seed_demo",),), port=None):
    """A project server (runserver, cms.settings.test) on its own database, migrated and then
    prepared by `commands` (manage.py argument tuples; the demo seed by default): yields
    (base URL, the server's environment). `env` adds or overrides variables; `port` is taken when a
    caller must know the address before the server exists (e.g. to register it at a provider)."""
    tmp = Path(tmp)
    database_url, drop = server_database(tmp, name)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp / "media"),
        **(env or {}),
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, cwd=ROOT, check=True)
    for command in commands:
        subprocess.run([*manage, *command], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    port = port or free_port()
    log_path = tmp / f"{name}-server.log"
    log = open(log_path, "w")
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"], env=env, cwd=ROOT, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(f"{base}/robots.txt", server, log_path)
        yield base, env
    finally:
        stop(server)
        log.close()
        drop()
