import pytest

from tests.onlineforms.helpers import seed_demo_forms


@pytest.fixture(scope="session")
def demo_forms(demo_site, django_db_blocker):
    """The seeded demo town with its online forms (tests/conftest.py seeds the town once per process)."""
    with django_db_blocker.unblock():
        seed_demo_forms()


@pytest.fixture(autouse=True)
def _on_the_demo_forms(demo_forms):
    """The forms and booking tests still run on the demo's forms (and so after the factory tests)."""


