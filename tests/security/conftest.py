import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo (seeded by tests/conftest.py) plus its online forms."""
    from tests.onlineforms.helpers import seed_demo_forms

    with django_db_blocker.unblock():
        seed_demo_forms()


@pytest.fixture(autouse=True)
def _anymail_test_backend(settings):
    """pytest-django swaps in Django's locmem backend; these tests use anymail's test backend, as the settings do."""
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
