import pytest


@pytest.fixture(autouse=True)
def council_demo(demo_site):
    """The council tests run on the seeded demo town: its committees, meetings and events, and the
    calendar page in German with its English translation."""
    return demo_site
