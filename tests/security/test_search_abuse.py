"""The search is throttled per client (settings.RATELIMITS["search"]) on the page, the JSON API and
autocomplete, and its query log keeps one row per normalised query, language and day however many
times it is searched."""

import uuid

import pytest
from django.db import connection

from search.models import QueryLog
from tests.concurrency import in_thread, run_together

pytestmark = pytest.mark.django_db


@pytest.fixture
def limit(settings):
    # Five an hour, not a minute: six searches on a loaded machine can take long enough for a minute's
    # fixed window to roll over between them, and the count would start again.
    settings.RATELIMITS = {**settings.RATELIMITS, "search": "5/h"}
    return 5


def _get(client, url, address, **params):
    return client.get(url, params, REMOTE_ADDR=address)


def test_search_page_answers_429_after_the_limit_in_the_visitors_language(client, limit):
    for _ in range(limit):
        assert _get(client, "/de/search/", "203.0.113.7", q="Perso").status_code == 200
    response = _get(client, "/de/search/", "203.0.113.7", q="Perso")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert response["Content-Language"] == "de" or 'lang="de"' in response.content.decode()
    english = _get(client, "/en/search/", "203.0.113.7", q="passport")
    assert english.status_code == 429
    assert "Too many requests" in english.content.decode()


def test_different_clients_are_counted_separately(client, limit):
    for _ in range(limit + 1):
        _get(client, "/de/search/", "203.0.113.8", q="Ausweis")
    assert _get(client, "/de/search/", "203.0.113.8", q="Ausweis").status_code == 429
    assert _get(client, "/de/search/", "198.51.100.9", q="Ausweis").status_code == 200
    assert _get(client, "/api/search/", "198.51.100.10", q="Ausweis").status_code == 200


def test_json_api_answers_429_json(client, limit):
    for _ in range(limit):
        assert _get(client, "/api/search/", "203.0.113.11", q="Perso").status_code == 200
    response = _get(client, "/api/search/", "203.0.113.11", q="Perso")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]
    assert int(response["Retry-After"]) > 0
    # The page and the API share the client's bucket.
    assert _get(client, "/de/search/", "203.0.113.11", q="Perso").status_code == 429


def test_autocomplete_is_throttled_in_its_own_bucket(client, limit):
    for _ in range(limit):
        assert _get(client, "/api/search/suggest/", "203.0.113.12", q="Pers").status_code == 200
    response = _get(client, "/api/search/suggest/", "203.0.113.12", q="Pers")
    assert response.status_code == 429 and response.json()["error"]
    # Typing did not use up the searches.
    assert _get(client, "/de/search/", "203.0.113.12", q="Personalausweis").status_code == 200


def test_one_hundred_identical_searches_make_one_log_row(client, settings):
    """(The log aggregated per day already; this guards it, through the page and the API.)"""
    settings.RATELIMITS = {**settings.RATELIMITS, "search": "1000/m"}
    spellings = ["Perso", "perso", "  PERSO ", "Perso"]
    for number in range(100):
        query = spellings[number % len(spellings)]
        if number % 2:
            response = _get(client, "/api/search/", "203.0.113.20", q=query)
        else:
            response = _get(client, "/de/search/", "203.0.113.20", q=query)
        assert response.status_code == 200
    rows = QueryLog.objects.filter(query="perso", language="de")
    assert rows.count() == 1
    assert rows.get().count == 100
    assert rows.get().results > 0


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL: SQLite lets one writer in at a time")
def test_parallel_first_searches_of_the_day_make_one_row():
    """Eight clients search the same new query at the same moment, each request in its own connection
    and transaction (committed): one row, counted eight times."""
    from django.test import Client

    query = f"parallelsuche{uuid.uuid4().hex[:8]}"
    def visitor(number):
        return Client(REMOTE_ADDR=f"192.0.2.{number + 1}").get("/api/search/", {"q": query}).status_code

    statuses = run_together(visitor, 8)

    def count_and_clean():
        rows = list(QueryLog.objects.filter(query=query).values_list("count", flat=True))
        QueryLog.objects.filter(query=query).delete()
        return rows

    assert statuses == [200] * 8
    assert in_thread(count_and_clean) == [8]
