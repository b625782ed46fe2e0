"""Public pages stay cacheable for signed-in citizens; account pages are never stored."""

import pytest

from pagecache import store
from tests.accounts.helpers import signed_in_citizen

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_forms")]


@pytest.fixture
def page_cache(settings):
    settings.PAGECACHE_ENABLED = True
    store.forget_process_state()
    yield
    store.forget_process_state()


def test_a_public_page_is_a_cache_hit_for_a_signed_in_citizen(client, page_cache):
    signed_in_citizen(client, "erika@example.org")
    first = client.get("/de/")
    assert first.status_code == 200
    assert first["X-Cache"] in ("miss", "hit")
    second = client.get("/de/")
    assert second["X-Cache"] == "hit"
    assert second["Cache-Control"].startswith("public")
    # The header is the same for everyone: no name, a plain link to the account.
    body = second.content.decode()
    assert "Erika" not in body
    assert 'href="/de/konto/"' in body


def test_the_header_asks_who_is_signed_in_separately(client):
    response = client.get("/de/konto/status/")
    assert response.json() == {"signed_in": False, "label": "Anmelden"}
    assert "no-store" in response["Cache-Control"]
    signed_in_citizen(client, "erika@example.org")
    response = client.get("/de/konto/status/")
    assert response.json() == {"signed_in": True, "label": "Mein Konto"}
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


@pytest.mark.parametrize(
    "path", ["/de/konto/", "/de/konto/profil/", "/de/konto/daten/", "/de/konto/daten.json", "/de/konto/loeschen/"]
)
def test_account_pages_are_never_stored(client, page_cache, path):
    signed_in_citizen(client, "erika@example.org")
    for _ in range(2):
        response = client.get(path)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
        assert response.get("X-Cache") in (None, "bypass")


def test_the_sign_in_page_is_never_stored(client, page_cache):
    response = client.get("/de/konto/anmelden/")
    assert "no-store" in response["Cache-Control"]
    assert client.get("/de/konto/anmelden/").get("X-Cache") in (None, "bypass")
