"""The shipped nginx front cache (deploy/nginx/) in front of a real gunicorn under production
settings, with the task worker beside it, on free ports.

gunicorn and the test's content share one database of this module's own: an SQLite file, or a
fresh PostgreSQL database on the server DATABASE_URL names (pytest-django's SQLite test database
lives in memory, and what the test process writes in its transaction no other process sees). The
content is written before gunicorn starts (tests/frontcache/build_site.py); from then on everything
goes through nginx over HTTP: an editor logs into the Wagtail admin, publishes a German page, its
English translation and an alert banner, and the new text is read through nginx within a second.

Without nginx and Debian's libnginx-mod-http-cache-purge the module skips, unless REQUIRE_NGINX=1
or CI=true (.ci/run sets it), which make it fail instead."""

import html
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from deploy.nginx.run_local import nginx_binary, purge_module, start_nginx
from tests.frontcache.build_site import EDITOR, PASSWORD
from tests.frontcache.client import Client
from tests.servers import free_port, server_database

ROOT = Path(__file__).resolve().parents[2]
FRESH_WITHIN = 1.0  # seconds from the editor's publish to the new text through nginx

pytestmark = pytest.mark.xdist_group("frontcache")


def _require_nginx():
    missing = [
        name
        for name, present in (("nginx", nginx_binary()), ("libnginx-mod-http-cache-purge", purge_module()))
        if not present
    ]
    if not missing:
        return
    reason = f"{' and '.join(missing)} not installed"
    if os.environ.get("REQUIRE_NGINX") == "1" or os.environ.get("CI") == "true":
        pytest.fail(f"REQUIRE_NGINX=1 (or CI) but {reason}", pytrace=False)
    pytest.skip(f"front-cache tests skipped: {reason} (apt-get install nginx libnginx-mod-http-cache-purge)")


def _wait_for(port, process, log, timeout=90):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"server on port {port} did not start; see {log}") from None
            time.sleep(0.2)


