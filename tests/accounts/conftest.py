import pytest
from django.core.cache import cache

from tests.accounts.provider import CLIENT_ID, CLIENT_SECRET, running_provider
from tests.onlineforms.helpers import seed_demo_forms

CALLBACK = "http://testserver/konto/oidc/callback/"
SIGNED_OUT = ["http://testserver/de/konto/abgemeldet/", "http://testserver/en/konto/abgemeldet/"]


@pytest.fixture(scope="session")
def oidc_issuer(tmp_path_factory):
    """A real OpenID Connect provider (panva's oidc-provider) for this test session."""
    with running_provider(tmp_path_factory.mktemp("oidc"), [CALLBACK], SIGNED_OUT) as issuer:
        yield issuer


@pytest.fixture
def oidc(settings, oidc_issuer):
    """The site configured for the local provider."""
    settings.ACCOUNTS_OIDC_ISSUER = oidc_issuer
    settings.ACCOUNTS_OIDC_CLIENT_ID = CLIENT_ID
    settings.ACCOUNTS_OIDC_CLIENT_SECRET = CLIENT_SECRET
    settings.ACCOUNTS_OIDC_LEEWAY = 0
    return oidc_issuer


@pytest.fixture(scope="session")
def demo_forms(demo_site, django_db_blocker):
    with django_db_blocker.unblock():
        seed_demo_forms()


@pytest.fixture(autouse=True)
def _fresh_counters():
    """Rate-limit counters and the provider's cached metadata live in the cache: each test starts clean."""
    cache.clear()
    yield
    cache.clear()


