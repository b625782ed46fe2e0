"""Finding 5: 40 wrong admin passwords in a row, then the right one, were all accepted; the same for
the front-end login and page passwords. Now django-axes locks an account or an address after
AXES_FAILURE_LIMIT failures, and page/document passwords are rate-limited per client and per page."""

import pytest
from django.contrib.auth.models import User
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

RIGHT = "the-right-password-1"


@pytest.fixture
def staff(db):
    return User.objects.create_superuser("redaktion", "redaktion@lindenfeld.example", RIGHT)


@pytest.fixture
def low_limit(settings):
    settings.AXES_FAILURE_LIMIT = 5
    return settings


def login(client, path, username, password, **extra):
    return client.post(path, {"username": username, "password": password}, **extra)


@pytest.mark.parametrize("path", ["/admin/login/", "/de/_util/login/"])
def test_the_right_password_is_refused_after_too_many_wrong_ones(client, staff, low_limit, path):
    for _ in range(5):
        response = login(client, path, "redaktion", "wrong")
        assert response.status_code in (200, 429)
    response = login(client, path, "redaktion", RIGHT)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert response["Retry-After"] == str(15 * 60)


def test_the_lockout_message_is_in_the_visitors_language(client, staff, low_limit):
    for _ in range(6):
        response = login(client, "/en/_util/login/", "redaktion", "wrong")
    assert response.status_code == 429
    assert b"too many failed sign-in attempts" in response.content
    for _ in range(2):
        response = login(client, "/de/_util/login/", "redaktion", "wrong", REMOTE_ADDR="10.9.9.9")
    assert response.status_code == 429
    assert b"zu viele fehlgeschlagene Anmeldeversuche" in response.content


def test_an_unknown_account_gets_the_same_answer_as_a_real_one(client, staff, low_limit):
    """No account enumeration: the lockout looks the same whether the username exists or not."""
    answers = {}
    for username, address in (("redaktion", "10.0.0.1"), ("nobody-here", "10.0.0.2")):
        for _ in range(6):
            response = login(client, "/admin/login/", username, "wrong", REMOTE_ADDR=address)
        answers[username] = (response.status_code, response.content.replace(username.encode(), b"USER"))
    assert answers["redaktion"] == answers["nobody-here"]
    assert answers["redaktion"][0] == 429


def test_one_address_is_locked_across_accounts(client, staff, low_limit):
    for number in range(5):
        login(client, "/admin/login/", f"guess{number}", "wrong", REMOTE_ADDR="192.0.2.7")
    response = login(client, "/admin/login/", "redaktion", RIGHT, REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 429
    # Another address still gets in with the right password (the account itself has no failures).
    response = login(client, "/admin/login/", "redaktion", RIGHT, REMOTE_ADDR="192.0.2.8")
    assert response.status_code == 302


def test_one_account_is_locked_across_addresses(client, staff, low_limit):
    for number in range(5):
        login(client, "/admin/login/", "redaktion", "wrong", REMOTE_ADDR=f"198.51.100.{number + 1}")
    response = login(client, "/admin/login/", "redaktion", RIGHT, REMOTE_ADDR="198.51.100.99")
    assert response.status_code == 429


def test_a_forged_forwarded_for_header_does_not_reset_the_count(client, staff, low_limit):
    for number in range(5):
        login(client, "/admin/login/", f"guess{number}", "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")
    response = login(client, "/admin/login/", "someone-else", "wrong", HTTP_X_FORWARDED_FOR="203.0.113.200")
    assert response.status_code == 429


def test_a_success_below_the_limit_resets_the_count(client, staff, low_limit):
    for _ in range(4):
        login(client, "/admin/login/", "redaktion", "wrong")
    assert login(client, "/admin/login/", "redaktion", RIGHT).status_code == 302
    client.logout()
    for _ in range(4):
        login(client, "/admin/login/", "redaktion", "wrong")
    assert login(client, "/admin/login/", "redaktion", RIGHT).status_code == 302


@pytest.fixture
def protected_page(home):
    page = home.get_children().live().first()
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="gartenzwerg")
    return page, restriction


def test_page_passwords_are_rate_limited_per_client(client, settings, protected_page):
    settings.RATELIMITS = {**settings.RATELIMITS, "page_password": "3/15m"}
    page, restriction = protected_page
    url = f"/de/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    for _ in range(3):
        response = client.post(url, {"password": "wrong", "return_url": page.url})
        assert response.status_code == 200
    response = client.post(url, {"password": "gartenzwerg", "return_url": page.url})
    assert response.status_code == 429
    assert response["Retry-After"] == str(15 * 60)
    # Another client may still try.
    response = client.post(url, {"password": "gartenzwerg", "return_url": page.url}, REMOTE_ADDR="10.1.1.1")
    assert response.status_code == 302


def test_page_passwords_are_rate_limited_per_page(client, settings, protected_page):
    settings.RATELIMITS = {**settings.RATELIMITS, "page_password_target": "4/15m"}
    page, restriction = protected_page
    url = f"/de/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    for number in range(4):
        client.post(url, {"password": "wrong", "return_url": page.url}, REMOTE_ADDR=f"10.2.2.{number}")
    response = client.post(url, {"password": "gartenzwerg", "return_url": page.url}, REMOTE_ADDR="10.2.2.99")
    assert response.status_code == 429


def test_document_passwords_are_rate_limited(client, settings):
    from wagtail.models import Collection, CollectionViewRestriction

    settings.RATELIMITS = {**settings.RATELIMITS, "page_password": "2/15m"}
    collection = Collection.get_first_root_node().add_child(name="Vertraulich")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password="akte"
    )
    url = f"/documents/authenticate_with_password/{restriction.pk}/"
    for _ in range(2):
        assert client.post(url, {"password": "wrong", "return_url": "/"}).status_code == 200
    assert client.post(url, {"password": "akte", "return_url": "/"}).status_code == 429
