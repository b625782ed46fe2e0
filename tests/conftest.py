import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The whole bilingual demo is seeded once per run; each test runs in a transaction on top of it."""
    with django_db_blocker.unblock():
        call_command("seed_demo", "--no-admin", verbosity=0, stdout=open("/dev/null", "w"))


@pytest.fixture
def home(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="de")


@pytest.fixture
def home_en(home):
    from wagtail.models import Locale

    return home.get_translation(Locale.objects.get(language_code="en")).specific


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached responses (sitemap) must not leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
