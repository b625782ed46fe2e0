"""Honeypot, time trap, rate limit, uploads, retention command, the staff side and the crew's feed."""

import io
import re
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from freezegun import freeze_time
from icalendar import Calendar

from bookings import calendar
from bookings.models import Booking, PickupSettings
from onlineforms import abuse
from onlineforms.models import Submission, SubmissionFile
from onlineforms.storage import private_root
from tests.onlineforms.helpers import de, form_page, post
from tests.onlineforms.test_submissions import CONTACT_DE

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
REPORT = {"art": "Beleuchtung", "ort": "Lindenallee 5", "beschreibung": "Laterne aus", "einwilligung": "on"}


def upload(name, content, content_type="image/png"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type=content_type)


def test_honeypot_filled_is_not_stored(client):
    response = post(client, form_page("kontakt", "de"), {**CONTACT_DE, abuse.HONEYPOT_FIELD: "http://spam.example"})
    assert response.status_code == 400
    assert not Submission.objects.filter(citizen_email="erika@example.org").exists()


def test_time_trap_refuses_a_form_sent_within_seconds(client):
    page = form_page("kontakt", "de")
    response = client.post(page.url, {**CONTACT_DE, abuse.STARTED_FIELD: abuse.start_token(page.translation_key)})
    assert response.status_code == 400
    assert de("Please check your answers and send the form again.") in response.content.decode()
    response = client.post(page.url, {**CONTACT_DE, abuse.STARTED_FIELD: "forged"})
    assert response.status_code == 400
    assert not Submission.objects.filter(citizen_email="erika@example.org").exists()


@override_settings(RATELIMITS={"forms": "2/10m"})
def test_rate_limit_per_address_answers_429(client):
    page = form_page("kontakt", "de")
    for _ in range(2):
        assert post(client, page, CONTACT_DE, REMOTE_ADDR="198.51.100.7").status_code == 302
    response = post(client, page, CONTACT_DE, REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 429 and response["Retry-After"] == "600"
    assert "Zu viele" in response.content.decode() or "Too many" in response.content.decode()
    assert post(client, page, CONTACT_DE, REMOTE_ADDR="198.51.100.8").status_code == 302
    assert Submission.objects.filter(citizen_email="erika@example.org").count() == 3


def test_csrf_is_enforced():
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    assert post(client, form_page("kontakt", "de"), CONTACT_DE).status_code == 403


def test_photo_upload_is_stored_privately_and_served_only_to_staff(client, admin_client):
    page = form_page("maengelmelder", "de")
    response = post(client, page, {**REPORT, "foto": upload("laterne.png", PNG)})
    assert response.status_code == 302, response.content.decode()[:2000]
    stored = SubmissionFile.objects.get(original_name="laterne.png")
    path = stored.file.path
    assert path.startswith(str(private_root())) and "/media/" not in path.replace(str(private_root()), "")
    from django.conf import settings

    assert not path.startswith(str(settings.MEDIA_ROOT) + "/")
    url = f"/admin/onlineforms/files/{stored.pk}/"
    assert client.get(url).status_code in (302, 404)  # anonymous: to the login
    response = admin_client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == PNG


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("virus.exe", b"MZ\x90\x00", "JPG, PDF, PNG"),
        ("fake.png", b"<?php echo 1; ?>", "The file is not a valid %(kind)s file."),
        ("big.png", PNG + b"\x00" * (1024 * 1024 + 1), "The file is too large (%(size)s). The limit is %(limit)s."),
    ],
)
def test_wrong_type_and_oversized_uploads_are_refused(client, name, content, message):
    page = form_page("maengelmelder", "de")
    page.max_upload_mb = 1
    page.save(update_fields=["max_upload_mb"])
    before = SubmissionFile.objects.count()
    response = post(client, page, {**REPORT, "foto": upload(name, content)})
    assert response.status_code == 400
    expected = message if "%" not in message else de(message, kind="PNG", size="1,0\xa0MB", limit="1,0\xa0MB")
    assert expected in response.content.decode(), re.findall(
        r"online-form__error\"[^>]*>([^<]*)", response.content.decode()
    )
    assert SubmissionFile.objects.count() == before


