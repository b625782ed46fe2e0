"""django-axes still counts wrong passwords with the second factor in place, and wrong codes count
with them: the account is locked and the half-signed-in session ended."""

import pytest
from axes.models import AccessAttempt
from freezegun import freeze_time

from tests.twofactor.conftest import add_app, code_for, make_user, sign_in

pytestmark = pytest.mark.django_db

VERIFY = "/admin/twofactor/verify/"


@pytest.fixture
def low_limit(settings):
    settings.AXES_FAILURE_LIMIT = 4
    return settings


def test_wrong_passwords_still_lock_an_account_that_has_an_app(client, low_limit):
    user = make_user("anna")
    add_app(user)
    for _ in range(4):
        sign_in(client, "anna", password="wrong")
    response = sign_in(client, "anna")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_wrong_codes_count_as_failed_sign_ins_and_lock_the_account(client, low_limit):
    user = make_user("anna")
    device = add_app(user)
    with freeze_time("2026-12-04 10:00:00") as clock:
        sign_in(client, "anna")  # the right password (it resets axes' count: AXES_RESET_ON_SUCCESS)
        for _ in range(3):
            assert client.post(VERIFY, {"code": "000000"}).status_code == 200
            clock.tick(60)
        assert AccessAttempt.objects.get(username="anna").failures_since_start == 3
        response = client.post(VERIFY, {"code": "000000"})
        assert response.status_code == 429
        assert response["Retry-After"] == str(15 * 60)
        assert "_auth_user_id" not in client.session  # the session ended
        clock.tick(60)
        # Locked: neither the password nor then a right code gets in.
        assert sign_in(client, "anna").status_code == 429
        assert client.get("/admin/").status_code == 302
        assert client.post(VERIFY, {"code": code_for(device)}).status_code == 302
        assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_the_back_off_of_a_device_survives_a_new_sign_in(client):
    """Signing in with the password again resets axes' count, but not the device's back-off."""
    user = make_user("anna")
    device = add_app(user)
    with freeze_time("2026-12-04 10:00:00") as clock:
        sign_in(client, "anna")
        for _ in range(5):
            client.post(VERIFY, {"code": "000000"})
            clock.tick(20)
        client.post(VERIFY, {"code": "000000"})  # the sixth: 32 seconds to wait
        client.post("/admin/logout/")
        sign_in(client, "anna")
        clock.tick(10)
        response = client.post(VERIFY, {"code": code_for(device)})
        assert response.status_code == 429
        clock.tick(25)
        assert client.post(VERIFY, {"code": code_for(device)}).status_code == 302


def test_a_right_code_after_a_wrong_one_is_no_lockout(client, low_limit):
    user = make_user("anna")
    device = add_app(user)
    with freeze_time("2026-12-04 10:00:00") as clock:
        sign_in(client, "anna")
        client.post(VERIFY, {"code": "000000"})
        clock.tick(5)
        assert client.post(VERIFY, {"code": code_for(device)}).status_code == 302
        assert client.get("/admin/").status_code == 200
