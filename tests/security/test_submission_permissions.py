"""Security issue 9, finding 2: page editors read, exported and deleted citizens' submissions.

Every path to submissions needs onlineforms.view_submission (list, read, export, files) and
onlineforms.delete_submission (delete): Wagtail's Forms menu (list, CSV/XLSX export, delete), the
Submissions viewset (index, inspect, export, edit, delete) and the file download. A user in
Wagtail's default "Editors" group (page permissions only) gets none of them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from onlineforms.models import Submission, SubmissionFile
from tests.onlineforms.helpers import form_page, post

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
REPORT = {
    "art": "Beleuchtung",
    "ort": "Lindenallee 5",
    "beschreibung": "Laterne aus",
    "email": "melder@example.org",
    "einwilligung": "on",
}


@pytest.fixture
def submission():
    page = form_page("maengelmelder", "de")
    response = post(Client(), page, {**REPORT, "foto": SimpleUploadedFile("laterne.png", PNG, "image/png")})
    assert response.status_code == 302, response.content.decode()[:1000]
    return Submission.objects.get(citizen_email="melder@example.org")


def user_client(username, *permissions):
    user = get_user_model().objects.create_user(username=username, password="x", email=f"{username}@example.org")
    user.groups.add(Group.objects.get(name="Editors"))
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(content_type__app_label="onlineforms", codename=codename))
    client = Client()
    client.force_login(user)
    return client


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def refused(response):
    return response.status_code in (302, 403, 404)


def test_editors_cannot_reach_submissions_through_wagtails_forms_module(submission):
    editor = user_client("editor")
    page = submission.page
    assert editor.get(f"/admin/pages/{page.pk}/edit/").status_code == 200  # a real page editor
    listing = editor.get("/admin/forms/")
    assert f"/admin/forms/submissions/{page.pk}/" not in listing.content.decode()
    for url in (
        f"/admin/forms/submissions/{page.pk}/",
        f"/admin/forms/submissions/{page.pk}/results/",
        f"/admin/forms/submissions/{page.pk}/?export=csv",
        f"/admin/forms/submissions/{page.pk}/?export=xlsx",
        f"/admin/forms/submissions/{page.pk}/delete/?selected-submissions={submission.pk}",
    ):
        response = editor.get(url)
        assert refused(response), (url, response.status_code)
        assert submission.reference.encode() not in body(response)
        assert b"melder@example.org" not in body(response)
    response = editor.post(f"/admin/forms/submissions/{page.pk}/delete/?selected-submissions={submission.pk}")
    assert refused(response)
    assert Submission.objects.filter(pk=submission.pk).exists()


def test_editors_cannot_reach_the_submission_viewset_or_files(submission):
    editor = user_client("editor")
    base = "/admin/onlineforms/submissions"
    stored = SubmissionFile.objects.get(submission=submission)
    for url in (
        f"{base}/",
        f"{base}/?export=csv",
        f"{base}/?export=xlsx",
        f"{base}/inspect/{submission.pk}/",
        f"{base}/edit/{submission.pk}/",
        f"{base}/delete/{submission.pk}/",
        f"{base}/history/{submission.pk}/",
        f"/admin/onlineforms/files/{stored.pk}/",
    ):
        response = editor.get(url)
        assert refused(response), (url, response.status_code)
        assert submission.reference.encode() not in body(response) and PNG not in body(response)
    assert refused(editor.post(f"{base}/edit/{submission.pk}/", {"status": "done", "staff_note": "x"}))
    assert refused(editor.post(f"{base}/delete/{submission.pk}/"))
    submission.refresh_from_db()
    assert submission.status == "new" and submission.staff_note == ""


def test_view_permission_reads_but_does_not_delete(submission):
    reader = user_client("reader", "view_submission")
    page = submission.page
    assert f"/admin/forms/submissions/{page.pk}/" in reader.get("/admin/forms/").content.decode()
    listing = reader.get(f"/admin/forms/submissions/{page.pk}/")
    assert listing.status_code == 200 and submission.reference in listing.content.decode()
    csv = reader.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
    assert csv.status_code == 200 and submission.reference.encode() in body(csv)
    assert reader.get(f"/admin/forms/submissions/{page.pk}/?export=xlsx").status_code == 200
    assert reader.get("/admin/onlineforms/submissions/").status_code == 200
    assert reader.get(f"/admin/onlineforms/submissions/inspect/{submission.pk}/").status_code == 200
    assert reader.get("/admin/onlineforms/submissions/?export=csv").status_code == 200
    stored = SubmissionFile.objects.get(submission=submission)
    assert body(reader.get(f"/admin/onlineforms/files/{stored.pk}/")) == PNG

    url = f"/admin/forms/submissions/{page.pk}/delete/?selected-submissions={submission.pk}"
    assert refused(reader.get(url)) and refused(reader.post(url))
    assert refused(reader.post(f"/admin/onlineforms/submissions/delete/{submission.pk}/"))
    assert refused(reader.post(f"/admin/onlineforms/submissions/edit/{submission.pk}/", {"status": "done"}))
    assert Submission.objects.filter(pk=submission.pk, status="new").exists()


def test_delete_permission_without_view_permission_deletes_nothing(submission):
    deleter = user_client("deleter", "delete_submission")
    page = submission.page
    url = f"/admin/forms/submissions/{page.pk}/delete/?selected-submissions={submission.pk}"
    assert refused(deleter.post(url))
    assert refused(deleter.post(f"/admin/onlineforms/submissions/delete/{submission.pk}/"))
    assert Submission.objects.filter(pk=submission.pk).exists()


def test_staff_with_the_permissions_edit_and_delete(submission, django_capture_on_commit_callbacks):
    staff = user_client("staff", "view_submission", "change_submission", "delete_submission")
    edit = staff.post(
        f"/admin/onlineforms/submissions/edit/{submission.pk}/", {"status": "in_progress", "staff_note": "Bauhof"}
    )
    assert edit.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "in_progress"

    page = submission.page
    url = f"/admin/forms/submissions/{page.pk}/delete/?selected-submissions={submission.pk}"
    assert staff.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert staff.post(url).status_code == 302
    assert not Submission.objects.filter(pk=submission.pk).exists()

    response = post(Client(), form_page("maengelmelder", "de"), {**REPORT, "email": "zwei@example.org"})
    assert response.status_code == 302
    second = Submission.objects.get(citizen_email="zwei@example.org")
    assert staff.post(f"/admin/onlineforms/submissions/delete/{second.pk}/").status_code == 302
    assert not Submission.objects.filter(pk=second.pk).exists()
