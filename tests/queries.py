"""Counting the queries of a page view, for tests that bound them."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url):
    """Queries of a second request to `url` (the first warms the caches: locales, site)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
