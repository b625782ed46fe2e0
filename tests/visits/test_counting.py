"""Visits counted in Django (VISITS_SOURCE = "django"): through the real test client and the real
page cache, into the shared counters of the default cache, and by flush_visits into DailyVisits."""

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

from pagecache.wsgi import PageCacheApplication
from visits import counter
from visits.models import DailyVisits
from visits.wsgi import VisitsApplication

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


def visits(path=None):
    counter.flush_buffer()
    found = counter.pending()
    if path is None:
        return sum(found.values())
    return sum(n for (_day, each), n in found.items() if each == path)


def test_a_page_view_and_its_page_cache_hits_are_counted(client, town):
    url = town.service("hund").url
    answers = [client.get(url, headers={"user-agent": BROWSER}) for _ in range(3)]
    assert [answer["X-Cache"] for answer in answers] == ["miss", "hit", "hit"]
    assert visits(url) == 3

    call_command("flush_visits", verbosity=0)
    row = DailyVisits.objects.get(path=url)
    assert row.count == 3 and row.language == "de" and row.page_id == town.service("hund").pk
    assert counter.pending() == {}, "what was moved is subtracted from the counters"

    client.get(url, headers={"user-agent": BROWSER})
    call_command("flush_visits", verbosity=0)
    assert DailyVisits.objects.get(path=url).count == 4


def test_the_english_page_is_counted_under_its_language(client, town):
    english = town.service("hund", "en")
    client.get(english.url, headers={"user-agent": BROWSER})
    call_command("flush_visits", verbosity=0)
    row = DailyVisits.objects.get(path=english.url)
    assert row.language == "en" and row.page_id == english.pk


def test_what_is_not_a_visit_is_not_counted(client, town, admin_user):
    url = town.service("hund").url
    assert client.head(url, headers={"user-agent": BROWSER}).status_code == 200
    assert client.post(url, headers={"user-agent": BROWSER}).status_code in (200, 403, 405)
    assert client.get("/de/gibt-es-nicht/", headers={"user-agent": BROWSER}).status_code == 404
    assert client.get(url.rstrip("/"), headers={"user-agent": BROWSER}).status_code in (301, 302)
    for robot in ("Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", "python-requests/2.32", ""):
        assert client.get(url, headers={"user-agent": robot}).status_code == 200
    for prefetch in ({"sec-purpose": "prefetch"}, {"purpose": "prefetch"}, {"x-moz": "prefetch"}):
        assert client.get(url, headers={"user-agent": BROWSER, **prefetch}).status_code == 200
    assert client.get("/robots.txt", headers={"user-agent": BROWSER}).status_code == 200
    client.force_login(admin_user)
    assert client.get("/admin/", headers={"user-agent": BROWSER}).status_code == 200
    assert visits() == 0

    assert client.get(url, headers={"user-agent": BROWSER}).status_code == 200  # the same page, as a person
    assert visits() == 1


@pytest.mark.parametrize("source", ["nginx-log", "off"])
def test_django_counts_nothing_when_another_source_is_chosen(client, town, settings, source):
    settings.VISITS_SOURCE = source
    for _ in range(2):
        client.get(town.service("hund").url, headers={"user-agent": BROWSER})
    assert visits() == 0


def test_counts_wait_in_the_process_until_the_buffer_time_has_passed(client, town, settings):
    settings.VISITS_BUFFER_SECONDS = 3600
    url = town.service("hund").url
    for _ in range(3):
        client.get(url, headers={"user-agent": BROWSER})
    assert sum(counter.held().values()) == 3, "no round trip to the shared cache per request"
    assert counter.pending() == {}
    settings.VISITS_BUFFER_SECONDS = 0
    client.get(url, headers={"user-agent": BROWSER})
    assert counter.held() == {} and sum(counter.pending().values()) == 4


class Server:
    """cms/wsgi.py's application as a WSGI server calls it, around Django's real handler, with a
    count of the requests Django handled (its request_started signal)."""

    def __init__(self):
        self.application = VisitsApplication(PageCacheApplication(WSGIHandler()))
        self.handled_by_django = 0
        request_started.connect(self._started, dispatch_uid="test-visits-wsgi")
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)

    def _started(self, **kwargs):
        self.handled_by_django += 1

    def close(self):
        request_started.disconnect(dispatch_uid="test-visits-wsgi")
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)

    def get(self, path, **headers):
        environ = RequestFactory().get(path, headers=headers).environ
        started = {}

        def start_response(status, response_headers, exc_info=None):
            started["status"], started["headers"] = status, dict(response_headers)

        result = self.application(environ, start_response)
        try:
            b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        return started


@pytest.fixture
def server():
    server = Server()
    yield server
    server.close()


def test_hits_answered_before_django_are_counted_once_each(server, town):
    url = town.service("hund").url
    for _ in range(4):
        server.get(url, user_agent=BROWSER)
    assert server.handled_by_django == 2, "the third and fourth were answered at the WSGI entrance"
    assert visits(url) == 4, "each answer counted once: Django's by the middleware, the others at the entrance"

    server.get(url, user_agent="Googlebot/2.1")
    server.get("/de/gibt-es-nicht/", user_agent=BROWSER)
    assert visits() == 4


def test_flush_through_the_real_task_worker(client, town, db_worker):
    from visits.tasks import flush_visits

    url = town.service("hund").url
    client.get(url, headers={"user-agent": BROWSER})
    client.get(url, headers={"user-agent": BROWSER})
    result = flush_visits.enqueue()
    db_worker()
    result.refresh()
    assert result.status == "SUCCESSFUL" and result.return_value == 2
    assert DailyVisits.objects.get(path=url).count == 2


def test_an_address_that_leads_to_no_page_is_kept_without_a_page(town):
    counter.add({("2026-12-01", "/de/frueher-eine-seite/"): 5})
    call_command("flush_visits", verbosity=0)
    row = DailyVisits.objects.get(path="/de/frueher-eine-seite/")
    assert row.count == 5 and row.page is None and str(row.day) == "2026-12-01"
    assert counter.pending() == {}


@pytest.mark.usefixtures("redis_cache")
def test_with_redis_the_counters_are_one_hash_per_day(client, town):
    url = town.service("hund").url
    for _ in range(3):
        assert client.get(url, headers={"user-agent": BROWSER}).status_code == 200
    counter.flush_buffer()
    client_redis = counter._redis()
    assert client_redis is not None
    (day_key,) = [key for key in client_redis.scan_iter("*visits:day:*")]
    assert int(client_redis.hget(day_key, url)) == 3
    # Two processes adding at once do not lose counts: HINCRBY is atomic.
    counter.add({(key_day, url): 2 for key_day in [day_key.decode().rsplit(":", 1)[1]]})
    assert int(client_redis.hget(day_key, url)) == 5
    call_command("flush_visits", verbosity=0)
    assert DailyVisits.objects.get(path=url).count == 5
    assert int(client_redis.hget(day_key, url)) == 0
    call_command("flush_visits", verbosity=0)  # nothing left to move
    assert DailyVisits.objects.get(path=url).count == 5