def test_retention_command_reports_and_deletes_only_with_flag(client):
    page = form_page("kontakt", "de")
    with freeze_time(timezone.now() - timedelta(days=page.retention_days + 5)):
        assert post(client, page, {**CONTACT_DE, "email": "old@example.org"}).status_code == 302
    assert post(client, page, {**CONTACT_DE, "email": "new@example.org"}).status_code == 302

    out = io.StringIO()
    call_command("purge_submissions", stdout=out)
    assert "would be deleted" in out.getvalue() and "Nothing deleted" in out.getvalue()
    assert Submission.objects.filter(citizen_email="old@example.org").exists()

    call_command("purge_submissions", "--delete", stdout=io.StringIO())
    assert not Submission.objects.filter(citizen_email="old@example.org").exists()
    assert Submission.objects.filter(citizen_email="new@example.org").exists()


def test_admin_lists_submissions_of_both_languages_and_exports(admin_client, client):
    post(client, form_page("kontakt", "de"), CONTACT_DE)
    post(client, form_page("contact", "en"), {**CONTACT_DE, "email": "en@example.org", "thema": "Waste"})
    page = form_page("kontakt", "de")
    response = admin_client.get(f"/admin/forms/submissions/{page.pk}/")
    assert response.status_code == 200
    for reference in Submission.objects.filter(form_key=page.translation_key).values_list("reference", flat=True):
        assert reference in response.content.decode()
    csv = admin_client.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
    assert csv.status_code == 200 and b"en@example.org" in b"".join(
        csv.streaming_content if csv.streaming else [csv.content]
    )
    xlsx = admin_client.get("/admin/onlineforms/submissions/?export=xlsx")
    assert xlsx.status_code == 200
    submission = Submission.objects.get(citizen_email="en@example.org")
    inspect = admin_client.get(f"/admin/onlineforms/submissions/inspect/{submission.pk}/")
    assert inspect.status_code == 200 and "When" not in inspect.content.decode()[:0]
    edit = admin_client.post(
        f"/admin/onlineforms/submissions/edit/{submission.pk}/", {"status": "in_progress", "staff_note": "Rückruf"}
    )
    assert edit.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "in_progress"
    assert admin_client.get("/admin/onlineforms/submissions/new/").status_code in (403, 404, 302)


@freeze_time("2026-11-23 09:00:00+01:00")
def test_pickup_list_csv_and_crew_feed(admin_client, client):
    booking = calendar.book(
        date(2026, 11, 26),
        "standard",
        reference="SP-2026-000901",
        name="Erika",
        address="Lindenallee 5, 45999 Lindenfeld",
        confirmed=True,  # crews see confirmed pickups only
    )
    response = admin_client.get("/admin/bookings/pickup-list/?date=2026-11-26")
    assert response.status_code == 200 and "Lindenallee 5" in response.content.decode()
    csv = admin_client.get("/admin/bookings/pickup-list/?date=2026-11-26&format=csv").content.decode("utf-8-sig")
    assert "26.11.2026;Standard;1;SP-2026-000901;Erika;Lindenallee 5, 45999 Lindenfeld" in csv
    assert client.get("/admin/bookings/pickup-list/").status_code == 302

    token = PickupSettings.load().feed_token
    assert client.get("/feeds/sperrmuell/wrong-token.ics").status_code == 404
    feed = client.get(f"/feeds/sperrmuell/{token}.ics")
    assert feed.status_code == 200 and feed["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(feed.content).walk("VEVENT")
    event = next(e for e in events if str(e["uid"]).startswith(f"booking-{booking.pk}@"))
    assert event.decoded("dtstart") == date(2026, 11, 26) and "Lindenallee 5" in str(event["location"])
    calendar.cancel(booking)
    events = Calendar.from_ical(client.get(f"/feeds/sperrmuell/{token}.ics").content).walk("VEVENT")
    assert next(e for e in events if str(e["uid"]).startswith(f"booking-{booking.pk}@"))["status"] == "CANCELLED"
    assert Booking.objects.get(pk=booking.pk).slot is None


def test_form_pages_and_pickup_settings_open_in_the_admin(admin_client):
    page = form_page("sperrmuell-buchen", "de")
    assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert admin_client.get(f"/admin/pages/add/onlineforms/formpage/{page.get_parent().pk}/").status_code == 200
    assert admin_client.get("/admin/settings/bookings/pickupsettings/").status_code in (200, 302)
    assert admin_client.get("/admin/bookings/bookings/").status_code == 200
    assert admin_client.get("/admin/bookings/closed-days/").status_code == 200
