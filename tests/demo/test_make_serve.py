"""`make demo` serves the site with the background worker beside it: `make serve` starts both, the
worker sends e-mail (to the console, as the demo is set up), and one Ctrl+C stops both."""

import os
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.servers import free_port

ROOT = Path(__file__).resolve().parents[2]


def wait_for(predicate, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def children_of(pid):
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    result = []
    for child in found:
        result += [int(child), *children_of(int(child))]
    return result


@pytest.mark.skipif(not Path(sys.executable).is_relative_to(ROOT / ".venv"), reason="needs the project's .venv (make install-dev)")
def test_make_serve_runs_the_worker_beside_the_server_and_one_interrupt_stops_both(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "PYTHONUNBUFFERED": "1",
    }
    python = str(ROOT / ".venv" / "bin" / "python")
    subprocess.run([python, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True, timeout=600)
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "w") as out:
        serve = subprocess.Popen(
            ["make", "-s", "serve", "HOST=127.0.0.1", f"PORT={port}"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, as a terminal gives it
        )
    try:
        def answers():
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/cms/css/stadtportal.css", timeout=2) as r:
                    return r.status == 200
            except OSError:
                return False

        assert wait_for(answers), log.read_text()
        assert f"http://127.0.0.1:{port}/" in log.read_text()

        marker = uuid.uuid4().hex
        subprocess.run(
            [python, "manage.py", "shell", "-c", f"from tests.demo.worker_tasks import send_greeting; send_greeting.enqueue('{marker}')"],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=120,
        )
        # The worker beside the server picks the task up and the console backend prints the e-mail.
        assert wait_for(lambda: f"Subject: Worker greeting {marker}" in log.read_text(), timeout=60), log.read_text()

        processes = [serve.pid, *children_of(serve.pid)]
        os.killpg(serve.pid, signal.SIGINT)  # Ctrl+C in the terminal
        serve.wait(timeout=30)
        assert wait_for(lambda: not any(_alive(pid) for pid in processes), timeout=30), "a process outlived Ctrl+C"
    finally:
        if serve.poll() is None:
            os.killpg(serve.pid, signal.SIGKILL)


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie has exited; only its parent has not collected it yet.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False
