import pytest


@pytest.fixture(autouse=True)
def _render_every_request(settings):
    """These tests count and time what rendering costs: the full-page cache stays out of the way."""
    settings.PAGECACHE_ENABLED = False