@dataclass
class Stack:
    port: int  # nginx
    app_port: int  # gunicorn
    static_root: Path
    media_root: Path
    workdir: Path
    content: dict
    latencies: dict = field(default_factory=dict)

    def client(self):
        return Client(self.port)

    def purge(self, path):
        response = Client(self.port).request("PURGE", path)
        assert response.status == 200, response.text
        return response


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    _require_nginx()
    tmp = tmp_path_factory.mktemp("frontcache")
    port, app_port = free_port(), free_port()
    database_url, drop = server_database(tmp, "frontcache")
    static_root, media_root = tmp / "static", tmp / "media"
    media_root.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # nginx speaks plain http here, standing in for the TLS proxy
        "SECURE_SSL_REDIRECT": "False",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
        # Shared by both gunicorn workers and the task worker, without a Redis on a fresh machine.
        "CACHE_URL": f"filecache://{tmp / 'cache'}",
        "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{port}",
        "TRUSTED_PROXIES": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("REDIS_URL", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    logs, processes, nginx = [], [], None

    def launch(name, args):
        log = open(tmp / f"{name}.log", "w")  # noqa: SIM115 (closed at teardown)
        logs.append(log)
        processes.append(subprocess.Popen(args, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT))
        return processes[-1]

    try:
        content = _build(tmp, env, manage, port)
        gunicorn = launch(
            "gunicorn",
            [sys.executable, "-m", "gunicorn", "cms.wsgi", "-b", f"127.0.0.1:{app_port}", "-w", "2"],
        )
        # The task worker at its default interval: the purges must not wait for it (they are sent
        # in-process after the commit). (--skip-checks: the file cache that stands in for Redis fails
        # check stadtportal.E005.)
        launch("worker", [*manage, "db_worker", "--no-startup-delay", "--skip-checks"])
        _wait_for(app_port, gunicorn, tmp / "gunicorn.log")
        nginx = start_nginx(port, f"127.0.0.1:{app_port}", static_root, media_root, tmp / "nginx")
        yield Stack(port, app_port, static_root, media_root, tmp / "nginx", content)
    finally:
        for process in ([nginx] if nginx else []) + processes:
            process.terminate()
        for process in ([nginx] if nginx else []) + processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in logs:
            log.close()
        drop()


def _build(tmp, env, manage, port):
    """Migrate, write the content (under the test settings: the factories; no purge is sent yet)
    and, at the same time, collect the static files; returns build_site's summary."""
    build_env = {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    build_env.pop("FRONTEND_CACHE_PURGE_URL")
    script = (
        "from django.core.management import call_command; call_command('migrate', interactive=False, verbosity=0); "
        f"from tests.frontcache.build_site import main; main({port})"
    )
    with open(tmp / "build.log", "w") as log:
        build = subprocess.Popen(
            [*manage, "shell", "-v0", "-c", script],
            env=build_env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
        collect = subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], env=env, cwd=ROOT, capture_output=True)
        out, _err = build.communicate(timeout=600)
    assert build.returncode == 0, (tmp / "build.log").read_text()[-3000:]
    assert collect.returncode == 0, collect.stderr
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def editor(stack):
    client = stack.client()
    client.login(EDITOR, PASSWORD)
    return client


def _warm(stack, path):
    """The page in nginx's cache: purged, then fetched until nginx serves it itself."""
    stack.purge(path)
    anonymous = stack.client()
    first = anonymous.get(path)
    assert first.status == 200
    second = anonymous.get(path)
    assert second.cache_status == "HIT", (first.headers, second.headers)
    return second


def _purge_delay(stack, since, path):
    """Seconds from `since` (time.time()) to the first PURGE of `path` from Wagtail in nginx's log."""
    deadline = time.monotonic() + 5
    pattern = re.compile(rf'"PURGE {re.escape(path)} HTTP/1\.1" 200 .*Wagtail-frontendcache.* t=([0-9.]+)$')
    while time.monotonic() < deadline:
        for line in (stack.workdir / "logs" / "access.log").read_text().splitlines():
            match = pattern.search(line)
            if match and float(match.group(1)) >= since:
                return float(match.group(1)) - since
        time.sleep(0.05)
    return None


def _fresh_within(stack, path, text, limit=5.0):
    """Seconds until an anonymous GET through nginx shows `text` (fails after `limit`)."""
    anonymous = stack.client()
    started = time.perf_counter()
    while True:
        response = anonymous.get(path)
        if text in response.text:
            return time.perf_counter() - started, response
        if time.perf_counter() - started > limit:
            pytest.fail(f"{path} still without {text!r} after {limit} s (X-Cache-Status {response.cache_status})")
        time.sleep(0.02)


def _translate_and_publish(editor, page_path, source_text, translation):
    """What a translator does in wagtail-localize's editor: save one string's translation (its
    API, as the editor's JavaScript calls it), then publish the translation."""
    page = editor.get(page_path)
    assert page.status == 200
    props = json.loads(html.unescape(re.search(r'data-props="([^"]*)"', page.text).group(1)))
    segment = next(s for s in props["segments"] if s["type"] == "string" and s["source"] == source_text)
    saved = editor.request(
        "PUT",
        segment["editUrl"],
        body={"value": translation},
        headers={"X-CSRFToken": editor.cookies["csrftoken"], "Referer": f"http://{editor.host}{page_path}"},
    )
    assert saved.status in (200, 201), saved.text
    # The editor has no form of its own (JavaScript builds it); its button posts the CSRF token.
    published = editor.post(
        page_path,
        {"csrfmiddlewaretoken": editor.cookies["csrftoken"], "action": "publish"},
        headers={"Referer": f"http://{editor.host}{page_path}"},
    )
    assert published.status == 302, published.text[:2000]
    return published


def test_an_anonymous_page_is_served_by_nginx_from_its_second_request(stack):
    path = stack.content["path"]["de"]
    stack.purge(path)
    anonymous = stack.client()
    first = anonymous.get(path)
    second = anonymous.get(path)
    assert (first.status, first.cache_status) == (200, "MISS")
    assert (second.status, second.cache_status) == (200, "HIT")
    assert second.body == first.body
    assert "Die Auszählung beginnt" in second.text
    assert second.header("Set-Cookie") is None
    # The application's own caching headers reach the browser, nginx's internal one does not.
    assert "public" in second.header("Cache-Control")
    assert second.header("X-Accel-Expires") is None
    # A conditional request is answered from the cache.
    again = anonymous.get(path, headers={"If-None-Match": second.header("ETag")})
    assert (again.status, again.cache_status) == (304, "HIT")


def _change_then_read(stack, label, path, text, change):
    """Run `change` (the editor's request), then read `path` through nginx until it shows `text`;
    records and returns the seconds from the editor's answer to the fresh page."""
    sent = time.time()
    change()
    answered = time.time()
    seconds, _response = _fresh_within(stack, path, text)
    purged = _purge_delay(stack, sent, path)
    stack.latencies[label] = seconds
    purge_note = "" if purged is None else f", PURGE reached nginx after {(purged - (answered - sent)) * 1000:.0f} ms"
    print(f"\n{label}: fresh through nginx {seconds * 1000:.0f} ms after the editor's answer{purge_note}")
    return seconds


def _publish_page(editor, page, changes):
    published = editor.submit(
        f"/admin/pages/{page}/edit/",
        changes,
        "action-publish",
        scripted={"body-count": "0"},  # the empty StreamField, as its JavaScript posts it
    )
    assert published.status == 302, published.text[:2000]


def _save_snippet(editor, path, changes, button=""):
    saved = editor.submit(path, changes, button)
    assert saved.status == 302, saved.text[:2000]


def test_published_changes_are_fresh_through_nginx_within_a_second_in_both_languages(stack, editor):
    de, en = stack.content["path"]["de"], stack.content["path"]["en"]
    new_de, new_en = "Die Auszählung beginnt um 19 Uhr.", "Counting starts at 7 pm."
    for path in (de, en):
        _warm(stack, path)
    seconds_de = _change_then_read(
        stack, "German page", de, new_de, lambda: _publish_page(editor, stack.content["page"]["de"], {"intro": new_de})
    )
    # A translator translates the changed sentence and publishes the English page.
    _warm(stack, en)
    english = f"/admin/pages/{stack.content['page']['en']}/edit/"
    seconds_en = _change_then_read(
        stack, "English page", en, new_en, lambda: _translate_and_publish(editor, english, new_de, new_en)
    )
    assert seconds_de < FRESH_WITHIN, f"German page fresh after {seconds_de:.2f} s"
    assert seconds_en < FRESH_WITHIN, f"English page fresh after {seconds_en:.2f} s"
    # Served from the cache again afterwards.
    assert stack.client().get(en).cache_status in ("HIT", "MISS")
    assert stack.client().get(en).cache_status == "HIT"


def test_a_changed_alert_banner_is_fresh_on_pages_within_a_second_in_both_languages(stack, editor):
    de, en = stack.content["path"]["de"], stack.content["path"]["en"]
    new_de, new_en = "Alle Parks sind geschlossen.", "All parks are closed."
    for path in (de, en):
        _warm(stack, path)
    german = f"/admin/snippets/cms/alert/edit/{stack.content['alert']['de']}/"
    seconds_de = _change_then_read(
        stack, "German alert", de, new_de, lambda: _save_snippet(editor, german, {"text": new_de}, "action-publish")
    )
    _warm(stack, en)
    english = f"/admin/snippets/cms/alert/edit/{stack.content['alert']['en']}/"
    seconds_en = _change_then_read(
        stack, "English alert", en, new_en, lambda: _translate_and_publish(editor, english, new_de, new_en)
    )
    assert seconds_de < FRESH_WITHIN, f"German page fresh after {seconds_de:.2f} s"
    assert seconds_en < FRESH_WITHIN, f"English page fresh after {seconds_en:.2f} s"


def test_a_logged_in_editor_is_never_served_from_or_stored_in_the_cache(stack, editor):
    path = stack.content["path"]["de"]
    stack.purge(path)
    for _ in range(2):
        response = editor.get(path)
        assert (response.status, response.cache_status) == (200, "BYPASS")
        assert "wagtail-userbar" in response.text  # the editor's own page
    anonymous = stack.client().get(path)
    assert anonymous.cache_status == "MISS"  # the editor's answers were not stored
    assert "wagtail-userbar" not in anonymous.text
    # A cached page is not handed to the editor either.
    assert stack.client().get(path).cache_status == "HIT"
    assert editor.get(path).cache_status == "BYPASS"


def test_the_language_redirect_is_never_cached(stack):
    for _ in range(2):
        english = stack.client().get("/", headers={"Accept-Language": "en"})
        german = stack.client().get("/", headers={"Accept-Language": "de"})
        assert (english.status, english.header("Location")) == (302, "/en/")
        assert (german.status, german.header("Location")) == (302, "/de/")
        assert english.cache_status != "HIT" and german.cache_status != "HIT"


def test_gzip_for_pages_from_the_cache(stack):
    path = stack.content["path"]["de"]
    plain = _warm(stack, path)
    compressed = stack.client().get(path, headers={"Accept-Encoding": "gzip"})
    assert (compressed.cache_status, compressed.header("Content-Encoding")) == ("HIT", "gzip")
    assert len(compressed.body) < len(plain.body)
    assert compressed.text == plain.text
    assert "Accept-Encoding" in (compressed.header("Vary") or "")


def test_static_and_public_media_come_from_disk(stack):
    css = next((stack.static_root / "cms" / "css").glob("stadtportal.*.css"))
    response = stack.client().get(f"/static/cms/css/{css.name}", headers={"Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.header("Cache-Control") == "public, max-age=31536000, immutable"
    assert response.header("Content-Encoding") == "gzip"  # the .gz collectstatic wrote
    assert response.header("X-Cache-Status") is None  # never went through the proxy
    # A file that appeared after gunicorn started: WhiteNoise (which indexes at start) would not
    # know it; nginx reads the disk.
    (stack.static_root / "frontcache-probe.txt").write_text("from disk")
    probe = stack.client().get("/static/frontcache-probe.txt")
    assert (probe.status, probe.text) == (200, "from disk")
    assert probe.header("Cache-Control") == "public, max-age=3600"
    # Media: public renditions from disk (the application serves no /media/ in production) ...
    (stack.media_root / "images").mkdir(exist_ok=True)
    (stack.media_root / "images" / "probe.txt").write_text("rendition")
    assert stack.client().get("/media/images/probe.txt").text == "rendition"
    # ... but never documents (Wagtail's view checks their privacy) or private uploads.
    (stack.media_root / "documents").mkdir(exist_ok=True)
    (stack.media_root / "documents" / "secret.txt").write_text("restricted")
    assert stack.client().get("/media/documents/secret.txt").status == 404
    private = stack.media_root.with_name(stack.media_root.name + "-private")
    private.mkdir(exist_ok=True)
    (private / "upload.txt").write_text("a citizen's upload")
    for path in ("/media/../media-private/upload.txt", "/media-private/upload.txt", "/private-not-served/upload.txt"):
        response = stack.client().get(path)
        assert response.status == 404 and "citizen" not in response.text, path


def test_an_oversized_body_is_refused_by_nginx(stack):
    conn = socket.create_connection(("127.0.0.1", stack.port), timeout=10)
    with conn:
        conn.sendall(
            b"POST /de/wahlabend/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Length: 60000000\r\n\r\n"
        )
        assert conn.recv(100).startswith(b"HTTP/1.1 413")


# --- the configuration's own rules, against an upstream that answers with the headers asked for ---


class _HeaderEcho(BaseHTTPRequestHandler):
    """GET /<name>: 200 with the headers of RESPONSES[name] and a counter, so a test sees whether
    the upstream was asked."""

    RESPONSES = {
        "public": [("Cache-Control", "public, max-age=0, s-maxage=60"), ("X-Accel-Expires", "60")],
        "cookie": [
            ("Cache-Control", "public, max-age=0, s-maxage=60"),
            ("X-Accel-Expires", "60"),
            ("Set-Cookie", "csrftoken=abc; Path=/"),
        ],
        # X-Accel-Expires before "private": nginx 1.22 alone would cache this.
        "late-private": [("X-Accel-Expires", "60"), ("Cache-Control", "private, no-cache")],
        "vary": [
            ("Cache-Control", "public, s-maxage=60"),
            ("X-Accel-Expires", "60"),
            ("Vary", "Cookie, Accept-Language"),
        ],
        "silent": [],
    }
    hits = {}
    lock = threading.Lock()

    def do_GET(self):  # noqa: N802 (http.server's name)
        name = self.path.strip("/").split("?")[0]
        with self.lock:
            count = self.hits[name] = self.hits.get(name, 0) + 1
        body = f"{name} {count}".encode()
        self.send_response(200)
        for header, value in self.RESPONSES.get(name, []):
            self.send_header(header, value)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def echo_nginx(tmp_path_factory):
    _require_nginx()
    tmp = tmp_path_factory.mktemp("frontcache-echo")
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), _HeaderEcho)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    port, locked_port = free_port(), free_port()
    (tmp / "static").mkdir()
    (tmp / "media").mkdir()
    upstream_address = f"127.0.0.1:{upstream.server_address[1]}"
    nginx = start_nginx(port, upstream_address, tmp / "static", tmp / "media", tmp / "open", worker_processes=1)
    # The same, but PURGE allowed only from an address the test does not have.
    locked = start_nginx(
        locked_port, upstream_address, tmp / "static", tmp / "media", tmp / "locked", purge_from=["192.0.2.1"]
    )
    yield port, locked_port
    for process in (nginx, locked):
        process.terminate()
        process.wait(timeout=10)
    upstream.shutdown()


def _statuses(port, path, times=2, **kwargs):
    client = Client(port)
    responses = [client.get(path, **kwargs) for _ in range(times)]
    return [r.cache_status for r in responses], [r.text for r in responses]


def test_only_what_the_application_calls_public_is_cached(echo_nginx):
    port, _locked = echo_nginx
    assert _statuses(port, "/public") == (["MISS", "HIT"], ["public 1", "public 1"])
    # Set-Cookie, "private" after X-Accel-Expires, or no caching headers at all: never stored.
    assert _statuses(port, "/cookie")[0] == ["MISS", "MISS"]
    assert _statuses(port, "/late-private")[0] == ["MISS", "MISS"]
    assert _statuses(port, "/silent")[0] == ["MISS", "MISS"]
    # Requests with a query string or a session go to the application.
    assert _statuses(port, "/public?page=2")[0] == ["BYPASS", "BYPASS"]
    assert _statuses(port, "/public", headers={"Cookie": "sessionid=abc"})[0] == ["BYPASS", "BYPASS"]


def test_purge_reaches_the_one_copy_whatever_the_visitors_cookies(echo_nginx):
    port, _locked = echo_nginx
    assert _statuses(port, "/vary", headers={"Cookie": "stadtportal_language=de"})[0] == ["MISS", "HIT"]
    # Vary: Cookie is not split into per-visitor copies that a purge would miss.
    assert _statuses(port, "/vary", headers={"Cookie": "csrftoken=x"}, times=1)[0] == ["HIT"]
    purged = Client(port).request("PURGE", "/vary")
    assert purged.status == 200 and "Successful purge" in purged.text
    assert _statuses(port, "/vary", times=1) == (["MISS"], ["vary 2"])
    # Purging what is not cached is no error (Wagtail would log one for a 404).
    again = Client(port).request("PURGE", "/never-cached")
    assert (again.status, again.text) == (200, "not cached\n")


def test_purge_is_refused_from_other_addresses(echo_nginx):
    _port, locked_port = echo_nginx
    assert _statuses(locked_port, "/public")[0][1] == "HIT"
    assert Client(locked_port).request("PURGE", "/public").status == 403
    assert _statuses(locked_port, "/public", times=1)[0] == ["HIT"]
