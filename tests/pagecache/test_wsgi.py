"""Hits answered at the entrance of the WSGI application (pagecache/wsgi.py), called as a WSGI server
calls it (an environ, start_response, the body iterated and closed) around Django's real handler.
Whether Django handled a request is read from Django's own request_started signal."""

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

from pagecache.wsgi import PageCacheApplication

pytestmark = pytest.mark.django_db

# Worked out for each answer (the remaining lifetime ticks); everything else must be the same.
PER_ANSWER = {"cache-control", "x-accel-expires", "date"}


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.body = status, body
        self.headers = {name.lower(): value for name, value in headers}
        self.names = [name for name, _value in headers]

    def stable_headers(self):
        return {name: value for name, value in self.headers.items() if name not in PER_ANSWER}


class Server:
    """What gunicorn does with the application, and a count of the requests Django handled."""

    def __init__(self):
        self.application = PageCacheApplication(WSGIHandler())
        self.handled_by_django = 0
        request_started.connect(self._started, dispatch_uid="test-pagecache-wsgi")
        # As Django's test client does: a request must not close the test's database connection
        # (its transaction holds the test's data; PostgreSQL would lose it).
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)

    def _started(self, **kwargs):
        self.handled_by_django += 1

    def close(self):
        request_started.disconnect(dispatch_uid="test-pagecache-wsgi")
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)

    def call(self, path, method="GET", **headers):
        environ = RequestFactory().generic(method, path, headers=headers).environ
        started = {}

        def start_response(status, response_headers, exc_info=None):
            started["status"], started["headers"] = status, response_headers

        result = self.application(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        return Answer(started["status"], started["headers"], body)


@pytest.fixture
def server():
    server = Server()
    yield server
    server.close()


def test_a_hit_is_answered_before_django_with_the_headers_django_sent(server, town):
    url = town.service("hund").url
    assert server.call(url).headers["x-cache"] == "miss"
    through_django = server.call(url)
    assert through_django.headers["x-cache"] == "hit" and server.handled_by_django == 2

    fast = server.call(url)

    assert server.handled_by_django == 2, "answered without Django"
    assert fast.status == "200 OK" and fast.body == through_django.body
    assert fast.stable_headers() == through_django.stable_headers()
    assert fast.headers["cache-control"].startswith("public, max-age=0, s-maxage=")
    # The security headers Django's middleware added on the way out are there too.
    assert fast.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" in fast.headers
    assert "set-cookie" not in fast.headers and "vary" not in fast.headers


def test_a_change_is_served_at_once(server, town):
    service = town.service("hund")
    for _ in range(3):
        server.call(service.url)
    service.title = "Hundesteuer und Hundemarke"
    service.save_revision().publish()

    answer = server.call(service.url)

    assert "Hundesteuer und Hundemarke" in answer.body.decode()
    assert answer.headers["x-cache"] == "miss"
    assert server.handled_by_django == 3  # miss, hit, answered here; then Django again


def test_a_head_request_gets_the_headers_without_the_body(server, town):
    url = town.service("hund").url
    for _ in range(2):
        server.call(url)
    get = server.call(url)
    head = server.call(url, method="HEAD")
    assert server.handled_by_django == 2
    assert head.body == b"" and head.headers["content-length"] == str(len(get.body))
    assert head.headers["etag"] == get.headers["etag"]


def test_personal_and_conditional_requests_go_through_django(server, town, settings):
    url = town.service("hund").url
    for _ in range(2):
        warm = server.call(url)

    with_session = server.call(url, cookie=f"{settings.SESSION_COOKIE_NAME}=abc")
    assert server.handled_by_django == 3 and with_session.headers["x-cache"] == "bypass"
    assert with_session.headers["cache-control"] == "private, no-store"

    with_credentials = server.call(url, authorization="Basic cmVkYWt0aW9uOng=")
    assert server.handled_by_django == 4 and with_credentials.headers["x-cache"] == "bypass"

    conditional = server.call(url, if_none_match=warm.headers["etag"])
    assert server.handled_by_django == 5 and conditional.status.startswith("304")
    assert conditional.headers["x-cache"] == "hit"


def test_a_refused_host_gets_django_s_answer(server, town, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    url = town.service("hund").url
    for _ in range(2):
        server.call(url)
    answer = server.call(url, host="evil.example")
    assert answer.status.startswith("400")
    assert server.handled_by_django == 3


def test_the_project_s_wsgi_application_answers_hits_first():
    from cms import wsgi
    from visits.wsgi import VisitsApplication

    # The visit counter is around it, and counts the hits it answers (docs/visits.md).
    assert isinstance(wsgi.application, VisitsApplication)
    page_cache = wsgi.application.application
    assert isinstance(page_cache, PageCacheApplication)
    assert page_cache.application is wsgi.django_application
