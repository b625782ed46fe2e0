"""Who must have a second factor, enrolment, the user's own devices, and an administrator's reset."""

import re
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from freezegun import freeze_time
from wagtail.models import ModelLogEntry

from tests.twofactor.conftest import add_app, code_for, code_from_key, make_user, sign_in
from twofactor import devices
from twofactor.policy import is_required

pytestmark = pytest.mark.django_db

VERIFY = "/admin/twofactor/verify/"
ENROL = "/admin/twofactor/enrol/"
MANAGE = "/admin/twofactor/"


def secret_on(page):
    match = re.search(r'<code class="twofactor-secret"[^>]*>([A-Z2-7 ]+)</code>', page.content.decode())
    assert match, "the key is shown as text"
    return match.group(1)


def test_a_user_who_must_and_has_none_is_sent_to_enrolment_and_kept_there(client, required):
    make_user("redakteurin", groups=["Redaktion"])
    response = sign_in(client, "redakteurin", next_url="/admin/pages/")
    assert response.status_code == 302
    for path in ("/admin/", "/admin/pages/", "/admin/users/", "/admin/account/", "/admin/wagtail-transfer/choose/", VERIFY):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(ENROL), path
    response = client.post("/admin/pages/add/", {})
    assert response["Location"].startswith(ENROL)

    page = client.get(f"{ENROL}?next=/admin/pages/")
    assert page.status_code == 200
    html = page.content.decode()
    assert '<svg role="img" aria-label="QR code for your authenticator app"' in html
    assert "otpauth" not in html  # the key is in the picture and as text, not as a link
    secret = secret_on(page)
    # Reloading the page keeps the same key (the app may already have it).
    assert secret_on(client.get(ENROL)) == secret

    response = client.post(ENROL, {"name": "Diensthandy", "code": "000000", "next": "/admin/pages/"})
    assert response.status_code == 200
    assert b"This code is not right" in response.content
    assert client.get("/admin/pages/")["Location"].startswith(ENROL)

    with freeze_time(auto_tick_seconds=0) as clock:
        clock.tick(5)  # past the back-off of the wrong code
        response = client.post(ENROL, {"name": "Diensthandy", "code": code_from_key(secret), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/twofactor/recovery-codes/"
    device = TOTPDevice.objects.get(user__username="redakteurin")
    assert device.confirmed and device.name == "Diensthandy"

    page = client.get("/admin/twofactor/recovery-codes/")
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    shown = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", page.content.decode())
    assert len(shown) == 10
    assert sorted(shown) == sorted(StaticToken.objects.filter(device__user=device.user).values_list("token", flat=True))
    assert 'href="/admin/pages/"' in page.content.decode()
    # Shown once only.
    again = client.get("/admin/twofactor/recovery-codes/")
    assert again.status_code == 302 and again["Location"] == MANAGE

    assert client.get("/admin/pages/").status_code == 200
    assert ModelLogEntry.objects.filter(action="twofactor.enrol", object_id=str(device.user.pk)).exists()


def test_all_staff_must_when_set_to_all(client, settings):
    settings.TWOFACTOR_REQUIRED = ["all"]
    make_user("bernd", groups=["Bürgerbüro"])
    sign_in(client, "bernd")
    assert client.get("/admin/")["Location"].startswith(ENROL)


def test_the_setting(settings):
    redaktion = make_user("r", groups=["Redaktion"])
    root = make_user("root", superuser=True)
    other = make_user("o", groups=["Bürgerbüro"])
    outsider = make_user("x", admin_access=False)
    for value, expected in (
        (["off"], (False, False, False, False)),
        ([], (False, False, False, False)),
        (["superusers", "Redaktion"], (True, True, False, False)),
        ("superusers, Redaktion", (True, True, False, False)),
        (["superusers"], (False, True, False, False)),
        (["Redaktion"], (True, False, False, False)),
        (["ALL"], (True, True, True, False)),
        (["Redaktion", "off"], (False, False, False, False)),
    ):
        settings.TWOFACTOR_REQUIRED = value
        assert tuple(is_required(user) for user in (redaktion, root, other, outsider)) == expected, value


def test_production_requires_superusers_and_redaktion_by_default():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "cms" / "settings" / "production.py").read_text()
    assert 'TWOFACTOR_REQUIRED = env.list("TWOFACTOR_REQUIRED", default=["superusers", "Redaktion"])' in text


def test_a_user_adds_and_removes_apps_and_makes_new_recovery_codes(client):
    user = make_user("anna")
    sign_in(client, "anna")
    page = client.get(MANAGE)
    assert page.status_code == 200
    assert b"You have no authenticator app yet" in page.content
    account = client.get("/admin/account/")
    assert b'href="/admin/twofactor/"' in account.content

    secret = secret_on(client.get(ENROL))
    response = client.post(ENROL, {"name": "", "code": code_from_key(secret)})
    assert response["Location"] == "/admin/twofactor/recovery-codes/"
    first_codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", client.get(response["Location"]).content.decode())
    device = TOTPDevice.objects.get(user=user)
    assert device.name == "Authenticator app"

    page = client.get(MANAGE)
    assert b"Authenticator app" in page.content
    assert b"You have 10 unused recovery codes." in page.content

    response = client.post("/admin/twofactor/recovery-codes/new/")
    assert response["Location"] == "/admin/twofactor/recovery-codes/"
    new_codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", client.get(response["Location"]).content.decode())
    assert len(new_codes) == 10 and not set(new_codes) & set(first_codes)
    assert set(StaticToken.objects.filter(device__user=user).values_list("token", flat=True)) == set(new_codes)

    # Another user's device cannot be removed; a GET removes nothing.
    stranger = add_app(make_user("stranger"))
    assert client.post(f"/admin/twofactor/devices/{stranger.pk}/remove/").status_code == 404
    assert client.get(f"/admin/twofactor/devices/{device.pk}/remove/").status_code == 405
    assert TOTPDevice.objects.filter(pk=stranger.pk).exists()

    response = client.post(f"/admin/twofactor/devices/{device.pk}/remove/")
    assert response["Location"] == MANAGE
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not StaticDevice.objects.filter(user=user).exists()  # the codes go with the last app
    assert ModelLogEntry.objects.filter(action="twofactor.remove", object_id=str(user.pk)).exists()
    # Not required, no app left: the password is enough again.
    client.post("/admin/logout/")
    sign_in(client, "anna")
    assert client.get("/admin/").status_code == 200


def test_a_second_app_is_added_to_a_verified_session_and_both_work(client):
    user = make_user("anna")
    phone = add_app(user)
    devices.new_recovery_codes(user)
    sign_in(client, "anna")
    client.post(VERIFY, {"code": code_for(phone)})
    secret = secret_on(client.get(ENROL))
    response = client.post(ENROL, {"name": "Tablet", "code": code_from_key(secret)})
    assert response["Location"] == MANAGE  # codes exist already: none shown, none replaced
    assert StaticToken.objects.filter(device__user=user).count() == 10
    assert TOTPDevice.objects.filter(user=user, confirmed=True).count() == 2


def test_an_administrator_resets_a_users_second_factor_and_it_is_logged(client):
    admin = make_user("root", superuser=True)
    anna = make_user("anna")
    add_app(anna)
    devices.new_recovery_codes(anna)
    sign_in(client, "root")

    listing = client.get("/admin/users/")
    assert f'href="/admin/twofactor/users/{anna.pk}/reset/"'.encode() in listing.content
    page = client.get(f"/admin/twofactor/users/{anna.pk}/reset/")
    assert page.status_code == 200
    assert b"anna has 1 authenticator app." in page.content
    response = client.post(f"/admin/twofactor/users/{anna.pk}/reset/")
    assert response.status_code == 302
    assert not devices.has_any(anna)
    entry = ModelLogEntry.objects.get(action="twofactor.reset", object_id=str(anna.pk))
    assert entry.user_id == admin.pk and entry.data == {"devices": 2}
    history = client.get("/admin/reports/site-history/")
    assert b"Second factor reset by an administrator" in history.content

    # Anna signs in with her password again (not required) ...
    other = client.__class__()
    sign_in(other, "anna")
    assert other.get("/admin/").status_code == 200


def test_only_a_superuser_may_reset(client, required):
    boss = make_user("boss", groups=["Redaktion"])
    add_app(boss)
    anna = make_user("anna")
    add_app(anna)
    sign_in(client, "boss")
    client.post(VERIFY, {"code": code_for(TOTPDevice.objects.get(user=boss))})
    # Wagtail's admin answers a refusal with a redirect to the dashboard and an error message.
    for method in (client.get, client.post):
        response = method(f"/admin/twofactor/users/{anna.pk}/reset/", follow=True)
        assert response.redirect_chain == [("/admin/", 302)]
        # (Wagtail writes this message outside the user's language: German, the site's default.)
        assert "Sie haben leider keinen Zugang zu diesem Bereich." in response.content.decode()
    assert devices.has_any(anna)
    assert not ModelLogEntry.objects.filter(action="twofactor.reset").exists()


def test_a_required_user_whose_factor_was_reset_enrols_again(client, required):
    root = make_user("root", superuser=True)
    add_app(root)
    devices.remove_all(root)
    sign_in(client, "root")
    assert client.get("/admin/")["Location"].startswith(ENROL)


def test_a_user_without_admin_access_is_not_held_but_is_not_signed_in_either(client, required):
    outsider = make_user("x", admin_access=False)
    add_app(outsider)
    Group.objects.get_or_create(name="Redaktion")
    sign_in(client, "x")
    # No loop through the code step: the admin simply does not let them in.
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert 'name="password"' in unescape(client.get(response["Location"]).content.decode())
