"""Media on S3-compatible object storage (core/storage.py), against a real local S3 server (moto in server
mode, its own process, tests/deploy/conftest.py): images and documents go up through the admin and are
served; renditions are the only public objects; a citizen's upload lands in the private bucket, gets no
URL, and reaches only staff who may read submissions, through the admin view."""

import io
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.test import Client
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from onlineforms import abuse
from onlineforms.models import FormField, FormIndexPage, FormPage, SubmissionFile
from onlineforms.storage import private_storage
from tests.deploy.stack import MEDIA_BUCKET, PRIVATE_BUCKET, PUBLIC_LOCATION, anonymous_get

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% Stadtportal test document\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png(width=120, height=90, colour=(20, 110, 60)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def on_s3(settings, s3):
    """This test's media on the S3 server, as production settings put it there (tests/deploy/stack.py)."""
    settings.STORAGES = s3.storages(settings.STORAGES["staticfiles"])
    return s3


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_an_image_uploaded_in_the_admin_is_stored_privately_and_shown_through_public_renditions(admin_client, on_s3):
    original = png()
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Rathaus im Grünen",
            "file": SimpleUploadedFile("rathaus.png", original, "image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = get_image_model().objects.get(title="Rathaus im Grünen")
    assert (image.width, image.height) == (120, 90)

    original_key = f"media/{image.file.name}"
    assert original_key in on_s3.keys(MEDIA_BUCKET)
    # The original (with whatever EXIF it carries) is no public object ...
    assert anonymous_get(on_s3.object_url(MEDIA_BUCKET, original_key))[0] == 403
    # ... but the app reads it back with its keys, and renditions are made from it.
    assert image.file.storage.open(image.file.name).read() == original

    html = Template("{% load wagtailimages_tags %}{% image image fill-60x45 %}").render(Context({"image": image}))
    rendition = image.get_rendition("fill-60x45")
    assert rendition.url in html
    assert rendition.url.startswith(f"{on_s3.endpoint}/{MEDIA_BUCKET}/{PUBLIC_LOCATION}/images/")
    assert "Signature" not in rendition.url and "X-Amz" not in rendition.url  # a plain, cacheable URL
    status, data = anonymous_get(rendition.url)
    assert status == 200
    assert PILImage.open(io.BytesIO(data)).size == (60, 45)

    # A second upload of the same file name keeps the first one's file.
    admin_client.post(
        "/admin/images/add/",
        {
            "title": "Noch ein Rathaus",
            "file": SimpleUploadedFile("rathaus.png", png(colour=(200, 0, 0)), "image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    second = get_image_model().objects.get(title="Noch ein Rathaus")
    assert second.file.name != image.file.name
    assert image.file.storage.open(image.file.name).read() == original


def test_a_document_uploaded_in_the_admin_is_served_through_wagtails_view_only(admin_client, on_s3):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Haushaltsplan 2026",
            "file": SimpleUploadedFile("haushaltsplan.pdf", PDF, "application/pdf"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document = get_document_model().objects.get(title="Haushaltsplan 2026")
    key = f"media/{document.file.name}"
    assert key in on_s3.keys(MEDIA_BUCKET)
    assert anonymous_get(on_s3.object_url(MEDIA_BUCKET, key))[0] == 403

    served = Client().get(document.url)
    assert document.url.startswith("/documents/")
    assert served.status_code == 200  # streamed from the bucket, not a redirect to it
    assert body(served) == PDF
    # Wagtail's own headers, as from the file system: name and disposition, no sniffing, no scripts.
    assert served["Content-Disposition"] == document.content_disposition
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Security-Policy"] == "default-src 'none'"


def test_a_document_in_a_private_collection_stays_behind_the_login(admin_client, on_s3):
    private = Collection.get_first_root_node().add_child(name="Nur für Angemeldete")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Interne Dienstanweisung",
            "file": SimpleUploadedFile("dienstanweisung.pdf", PDF, "application/pdf"),
            "collection": private.pk,
        },
    )
    document = get_document_model().objects.get(title="Interne Dienstanweisung")
    citizen = Client().get(document.url)
    assert citizen.status_code == 302 and "login" in citizen["Location"]
    assert PDF not in body(citizen)
    assert anonymous_get(on_s3.object_url(MEDIA_BUCKET, f"media/{document.file.name}"))[0] == 403
    assert body(admin_client.get(document.url)) == PDF


@pytest.fixture
def upload_form(town):
    index = town.home.add_child(instance=FormIndexPage(title="Online-Dienste", slug="online-dienste"))
    page = index.add_child(instance=FormPage(title="Nachweis einreichen", slug="nachweis", max_upload_mb=2))
    FormField.objects.create(page=page, label="Nachweis", clean_name="nachweis", field_type="upload", required=True)
    page.save_revision().publish()
    return FormPage.objects.get(pk=page.pk)


def staff(username, *codenames):
    user = get_user_model().objects.create_user(username=username, password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in codenames:
        user.user_permissions.add(Permission.objects.get(content_type__app_label="onlineforms", codename=codename))
    client = Client()
    client.force_login(user)
    return client


def test_a_citizens_upload_lands_in_the_private_bucket_and_reaches_only_permitted_staff(upload_form, on_s3):
    scan = png(80, 60, (250, 250, 250))
    response = Client().post(
        upload_form.url,
        {
            abuse.STARTED_FIELD: abuse.start_token(upload_form.translation_key, time.time() - 60),
            "nachweis": SimpleUploadedFile("personalausweis.png", scan, "image/png"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    stored = SubmissionFile.objects.get(submission__page=upload_form)

    key = f"private/{stored.file.name}"
    assert on_s3.keys(PRIVATE_BUCKET) == [key]
    assert not any(name.endswith(stored.file.name) for name in on_s3.keys(MEDIA_BUCKET))
    assert private_storage().open(stored.file.name).read() == scan

    # No URL: the storage names an address that nothing serves, and the object itself refuses strangers.
    assert stored.file.url.startswith("/private-not-served/")
    unserved = Client().get(stored.file.url, follow=True)
    assert unserved.status_code == 404 and scan not in body(unserved)
    assert anonymous_get(on_s3.object_url(PRIVATE_BUCKET, key))[0] == 403

    view = f"/admin/onlineforms/files/{stored.pk}/"
    citizen = Client().get(view)
    assert citizen.status_code == 302 and "/admin/login/" in citizen["Location"]
    other_staff = staff("kollegin")
    refused = other_staff.get(view)
    assert refused.status_code in (302, 403) and scan not in body(refused)
    reader = staff("sachbearbeiter", "view_submission")
    download = reader.get(view)
    assert download.status_code == 200
    assert body(download) == scan  # streamed by the view, after its permission check
    assert download["Content-Disposition"].startswith("attachment")
    assert "no-store" in download["Cache-Control"]


def test_no_object_but_a_rendition_answers_a_stranger(admin_client, upload_form, on_s3):
    """Whatever the tests above left in the buckets (each test's database rolls back, the buckets do
    not): every object outside the public prefix refuses a GET without credentials."""
    admin_client.post(
        "/admin/images/add/",
        {
            "title": "Marktplatz",
            "file": SimpleUploadedFile("markt.png", png(), "image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    get_image_model().objects.get(title="Marktplatz").get_rendition("width-40")
    Client().post(
        upload_form.url,
        {
            abuse.STARTED_FIELD: abuse.start_token(upload_form.translation_key, time.time() - 60),
            "nachweis": SimpleUploadedFile("meldebescheinigung.png", png(), "image/png"),
        },
    )
    checked = {"public": 0, "private": 0}
    for bucket in (MEDIA_BUCKET, PRIVATE_BUCKET):
        for key in on_s3.keys(bucket):
            status, _ = anonymous_get(on_s3.object_url(bucket, key))
            if bucket == MEDIA_BUCKET and key.startswith(f"{PUBLIC_LOCATION}/"):
                assert status == 200, key
                checked["public"] += 1
            else:
                assert status == 403, (bucket, key, status)
                checked["private"] += 1
    assert checked["public"] >= 1 and checked["private"] >= 2
