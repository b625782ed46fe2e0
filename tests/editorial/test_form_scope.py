"""Staff see the submissions and bookings of their own forms only (docs/editorial.md, "Forms and
their submissions"), through the admin's real views: Wagtail's Forms menu, the Submissions viewset,
the uploaded files, the bookings viewset and the pickup list, with their CSV/XLSX exports. Every
id-based URL is tried from another department's account: 403 or 404, never the data."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from openpyxl import load_workbook

from accounts.models import StatusChange
from bookings.models import Booking
from editorial.roles import FORMS, setup_roles
from onlineforms.models import FormField, FormIndexPage, FormPage, Submission, SubmissionFile
from tests.editorial.conftest import ABFALL, BUERGERBUERO, make_user

pytestmark = pytest.mark.django_db

DAY = date(2026, 11, 26)


def make_form(index, title, slug, owner):
    form = FormPage(title=title, slug=slug, owner_group=owner, intro="Bitte ausfüllen.")
    index.add_child(instance=form)
    FormField.objects.create(page=form, locale=form.locale, label="Name", field_type="singleline", clean_name="name")
    form.save_revision().publish()
    return FormPage.objects.get(pk=form.pk)


def make_submission(form, reference, name, language="de"):
    return Submission.objects.create(
        page=form, form_key=form.translation_key, reference=reference, language=language,
        form_data={"name": name}, citizen_email=f"{reference.lower()}@example.org",
    )


@pytest.fixture
def forms(town, roles):
    """Two forms under the town's form index: the Bürgerbüro's and the Abfallwirtschaft's, each with
    a submission, an uploaded file and a bulky-waste booking; and one booking already anonymised."""
    index = FormIndexPage(title="Online-Dienste", slug="online-dienste")
    town.home.add_child(instance=index)
    index.save_revision().publish()
    own = make_form(index, "Kontakt", "kontakt", roles.group(BUERGERBUERO))
    other = make_form(index, "Sperrmüll buchen", "sperrmuell", roles.group(ABFALL))
    setup_roles()  # the form builders' rights on the new index
    mine = make_submission(own, "SP-2026-000001", "Erika Eigen")
    theirs = make_submission(other, "SP-2026-000002", "Otto Fremd")
    files = {}
    for submission in (mine, theirs):
        stored = SubmissionFile(submission=submission, field_key="foto", original_name=f"{submission.reference}.txt",
                                content_type="text/plain", size=5)
        stored.file.save("upload", ContentFile(b"hallo"), save=False)
        stored.save()
        files[submission.reference] = stored
    bookings = {
        "mine": Booking.objects.create(reference=mine.reference, submission=mine, date=DAY, kind="standard", slot=1,
                                       status="booked", name="Erika Eigen", address="Lindenallee 1", fee=Decimal("0")),
        "theirs": Booking.objects.create(reference=theirs.reference, submission=theirs, date=DAY, kind="standard",
                                         slot=2, status="booked", name="Otto Fremd", address="Fremdweg 2"),
        "anonymous": Booking.objects.create(reference="SP-2025-000009", submission=None, date=DAY, kind="express",
                                            slot=1, status="booked", name="", address=""),
    }
    return {"own": own, "other": other, "mine": mine, "theirs": theirs, "files": files, "bookings": bookings}


def submission_url(action, submission):
    return reverse(f"onlineforms_submission:{action}", args=[submission.pk])


def booking_url(action, booking):
    return reverse(f"bookings_booking:{action}", args=[booking.pk])


def xlsx_text(response):
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    assert content[:2] == b"PK", (response.headers, content[:400])
    sheet = load_workbook(io.BytesIO(content)).active
    return " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None)


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8-sig")
    return response.content.decode("utf-8-sig")


class TestDepartment:
    """The Bürgerbüro owns "Kontakt"; the Abfallwirtschaft's "Sperrmüll buchen" is not its business."""

    def test_lists_and_exports_only_its_own_submissions(self, client, forms, roles):
        client.force_login(roles.user("buergerbuero"))
        index = client.get(reverse("onlineforms_submission:index"))
        assert index.status_code == 200
        assert "SP-2026-000001" in body(index) and "SP-2026-000002" not in body(index)
        csv = client.get(reverse("onlineforms_submission:index") + "?export=csv")
        assert "SP-2026-000001" in body(csv) and "SP-2026-000002" not in body(csv)
        xlsx = xlsx_text(client.get(reverse("onlineforms_submission:index") + "?export=xlsx"))
        assert "SP-2026-000001" in xlsx and "SP-2026-000002" not in xlsx

    def test_reads_and_changes_its_own_submission(self, client, forms, roles):
        client.force_login(roles.user("buergerbuero"))
        mine = forms["mine"]
        inspect = client.get(submission_url("inspect", mine))
        assert inspect.status_code == 200 and "Erika Eigen" in body(inspect)
        response = client.post(submission_url("edit", mine), {"status": "done", "staff_note": "Erledigt."})
        assert response.status_code == 302
        mine.refresh_from_db()
        assert (mine.status, mine.staff_note) == ("done", "Erledigt.")
        assert client.get(reverse("onlineforms_file", args=[forms["files"][mine.reference].pk])).status_code == 200

    @pytest.mark.parametrize("action", ["inspect", "edit", "delete", "history", "usage"])
    def test_another_departments_submission_is_not_found(self, client, forms, roles, action):
        client.force_login(roles.user("buergerbuero"))
        theirs = forms["theirs"]
        response = client.get(submission_url(action, theirs))
        assert response.status_code == 404
        assert "Otto Fremd" not in body(response)

    def test_cannot_change_or_delete_another_departments_submission(self, client, forms, roles):
        client.force_login(roles.user("buergerbuero"))
        theirs = forms["theirs"]
        assert client.post(submission_url("edit", theirs), {"status": "done", "staff_note": "x"}).status_code == 404
        assert client.post(submission_url("delete", theirs)).status_code in (403, 404)
        theirs.refresh_from_db()
        assert theirs.status == "new" and theirs.staff_note == ""

    def test_the_citizens_status_of_another_departments_submission_is_not_found(self, client, forms, roles):
        """The account's status step (accounts/wagtail_hooks.py) keeps to the same scope."""
        client.force_login(roles.user("buergerbuero"))
        assert client.get(f"/admin/accounts/status/{forms['mine'].pk}/").status_code == 200
        theirs = forms["theirs"]
        assert client.get(f"/admin/accounts/status/{theirs.pk}/").status_code == 404
        assert client.post(f"/admin/accounts/status/{theirs.pk}/", {"status": "done", "message": "x"}).status_code == 404
        assert not StatusChange.objects.filter(submission=theirs).exists()

    def test_another_departments_file_is_not_found(self, client, forms, roles):
        client.force_login(roles.user("buergerbuero"))
        response = client.get(reverse("onlineforms_file", args=[forms["files"]["SP-2026-000002"].pk]))
        assert response.status_code == 404

    def test_wagtails_forms_menu_shows_its_own_form_only(self, client, forms, roles):
        client.force_login(roles.user("buergerbuero"))
        own, other = forms["own"], forms["other"]
        listing = client.get(reverse("wagtailforms:index"))
        assert listing.status_code == 200
        assert "Kontakt" in body(listing) and "Sperrmüll buchen" not in body(listing)
        own_list = client.get(reverse("wagtailforms:list_submissions", args=[own.pk]))
        assert own_list.status_code == 200 and "Erika Eigen" in body(own_list)
        csv = client.get(reverse("wagtailforms:list_submissions", args=[own.pk]) + "?export=csv")
        assert "Erika Eigen" in body(csv)
        for url in (
            reverse("wagtailforms:list_submissions", args=[other.pk]),
            reverse("wagtailforms:list_submissions", args=[other.pk]) + "?export=csv",
            reverse("wagtailforms:list_submissions_results", args=[other.pk]),
            reverse("wagtailforms:delete_submissions", args=[other.pk]) + f"?selected-submissions={forms['theirs'].pk}",
        ):
            response = client.get(url)
            assert response.status_code in (302, 403, 404), url
            assert "Otto Fremd" not in body(response), url
        client.post(reverse("wagtailforms:delete_submissions", args=[other.pk])
                    + f"?selected-submissions={forms['theirs'].pk}")
        # Its own form's delete view with the other form's submission id deletes nothing either.
        client.post(reverse("wagtailforms:delete_submissions", args=[own.pk])
                    + f"?selected-submissions={forms['theirs'].pk}")
        assert Submission.objects.filter(pk=forms["theirs"].pk).exists()

    def test_bookings_of_its_own_forms_only(self, client, forms, roles):
        client.force_login(roles.user("abfall"))  # the Abfallwirtschaft owns the bulky-waste form
        bookings = forms["bookings"]
        index = client.get(reverse("bookings_booking:index"))
        assert index.status_code == 200
        assert "Otto Fremd" in body(index) and "Erika Eigen" not in body(index)
        assert "SP-2025-000009" not in body(index)  # anonymised: only for who sees every form
        xlsx = xlsx_text(client.get(reverse("bookings_booking:index") + "?export=xlsx"))
        assert "Otto Fremd" in xlsx and "Erika Eigen" not in xlsx
        pickup = client.get(reverse("bookings_pickup_list") + f"?date={DAY.isoformat()}")
        assert "Otto Fremd" in body(pickup) and "Erika Eigen" not in body(pickup)
        csv = body(client.get(reverse("bookings_pickup_list") + f"?date={DAY.isoformat()}&format=csv"))
        assert "Otto Fremd" in csv and "Erika Eigen" not in csv and "SP-2025-000009" not in csv
        assert client.get(booking_url("inspect", bookings["theirs"])).status_code == 200
        for name in ("mine", "anonymous"):
            for action in ("inspect", "edit", "delete", "history", "usage"):
                response = client.get(booking_url(action, bookings[name]))
                assert response.status_code in (302, 403, 404), (name, action)  # 302: no change permission
                assert "Erika Eigen" not in body(response)
        client.post(booking_url("edit", bookings["mine"]), {"name": "Übernommen", "address": "x", "items": ""})
        client.post(booking_url("delete", bookings["mine"]))
        bookings["mine"].refresh_from_db()
        assert bookings["mine"].name == "Erika Eigen"

    def test_follows_the_forms_owner(self, client, forms, roles):
        other = forms["other"]
        other.owner_group = roles.group(BUERGERBUERO)
        other.save_revision().publish()
        client.force_login(roles.user("buergerbuero"))
        assert client.get(submission_url("inspect", forms["theirs"])).status_code == 200
        client.force_login(roles.user("abfall"))
        assert client.get(submission_url("inspect", forms["theirs"])).status_code == 404


