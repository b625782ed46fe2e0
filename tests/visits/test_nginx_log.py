"""Visits from nginx's log (VISITS_SOURCE = "nginx-log"): a real nginx with the shipped
configuration (deploy/nginx/) writes its visits log in front of a small upstream; import_visits
counts the pages in it, nginx's cache hits included, and counts each line once however often it runs."""

import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import CommandError, call_command

from deploy.nginx.run_local import nginx_binary, purge_module, start_nginx
from tests.frontcache.client import Client
from tests.servers import free_port
from visits.models import DailyVisits, LogPosition

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("frontcache")]

BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"


class Upstream(BaseHTTPRequestHandler):
    """Stands in for gunicorn: pages are public HTML (nginx caches them), one address is a 404, one a PDF."""

    requests = []

    def _answer(self, body=True):
        Upstream.requests.append((self.command, self.path))
        if self.path.startswith("/de/gibt-es-nicht/"):
            status, kind = 404, "text/html; charset=utf-8"
        elif self.path.endswith(".pdf"):
            status, kind = 200, "application/pdf"
        else:
            status, kind = 200, "text/html; charset=utf-8"
        content = b"<!doctype html><title>Seite</title>"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(content)))
        if status == 200 and self.command in ("GET", "HEAD"):
            self.send_header("Cache-Control", "public, max-age=0, s-maxage=600")
        self.end_headers()
        if body:
            self.wfile.write(content)

    def do_GET(self):
        self._answer()

    def do_HEAD(self):
        self._answer(body=False)

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._answer()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def nginx(tmp_path_factory):
    if not (nginx_binary() and purge_module()):
        if os.environ.get("REQUIRE_NGINX") == "1" or os.environ.get("CI") == "true":
            pytest.fail("nginx and libnginx-mod-http-cache-purge are required (CI)", pytrace=False)
        pytest.skip("nginx or libnginx-mod-http-cache-purge not installed")
    tmp = tmp_path_factory.mktemp("visits-nginx")
    (tmp / "static").mkdir()
    (tmp / "media").mkdir()
    upstream = ThreadingHTTPServer(("127.0.0.1", free_port()), Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    port = free_port()
    process = start_nginx(
        port, f"127.0.0.1:{upstream.server_port}", tmp / "static", tmp / "media", tmp / "nginx", worker_processes=1
    )
    yield port, tmp / "nginx" / "logs" / "visits.log", process
    process.terminate()
    process.wait(timeout=10)
    upstream.shutdown()


def wait_for_lines(log, count, timeout=5):
    deadline = time.monotonic() + timeout
    while True:
        lines = log.read_text().splitlines() if log.exists() else []
        if len(lines) >= count or time.monotonic() > deadline:
            return lines
        time.sleep(0.05)


def test_import_counts_the_pages_nginx_served_once(nginx, town, settings):
    settings.VISITS_SOURCE = "nginx-log"
    port, log, _process = nginx
    german, english = town.service("hund").url, town.service("hund", "en").url
    client = Client(port)
    browser = {"User-Agent": BROWSER}
    statuses = [client.request("GET", german, headers=browser).cache_status for _ in range(3)]
    assert statuses[1:] == ["HIT", "HIT"], "nginx answered from its cache; Django would never see these"
    client.request("GET", english + "?utm_source=newsletter", headers=browser)
    client.request("HEAD", german, headers=browser)
    client.request("GET", german, headers={"User-Agent": "Mozilla/5.0 (compatible; bingbot/2.0)"})
    client.request("GET", german, headers={**browser, "Sec-Purpose": "prefetch"})
    client.request("GET", "/de/gibt-es-nicht/", headers=browser)
    client.request("GET", "/de/merkblatt.pdf", headers=browser)
    client.request("POST", german, body={"a": "1"}, headers=browser)
    client.request("GET", "/admin/", headers=browser)
    client.close()

    # What nginx wrote: GETs answered 200 only, and nothing that tells who sent them.
    lines = wait_for_lines(log, 8)
    entries = [json.loads(line) for line in lines]
    assert {entry["method"] for entry in entries} == {"GET"} and {entry["status"] for entry in entries} == {"200"}
    assert not any("127.0.0.1" in line for line in lines), "no visitor's address in the visits log"

    call_command("import_visits", str(log), verbosity=0)
    counts = {row.path: row for row in DailyVisits.objects.all()}
    assert counts[german].count == 3 and counts[german].page_id == town.service("hund").pk
    assert counts[english].count == 1 and counts[english].language == "en"
    assert set(counts) == {german, english}, "no robot, prefetch, 404, PDF, HEAD, POST or admin"

    # Idempotent: the same file again adds nothing; what nginx adds later is counted once.
    call_command("import_visits", str(log), verbosity=0)
    assert DailyVisits.objects.get(path=german).count == 3
    Client(port).request("GET", german, headers=browser)
    wait_for_lines(log, len(lines) + 1)
    call_command("import_visits", str(log), verbosity=0)
    call_command("import_visits", str(log), verbosity=0)
    assert DailyVisits.objects.get(path=german).count == 4
    position = LogPosition.objects.get()
    assert position.offset == log.stat().st_size and position.inode == log.stat().st_ino


def test_a_rotated_log_goes_on_where_it_stopped_and_the_new_file_starts_at_its_beginning(tmp_path, town, settings):
    settings.VISITS_SOURCE = "nginx-log"
    page = town.service("hund").url
    line = (
        json.dumps(
            {
                "time": "2026-12-03T10:00:00+01:00",
                "method": "GET",
                "uri": page,
                "status": "200",
                "type": "text/html; charset=utf-8",
                "agent": BROWSER,
                "purpose": "  ",
            }
        )
        + "\n"
    )
    log = tmp_path / "visits.log"
    log.write_text(line * 2)
    call_command("import_visits", str(log), verbosity=0)
    with log.open("a") as handle:
        handle.write(line)
        handle.write(line[:40])  # nginx is still writing this one
    rotated = tmp_path / "visits.log.1"
    log.rename(rotated)  # logrotate: same inode, new name
    log.write_text(line)  # nginx reopened: a new file
    call_command("import_visits", str(rotated), str(log), verbosity=0)
    assert DailyVisits.objects.get(path=page).count == 4
    assert str(DailyVisits.objects.get(path=page).day) == "2026-12-03"
    call_command("import_visits", str(rotated), str(log), verbosity=0)
    assert DailyVisits.objects.get(path=page).count == 4


def test_the_combined_format_is_read_too(tmp_path, town, settings):
    settings.VISITS_SOURCE = "nginx-log"
    page = town.service("hund").url
    log = tmp_path / "access.log"
    log.write_text(
        f'203.0.113.9 - - [04/Dec/2026:23:30:00 +0000] "GET {page}?page=2 HTTP/1.1" 200 5120 "-" "{BROWSER}"\n'
        f'203.0.113.9 - - [04/Dec/2026:23:31:00 +0000] "GET /de/merkblatt.pdf HTTP/1.1" 200 5120 "-" "{BROWSER}"\n'
        f'203.0.113.9 - - [04/Dec/2026:23:32:00 +0000] "GET {page} HTTP/1.1" 200 5120 "-" "Googlebot/2.1"\n'
        "not a log line\n"
        f'203.0.113.9 - - [04/Dec/2026:23:33:00 +0000] "GET /de/%C3%BCber-uns/ HTTP/1.1" 200 5120 "-" "{BROWSER}"\n'
    )
    call_command("import_visits", str(log), verbosity=0)
    rows = {row.path: row for row in DailyVisits.objects.all()}
    assert set(rows) == {page, "/de/über-uns/"}
    assert str(rows[page].day) == "2026-12-05", "the day in the site's time zone (23:30 UTC is past midnight in Berlin)"


def test_import_is_refused_when_django_counts(tmp_path, settings):
    settings.VISITS_SOURCE = "django"
    log = tmp_path / "visits.log"
    log.write_text("")
    with pytest.raises(CommandError, match="twice"):
        call_command("import_visits", str(log))
    settings.VISITS_SOURCE = "nginx-log"
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_visits", str(tmp_path / "missing.log"))
