"""The second-factor pages are valid HTML (the Nu HTML Checker, vnu-jar from npm, run with Java),
as served by the real views: code step, enrolment, recovery codes, the device list, the reset page."""

from datetime import timedelta

import pytest
from freezegun import freeze_time

from tests.browser.test_validators import run_vnu
from tests.twofactor.conftest import add_app, code_for, make_user, sign_in
from twofactor import devices

pytestmark = pytest.mark.django_db


def test_every_second_factor_page_is_valid_html(client, tmp_path, required):
    root = make_user("root", superuser=True)
    anna = make_user("anna")
    add_app(anna)
    pages = {}
    sign_in(client, "root")
    pages["enrol.html"] = client.get("/admin/twofactor/enrol/")
    pages["enrol-error.html"] = client.post("/admin/twofactor/enrol/", {"code": "1"})
    device = devices.pending_totp_device(root)
    with freeze_time(timedelta(seconds=2), tick=True):  # past the wrong code's back-off
        response = client.post("/admin/twofactor/enrol/", {"name": "Phone", "code": code_for(device)})
    assert response["Location"] == "/admin/twofactor/recovery-codes/"
    pages["recovery-codes.html"] = client.get("/admin/twofactor/recovery-codes/")
    pages["manage.html"] = client.get("/admin/twofactor/")
    pages["reset.html"] = client.get(f"/admin/twofactor/users/{anna.pk}/reset/")
    client.post("/admin/logout/")
    sign_in(client, "anna")
    pages["verify.html"] = client.get("/admin/twofactor/verify/")
    pages["verify-error.html"] = client.post("/admin/twofactor/verify/", {"code": "12"})
    files = []
    for name, response in pages.items():
        assert response.status_code == 200, name
        path = tmp_path / name
        path.write_bytes(response.content)
        files.append(path)
    errors = run_vnu(files)
    assert {name: found for name, found in errors.items() if found} == {}
