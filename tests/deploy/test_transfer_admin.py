"""The transfer's parts that need no second instance (docs/transfer.md): the source's known-uids
answer (digest-checked, pages only, nothing but the uids it was asked about) and who may open the
admin's Import screen (superusers and wagtail-transfer's import permission; everyone else is
refused, and wagtail-transfer's own one-language screen leads to ours)."""

import hashlib
import hmac
import json
import uuid

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page
from wagtail_transfer.models import IDMapping

STRONG = "k" * 64
SCREEN = "/admin/transfer/"

pytestmark = pytest.mark.django_db


def digest(message, key=STRONG):
    message = message if isinstance(message, bytes) else message.encode()
    return hmac.new(key.encode(), message, hashlib.sha1).hexdigest()


@pytest.fixture
def transfer_on(settings):
    settings.WAGTAILTRANSFER_ENABLED = True
    settings.WAGTAILTRANSFER_SECRET_KEY = STRONG
    return settings


def known(client, payload, key=STRONG):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return client.post(f"/wagtail-transfer/api/known-uids/?digest={digest(body, key)}", body, content_type="application/json")


def test_known_uids_answers_only_the_page_uids_this_site_gave_out(client, transfer_on, home):
    page_type = ContentType.objects.get_for_model(Page)
    given = IDMapping.objects.create(uid=uuid.uuid4(), content_type=page_type, local_id=str(home.pk))
    gone = IDMapping.objects.create(uid=uuid.uuid4(), content_type=page_type, local_id="999999")  # a deleted page
    stranger = str(uuid.uuid4())
    response = known(client, {"wagtailcore.page": [str(given.uid), str(gone.uid), stranger]})
    assert response.status_code == 200
    assert sorted(response.json()["known"]) == sorted([str(given.uid), str(gone.uid)])


def test_known_uids_refuses_without_the_digest_other_models_and_bad_bodies(client, transfer_on, home):
    user = User.objects.create_user("victim", password="secret-password")
    user_type = ContentType.objects.get_for_model(User)
    user_uid = IDMapping.objects.create(uid=uuid.uuid4(), content_type=user_type, local_id=str(user.pk)).uid
    assert known(client, {"wagtailcore.page": []}, key="wrong" * 13).status_code == 403
    assert known(client, {"auth.user": [str(user_uid)]}).status_code == 403
    assert known(client, {"wagtailcore.page": [], "auth.user": [str(user_uid)]}).status_code == 403
    for body in (b"not json", b"[]", json.dumps({"wagtailcore.page": ["not-a-uid"]}).encode()):
        assert known(client, body).status_code == 403, body
    # A user's uid asked about as a page's is not known as a page.
    assert known(client, {"wagtailcore.page": [str(user_uid)]}).json() == {"known": []}
    assert client.get(f"/wagtail-transfer/api/known-uids/?digest={digest('')}").status_code == 405


def test_known_uids_is_not_there_when_transfer_is_off(client, home):
    assert known(client, {"wagtailcore.page": []}, key="").status_code == 404


@pytest.fixture
def sources(settings):
    settings.WAGTAILTRANSFER_SOURCES = {"staging": {"BASE_URL": "http://127.0.0.1:9/wagtail-transfer/", "SECRET_KEY": STRONG}}


def admin_user(username, *codenames, superuser=False):
    if superuser:
        return User.objects.create_superuser(username, f"{username}@example.org", "a-password-1")
    user = User.objects.create_user(username, f"{username}@example.org", "a-password-1")
    group = Group.objects.create(name=f"group of {username}")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for app_label, codename in codenames:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    user.groups.add(group)
    return user


def test_an_editor_without_the_permission_is_refused(client, home, sources):
    client.force_login(admin_user("editor"))
    for response in (client.get(SCREEN), client.post(SCREEN, {"source": "staging", "page": "1", "confirm": "import"})):
        assert response.status_code in (302, 403)
        assert b"Show what will happen" not in response.content and b"Zeigen, was geschehen wird" not in response.content
    assert client.get("/admin/wagtail-transfer/choose/").status_code in (302, 403)
    assert b'"url": "/admin/transfer/"' not in client.get("/admin/").content


def test_the_transfer_permission_opens_the_screen_and_the_menu(client, home, sources):
    client.force_login(admin_user("importer", ("wagtail_transfer", "wagtailtransfer_can_import")))
    response = client.get(SCREEN)
    assert response.status_code == 200 and "Inhalte von einer anderen Instanz importieren" in response.content.decode()
    menu = client.get("/admin/").content.decode()
    assert '"url": "/admin/transfer/"' in menu and "wagtail-transfer/choose/" not in menu
    # wagtail-transfer's own one-language chooser and import lead here.
    assert client.get("/admin/wagtail-transfer/choose/")["Location"] == SCREEN
    assert client.post("/admin/wagtail-transfer/import/", {"type": "page"})["Location"] == SCREEN


def test_bad_input_gets_a_clear_message_in_the_admin(client, home, sources):
    client.force_login(admin_user("root", superuser=True))
    response = client.post(SCREEN, {"source": "staging", "page": "0", "dest": "999999", "confirm": "preview"})
    assert response.status_code == 200
    text = response.content.decode()
    assert "Hier gibt es keine Seite 999999." in text
    response = client.post(SCREEN, {"source": "elsewhere", "page": "5", "confirm": "preview"})
    assert response.status_code == 200 and "elsewhere" in response.content.decode()
    # The source does not answer (nothing listens on port 9): said so, no 500.
    response = client.post(SCREEN, {"source": "staging", "page": "5", "dest": str(home.pk), "confirm": "preview"})
    assert response.status_code == 200 and "does not answer" in response.content.decode()
