"""The admin sign-in with a second factor, through the real login view and middleware over HTTP."""

import pytest
from django.core.files.base import ContentFile
from django_otp.plugins.otp_static.models import StaticToken
from freezegun import freeze_time
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from tests.twofactor.conftest import add_app, code_for, make_user, sign_in
from twofactor import devices

pytestmark = pytest.mark.django_db

VERIFY = "/admin/twofactor/verify/"
ENROL = "/admin/twofactor/enrol/"


def test_the_password_alone_is_not_enough_once_a_user_has_an_app(client):
    user = make_user("anna")
    add_app(user)
    response = sign_in(client, "anna", next_url="/admin/pages/")
    assert response.status_code == 302
    assert "_auth_user_id" in client.session  # the password was right ...
    for path in ("/admin/", "/admin/pages/", "/admin/users/", "/admin/reports/site-history/", "/admin/login/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(VERIFY), path  # ... but the admin waits for the code
    response = client.get("/admin/pages/")
    assert response["Location"] == f"{VERIFY}?next=%2Fadmin%2Fpages%2F"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert b'autocomplete="one-time-code"' in page.content
    assert "no-store" in page["Cache-Control"]


def test_a_wrong_code_is_refused_and_the_next_attempt_throttled(client):
    user = make_user("anna")
    device = add_app(user)
    with freeze_time("2026-12-04 10:00:00") as clock:
        sign_in(client, "anna")
        right = code_for(device)
        wrong = f"{(int(right) + 1) % 1000000:06d}"
        response = client.post(VERIFY, {"code": wrong, "next": "/admin/pages/"})
        assert response.status_code == 200
        assert b"This code is not right" in response.content
        assert client.get("/admin/pages/").status_code == 302
        # Within django-otp's back-off even the right code is not checked.
        response = client.post(VERIFY, {"code": right, "next": "/admin/pages/"})
        assert response.status_code == 429
        assert b"Too many wrong codes. Please wait 1 second and" in response.content
        assert client.get("/admin/pages/").status_code == 302
        clock.tick(2)
        response = client.post(VERIFY, {"code": code_for(device), "next": "/admin/pages/"})
        assert response.status_code == 302
        assert response["Location"] == "/admin/pages/"
        assert client.get("/admin/pages/").status_code == 200
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


def test_the_back_off_doubles_with_each_wrong_code(client):
    user = make_user("anna")
    device = add_app(user)
    with freeze_time("2026-12-04 10:00:00") as clock:
        sign_in(client, "anna")
        for _ in range(3):
            client.post(VERIFY, {"code": "000000"})
            clock.tick(10)
        device.refresh_from_db()
        assert device.throttling_failure_count == 3
        client.post(VERIFY, {"code": "000000"})  # the fourth: now 8 seconds to wait
        clock.tick(5)
        response = client.post(VERIFY, {"code": code_for(device)})
        assert response.status_code == 429
        assert b"wait 3 seconds" in response.content
        clock.tick(4)
        assert client.post(VERIFY, {"code": code_for(device)}).status_code == 302


def test_the_right_code_lets_in_and_a_foreign_next_address_is_ignored(client):
    user = make_user("anna")
    device = add_app(user)
    sign_in(client, "anna")
    response = client.post(VERIFY, {"code": code_for(device), "next": "https://evil.example/admin/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200
    # The code step is done: asking for it again leads on.
    assert client.get(VERIFY)["Location"] == "/admin/"


def test_a_used_code_cannot_be_used_again(client, django_user_model):
    user = make_user("anna")
    device = add_app(user)
    with freeze_time("2026-12-04 10:00:00"):
        sign_in(client, "anna")
        code = code_for(device)
        assert client.post(VERIFY, {"code": code}).status_code == 302
        client.post("/admin/logout/")
        sign_in(client, "anna")
        response = client.post(VERIFY, {"code": code})
        assert response.status_code == 200
        assert client.get("/admin/").status_code == 302


def test_a_recovery_code_works_once(client):
    user = make_user("anna")
    add_app(user)
    codes = devices.new_recovery_codes(user)
    assert len(codes) == 10 and len(set(codes)) == 10
    sign_in(client, "anna")
    response = client.post(VERIFY, {"code": codes[0].upper()}, follow=True)
    assert response.status_code == 200
    assert b"You signed in with a recovery code. 9 recovery codes are left." in response.content
    assert client.get("/admin/pages/").status_code == 200
    assert not StaticToken.objects.filter(token=codes[0]).exists()
    client.post("/admin/logout/")
    with freeze_time("2026-12-04 11:00:00"):
        sign_in(client, "anna")
        response = client.post(VERIFY, {"code": codes[0]})
        assert response.status_code == 200
        assert b"This code is not right" in response.content
        assert client.get("/admin/pages/").status_code == 302
    with freeze_time("2026-12-04 11:01:00"):
        assert client.post(VERIFY, {"code": codes[1]}).status_code == 302
        assert client.get("/admin/pages/").status_code == 200


def test_a_user_who_need_not_and_has_no_app_signs_in_with_the_password(client, required):
    make_user("bernd", groups=["Bürgerbüro"])
    response = sign_in(client, "bernd", next_url="/admin/pages/")
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    assert client.get("/admin/").status_code == 200


def test_off_by_default_in_tests(client):
    make_user("root", superuser=True)
    sign_in(client, "root")
    assert client.get("/admin/users/").status_code == 200


def test_an_unverified_session_is_anonymous_outside_the_admin(client):
    """Staff endpoints outside /admin/ that trust the session (here a document in a collection that
    needs a sign-in) see nobody signed in until the code is entered."""
    user = make_user("anna")
    device = add_app(user)
    collection = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    document = Document.objects.create(title="Dienstplan", collection=collection, file=ContentFile(b"plan", name="plan.txt"))
    url = document.url
    sign_in(client, "anna")
    response = client.get(url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    client.post(VERIFY, {"code": code_for(device)})
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content if response.streaming else [response.content]) == b"plan"


def test_signing_out_is_possible_at_the_code_step(client):
    user = make_user("anna")
    add_app(user)
    sign_in(client, "anna")
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_code_page_is_in_german_for_a_german_user(client):
    user = make_user("anna", language="de")
    add_app(user)
    sign_in(client, "anna")
    page = client.get(VERIFY)
    assert 'lang="de"' in page.content.decode()
    assert "Code eingeben" in page.content.decode()
    response = client.post(VERIFY, {"code": "123"})
    assert "Dieser Code stimmt nicht" in response.content.decode()
