"""Across processes: two gunicorn workers share one cache; a change saved by a third process is
served fresh by both, in both languages, within a second. The cache is Redis when REDIS_URL is set,
else a file-based cache (both shared between processes; local memory would not be)."""

import os
import subprocess
import sys
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.servers import free_port, server_database, wait_until_answers

ROOT = Path(__file__).resolve().parents[2]

BUILD = """
from tests.factories.cms import StandardPageFactory
from tests.factories.site import bilingual_site
from tests.factories.translation import translate
home, home_en = bilingual_site()
page = StandardPageFactory(parent=home, title="Abfallkalender", slug="abfall", intro="Alte Fassung.")
translate(page, {"Abfallkalender": "Waste calendar", "Alte Fassung.": "Old version."})
"""

CHANGE = """
from cms.models import StandardPage
page = StandardPage.objects.get(slug="abfall", locale__language_code="de")
page.intro = "Neue Fassung."
page.save_revision().publish()
"""


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pagecache-servers")
    database_url, drop = server_database(tmp, "pagecache_processes")
    cache = os.environ.get("REDIS_URL", "")
    if cache:
        cache = cache.rsplit("/", 1)[0] + "/15" if cache.count("/") >= 3 else cache + "/15"
        import redis

        redis.Redis.from_url(cache).flushdb()
    else:
        cache = str(tmp / "cache")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.pagecache.server_settings",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp / "media"),
        "PAGECACHE_TEST_CACHE": cache,
        "PYTHONPATH": str(ROOT),
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, cwd=ROOT, check=True)
    subprocess.run([*manage, "shell", "-c", BUILD], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    log = open(tmp / "gunicorn.log", "w")
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [str(gunicorn), "cms.wsgi:application", "--workers", "2", "--graceful-timeout", "3", "--bind", f"127.0.0.1:{port}"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    wait_until_answers(f"{base}/robots.txt", server, tmp / "gunicorn.log")
    yield {"base": base, "env": env, "manage": manage}
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:  # a worker that does not stop in time
        server.kill()
        server.wait(timeout=10)
    log.close()
    drop()


def fetch(url):
    # A new connection each time, so gunicorn's two workers both answer.
    request = urllib.request.Request(url, headers={"Connection": "close", "X-Probe": uuid.uuid4().hex})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("X-Cache"), response.read().decode()


def test_two_workers_share_the_cache_and_a_change_in_a_third_process_reaches_both(servers):
    german, english = servers["base"] + "/de/abfall/", servers["base"] + "/en/abfall/"
    for url in (german, english):
        statuses = [fetch(url)[0] for _ in range(12)]
        # One render for both workers: they share one cache.
        assert statuses.count("miss") == 1 and statuses.count("hit") == 11, statuses
    subprocess.run(
        [*servers["manage"], "shell", "-c", CHANGE], env=servers["env"], cwd=ROOT, check=True
    )
    # The change is seen at once: the very first answer after it is fresh in both languages (which
    # is stronger than "within a second"; what these requests take is rendering, not waiting).
    answers = [fetch(url) for url in (german, english) for _ in range(6)]
    german_answers, english_answers = answers[:6], answers[6:]
    assert "Neue Fassung." in german_answers[0][1] and german_answers[0][0] == "miss"
    assert english_answers[0][0] == "miss"
    assert all("Neue Fassung." in body for _status, body in german_answers)
    assert [status for status, _body in german_answers].count("miss") == 1
    assert [status for status, _body in english_answers].count("miss") == 1  # purged too
