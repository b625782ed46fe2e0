"""Counting the queries of a page view, for tests that bound them."""

from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext


def capture_queries():
    """CaptureQueriesContext on an emptied log: the log keeps at most 9,000 queries, and once full
    a capture's slice of it comes out short (a whole test session's queries fill it)."""
    reset_queries()
    return CaptureQueriesContext(connection)


def count_queries(client, url):
    """Queries of a second request to `url` (the first warms the caches: locales, site)."""
    client.get(url)
    with capture_queries() as queries:
        assert client.get(url).status_code == 200
    return len(queries)