class TestCentralTeam:
    @pytest.mark.parametrize("who", ["redaktion", "superuser"])
    def test_sees_every_submission_and_booking(self, client, forms, roles, who, django_user_model):
        user = roles.user("redaktion") if who == "redaktion" else django_user_model.objects.create_superuser(
            "chef", "chef@example.org", "pw"
        )
        client.force_login(user)
        index = body(client.get(reverse("onlineforms_submission:index")))
        assert "SP-2026-000001" in index and "SP-2026-000002" in index
        for submission in (forms["mine"], forms["theirs"]):
            assert client.get(submission_url("inspect", submission)).status_code == 200
            assert client.get(reverse("wagtailforms:list_submissions", args=[submission.page_id])).status_code == 200
        bookings = body(client.get(reverse("bookings_booking:index")))
        assert "Erika Eigen" in bookings and "Otto Fremd" in bookings and "SP-2025-000009" in bookings
        assert client.get(booking_url("inspect", forms["bookings"]["anonymous"])).status_code == 200


class TestOtherRoles:
    def test_form_builders_change_forms_but_see_no_submissions(self, client, forms, roles):
        client.force_login(roles.user("formstaff"))
        own = forms["own"]
        assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
        assert client.get(f"/admin/pages/add/onlineforms/formpage/{own.get_parent().pk}/").status_code == 200
        assert not own.permissions_for_user(roles.user("formstaff")).can_publish()
        for url in (
            reverse("onlineforms_submission:index"),
            reverse("onlineforms_submission:index") + "?export=csv",
            submission_url("inspect", forms["mine"]),
            reverse("wagtailforms:list_submissions", args=[own.pk]),
            reverse("wagtailforms:list_submissions", args=[own.pk]) + "?export=csv",
            reverse("onlineforms_file", args=[forms["files"]["SP-2026-000001"].pk]),
            reverse("bookings_booking:index"),
            reverse("bookings_pickup_list"),
        ):
            response = client.get(url)
            assert response.status_code in (302, 403, 404), url
            assert "Erika Eigen" not in body(response), url
        forms_list = client.get(reverse("wagtailforms:index"))
        assert "Kontakt" not in body(forms_list)

    @pytest.mark.parametrize("name", ["uebersetzung", "ratsbuero"])
    def test_no_submissions_for_translators_and_the_council_office(self, client, forms, roles, name):
        client.force_login(roles.user(name))
        for url in (reverse("onlineforms_submission:index"), submission_url("inspect", forms["mine"]),
                    reverse("bookings_booking:index"), booking_url("inspect", forms["bookings"]["mine"])):
            assert client.get(url).status_code in (302, 403, 404), (name, url)

    def test_a_department_member_who_also_builds_forms_sees_its_own_forms_only(self, client, forms, roles):
        user = make_user("beides", roles.group(BUERGERBUERO))
        user.groups.add(roles.group(FORMS))
        client.force_login(user)
        index = body(client.get(reverse("onlineforms_submission:index")))
        assert "SP-2026-000001" in index and "SP-2026-000002" not in index
        assert client.get(submission_url("inspect", forms["theirs"])).status_code == 404
        assert client.get(reverse("wagtailforms:list_submissions", args=[forms["other"].pk])).status_code in (302, 403)
