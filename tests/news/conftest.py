import pytest

from tests.news.builders import build_news


@pytest.fixture(scope="session")
def news(town, shared_data):
    """The town's news (tests/news/builders.py), built once per process on top of the town."""
    shared_data.blocker.unblock()
    try:
        return build_news(town)
    finally:
        shared_data.seal()
