"""My requests: what a citizen sent while signed in (and earlier with the confirmed address), its
status timeline set by staff in the admin, the e-mail about it through the real task worker, the
signed status link for citizens without an account, and nobody seeing another's request."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.core import mail

from accounts.enums import RequestStatus
from accounts.links import status_token
from accounts.models import RequestLink, StatusChange
from accounts.records import change_status
from bookings.links import token_for
from tests.accounts.helpers import committed, send_contact, signed_in_citizen
from tests.onlineforms.helpers import form_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_forms")]


def staff_user(django_user_model, *codenames):
    user = django_user_model.objects.create_user("sachbearbeitung", "sb@lindenfeld.example", "pw")
    user.user_permissions.add(*Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"))
    user.user_permissions.add(*Permission.objects.filter(content_type__app_label="onlineforms", codename__in=codenames))
    return user


def test_a_request_sent_while_signed_in_is_in_the_account(client):
    citizen = signed_in_citizen(client, "erika@example.org")
    submission = send_contact(client)
    assert RequestLink.objects.get(submission=submission).citizen == citizen
    listing = client.get("/de/konto/")
    body = listing.content.decode()
    assert submission.reference in body and "Kontaktformular" in body
    assert "no-store" in listing["Cache-Control"] and "private" in listing["Cache-Control"]
    detail = client.get(f"/de/konto/antraege/{submission.reference}/")
    assert detail.status_code == 200
    assert "Eingegangen" in detail.content.decode() or "Received" in detail.content.decode()


def test_a_request_sent_without_session_is_in_no_account(client):
    submission = send_contact(client)
    assert not RequestLink.objects.filter(submission=submission).exists()


def test_earlier_requests_join_after_the_address_is_confirmed(client):
    earlier = send_contact(client, email="spaeter@example.org")
    other = send_contact(client, email="jemand@example.org")
    with committed():
        client.post("/de/konto/anmelden/", {"email": "Spaeter@example.org"})
    link = re.search(r"http://testserver(/de/konto/anmelden/link/[^/\s]+/)", mail.outbox[-1].body).group(1)
    client.post(link)
    listing = client.get("/de/konto/").content.decode()
    assert earlier.reference in listing
    assert other.reference not in listing


def test_staff_status_change_reaches_the_account_and_the_inbox(client, django_user_model, db_worker):
    citizen = signed_in_citizen(client, "john@example.org", name="John Smith")
    submission = send_contact(client, "en")
    db_worker()  # the confirmation e-mails
    assert any(m.to == ["john@example.org"] for m in mail.outbox)
    mail.outbox.clear()
    staff = staff_user(django_user_model, "view_submission", "change_submission")
    admin = client.__class__()
    admin.force_login(staff)
    url = f"/admin/accounts/status/{submission.pk}/"
    assert admin.get(url).status_code == 200
    with committed():
        response = admin.post(url, {"status": "needs_info", "message": "Please send us a copy of your ID card."})
    assert response.status_code == 302
    assert StatusChange.objects.get(submission=submission).changed_by == staff
    assert mail.outbox == []  # queued, not sent in the request
    db_worker()
    (message,) = mail.outbox
    assert message.to == [citizen.email]
    assert message.subject == f"Your request {submission.reference}: Needs information"
    assert "Please send us a copy of your ID card." in message.body
    assert "/en/antragsstatus/" in message.body
    detail = client.get(f"/en/konto/antraege/{submission.reference}/").content.decode()
    assert "Needs information" in detail and "Please send us a copy of your ID card." in detail
    submission.refresh_from_db()
    assert submission.status == "in_progress"


def test_the_status_email_is_in_the_language_of_the_request(client, db_worker):
    submission = send_contact(client, "de")
    db_worker()
    mail.outbox.clear()
    with committed():
        change_status(submission, RequestStatus.DONE, "Die Tonne kommt am Montag.")
    db_worker()
    (message,) = mail.outbox
    assert message.to == ["erika@example.org"]  # no account: the address of the form
    assert message.subject == f"Ihr Antrag {submission.reference}: Erledigt"


def test_staff_need_the_change_permission(client, django_user_model):
    submission = send_contact(client)
    staff = staff_user(django_user_model, "view_submission")
    client.force_login(staff)
    # Wagtail answers a refused admin view with a redirect to the dashboard and a message.
    for response in (
        client.get(f"/admin/accounts/status/{submission.pk}/"),
        client.post(f"/admin/accounts/status/{submission.pk}/", {"status": "done"}),
    ):
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or response["Location"] == "/admin/"
    assert not StatusChange.objects.filter(submission=submission).exists()


def test_the_confirmation_email_links_to_the_status_page(client, db_worker):
    submission = send_contact(client)
    db_worker()
    (confirmation,) = [m for m in mail.outbox if m.to == ["erika@example.org"]]
    path = re.search(r"http://[^/\s]+(/de/antragsstatus/[^/\s]+/)", confirmation.body).group(1)
    change_status(submission, RequestStatus.IN_PROGRESS, "Wir sind dran.")
    page = client.get(path)  # no account, no session
    assert page.status_code == 200
    body = page.content.decode()
    assert submission.reference in body and "Wir sind dran." in body
    assert "no-store" in page["Cache-Control"]


def test_a_changed_status_link_is_refused(client):
    submission = send_contact(client)
    token = status_token(submission)
    assert client.get(f"/de/antragsstatus/{token[:-2]}xx/").status_code == 404
    assert client.get("/de/antragsstatus/not-a-token/").status_code == 404


def test_one_citizen_never_sees_another_citizens_request(client):
    signed_in_citizen(client, "erika@example.org")
    mine = send_contact(client)
    other_client = client.__class__()
    signed_in_citizen(other_client, "max@example.org", name="Max Meier")
    theirs = send_contact(other_client, email="max@example.org", name="Max Meier")
    # Every address with an id in it, with the other citizen's ids: 404, as for ids that do not exist.
    for path in (
        f"/de/konto/antraege/{theirs.reference}/",
        f"/en/konto/antraege/{theirs.reference}/",
        f"/de/konto/antraege/{theirs.pk}/",
        "/de/konto/antraege/SP-2026-999999/",
    ):
        assert client.get(path).status_code == 404, path
    assert client.get(f"/de/konto/antraege/{mine.reference}/").status_code == 200
    listing = client.get("/de/konto/").content.decode()
    assert theirs.reference not in listing
    for path in ("/de/konto/", "/de/konto/daten/", "/de/konto/daten.json", "/de/konto/profil/"):
        body = client.get(path).content.decode()
        assert theirs.reference not in body and "Max Meier" not in body, path


def test_account_pages_need_a_session(client):
    submission = send_contact(client)
    for path in (
        "/de/konto/",
        f"/de/konto/antraege/{submission.reference}/",
        "/de/konto/profil/",
        "/de/konto/daten/",
        "/de/konto/daten.json",
        "/de/konto/loeschen/",
    ):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/de/konto/anmelden/?next="), path
        assert "no-store" in response["Cache-Control"]


def test_bookings_can_be_moved_or_cancelled_from_the_request(client):
    from bookings.models import Booking

    signed_in_citizen(client, "erika@example.org")
    submission = send_contact(client)
    # A pickup booked with this request (the booking form's own path is tested in tests/bookings).
    from datetime import timedelta

    from django.utils import timezone

    booking = Booking.objects.create(
        reference=submission.reference,
        submission=submission,
        date=timezone.localdate() + timedelta(days=20),
        kind="standard",
        slot=1,
        status="booked",
        address="Lindenallee 5, 45999 Lindenfeld",
    )
    body = client.get(f"/de/konto/antraege/{submission.reference}/").content.decode()
    assert form_page("kontakt").title in body
    # The manage link is signed with the time it was made (so not compared with one made here):
    # it opens this booking's page.
    links = re.findall(r'href="(/de/sperrmuell/termin/[^"/]+/)"', body)
    assert len(links) == 1, links
    assert links[0].split("/")[-2].split(":")[0] == token_for(booking).split(":")[0]
    manage = client.get(links[0])
    assert manage.status_code == 200 and booking.reference in manage.content.decode()
