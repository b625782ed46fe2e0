"""Review dates: publishing sets them from the type's interval, the report lists what is overdue or
due soon per department, and the weekly reminder reaches each department through the real worker."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from editorial import reviews
from tests.editorial.conftest import ABFALL, make_user, service_form

pytestmark = pytest.mark.django_db
REPORT = "/admin/reports/review-dates/"


def today():
    return timezone.localdate()


def set_dates(page, next_review, last_reviewed=None):
    type(page).objects.filter(pk=page.pk).update(next_review=next_review, last_reviewed=last_reviewed)


class TestPublishing:
    def test_sets_last_reviewed_and_the_next_date_from_the_interval(self, client, town, roles, settings):
        settings.EDITORIAL_REVIEW_INTERVALS = {"services.ServicePage": 180}
        client.force_login(roles.user("redaktion"))
        set_dates(town.service("hund"), None)  # the town's pages were reviewed when they were built
        service = town.service("hund")
        assert client.post(f"/admin/pages/{service.pk}/edit/", service_form(service)).status_code == 302
        service.refresh_from_db()
        assert service.last_reviewed == today()
        assert service.next_review == today() + timedelta(days=180)
        # the editor's form opens with the new dates, and the English page has them too
        assert service.get_latest_revision_as_object().next_review == service.next_review
        assert town.service("hund", "en").next_review == service.next_review

    def test_keeps_a_later_date_the_editor_chose(self, client, town, roles):
        client.force_login(roles.user("redaktion"))
        service = town.service("hund")
        later = today() + timedelta(days=900)
        client.post(f"/admin/pages/{service.pk}/edit/", service_form(service, next_review=later.isoformat()))
        service.refresh_from_db()
        assert service.next_review == later

    def test_keeps_a_sooner_date_the_editor_just_set(self, client, town, roles):
        client.force_login(roles.user("redaktion"))
        service = town.service("hund")
        sooner = today() + timedelta(days=40)
        client.post(f"/admin/pages/{service.pk}/edit/", service_form(service, next_review=sooner.isoformat()))
        service.refresh_from_db()
        assert service.next_review == sooner
        # published again without touching the date: the review resets it to the interval
        client.post(f"/admin/pages/{service.pk}/edit/", service_form(service))
        service.refresh_from_db()
        assert service.next_review == today() + timedelta(days=365)

    def test_keeps_the_review_day_the_editor_entered(self, client, town, roles, settings):
        """A review recorded after the fact keeps its day, and the next one is counted from it."""
        settings.EDITORIAL_REVIEW_INTERVALS = {"services.ServicePage": 180}
        client.force_login(roles.user("redaktion"))
        set_dates(town.service("hund"), None)
        service = town.service("hund")
        reviewed = today() - timedelta(days=10)
        client.post(f"/admin/pages/{service.pk}/edit/", service_form(service, last_reviewed=reviewed.isoformat()))
        service.refresh_from_db()
        assert service.last_reviewed == reviewed
        assert service.next_review == reviewed + timedelta(days=180)
        # published again without touching it: that publish is the review
        client.post(f"/admin/pages/{service.pk}/edit/", service_form(service))
        service.refresh_from_db()
        assert service.last_reviewed == today()

    def test_a_type_without_an_interval_is_left_alone(self, town, roles, settings):
        settings.EDITORIAL_REVIEW_INTERVALS = {}
        set_dates(town.service("gewerbe"), None)
        service = town.service("gewerbe")
        service.save_revision().publish()
        service.refresh_from_db()
        assert service.last_reviewed is None


@pytest.fixture
def due(town, roles):
    """Dog: overdue (Bürgerbüro); ID card: due in ten days (Bürgerbüro); business: overdue (Abfall);
    address: far ahead; lost property: no date (Bürgerbüro)."""
    set_dates(town.service("hund"), today() - timedelta(days=3))
    set_dates(town.service("personalausweis"), today() + timedelta(days=10))
    gewerbe = town.service("gewerbe")
    type(gewerbe).objects.filter(pk=gewerbe.pk).update(
        owner_group=roles.group(ABFALL), next_review=today() - timedelta(days=1)
    )
    set_dates(town.service("wohnsitz"), today() + timedelta(days=300))
    set_dates(town.service("fundsachen"), None)


class TestReport:
    def titles(self, response):
        return [page.title for page in response.context["object_list"]]

    def test_redaktion_sees_every_department(self, client, roles, due):
        client.force_login(roles.user("redaktion"))
        response = client.get(REPORT)
        assert response.status_code == 200
        assert sorted(self.titles(response)) == sorted(
            ["Hund anmelden", "Personalausweis beantragen", "Gewerbe anmelden", "Fundsachen"]
        )
        overdue = client.get(REPORT, {"state": "overdue", "owner_group": roles.group(ABFALL).pk})
        assert self.titles(overdue) == ["Gewerbe anmelden"]
        soon = client.get(REPORT, {"state": "due_soon"})
        assert self.titles(soon) == ["Personalausweis beantragen"]

    def test_a_department_sees_its_own(self, client, roles, due):
        client.force_login(roles.user("abfall"))
        assert self.titles(client.get(REPORT)) == ["Gewerbe anmelden"]
        # asking for another department's gives nothing of it
        other = client.get(REPORT, {"owner_group": roles.group("Bürgerbüro").pk})
        assert "Hund anmelden" not in self.titles(other) if other.status_code == 200 else True

    @pytest.mark.parametrize("name", ["uebersetzung", "ratsbuero", "formstaff"])
    def test_other_roles_are_refused(self, client, roles, due, name):
        client.force_login(roles.user(name))
        assert client.get(REPORT).status_code in (302, 403)
        assert client.get(REPORT, {"export": "csv"}).status_code in (302, 403)

    def test_csv_export(self, client, roles, due):
        client.force_login(roles.user("redaktion"))
        response = client.get(REPORT, {"export": "csv", "state": "overdue"})
        assert response.status_code == 200
        text = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
        assert "Hund anmelden" in text and "Gewerbe anmelden" in text and "Personalausweis" not in text
        assert "Abfallwirtschaft" in text

    def test_in_the_reports_menu_in_german(self, client, roles, due):
        profile = UserProfile.get_for_user(roles.user("redaktion"))
        profile.preferred_language = "de"
        profile.save()
        client.force_login(roles.user("redaktion"))
        response = client.get(REPORT)
        content = response.content.decode()
        assert "Prüftermine" in content and "Überfällig" in content


class TestReminders:
    def test_each_department_gets_its_list_through_the_worker(self, roles, due, db_worker):
        german = make_user("abfall-leitung", roles.group(ABFALL), language="de")
        call_command("send_review_reminders", verbosity=0, stdout=open("/dev/null", "w"))
        assert mail.outbox == []
        db_worker()
        by_user = {message.to[0]: message for message in mail.outbox}
        buergerbuero = by_user[roles.user("buergerbuero").email]
        assert "Hund anmelden" in buergerbuero.body and "Fundsachen" in buergerbuero.body
        assert "Personalausweis beantragen" in buergerbuero.body
        assert "Gewerbe anmelden" not in buergerbuero.body
        assert "Overdue" in buergerbuero.body and "/admin/pages/" in buergerbuero.body
        abfall = by_user[roles.user("abfall").email]
        assert "Gewerbe anmelden" in abfall.body and "Hund anmelden" not in abfall.body
        assert "Überfällig" in by_user[german.email].body
        assert roles.user("redaktion").email not in by_user  # Redaktion reads the report

    def test_nothing_due_sends_nothing(self, town, roles):
        for key in town.services_pks:
            set_dates(town.service(key), today() + timedelta(days=200))
        assert reviews.send_reminders() == 0
        assert mail.outbox == []
