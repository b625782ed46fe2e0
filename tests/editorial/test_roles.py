"""Each role's allowed and forbidden actions, through the admin's real views (Django's test client
logged in as a member of each group made by setup_roles)."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Page, WorkflowPage

from editorial.enums import RoleKind
from editorial.models import Role
from editorial.roles import CENTRAL, WORKFLOW_NAME, home_pages, setup_roles
from services.models import Office
from tests.editorial.conftest import ABFALL, BUERGERBUERO, service_form

pytestmark = pytest.mark.django_db


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def snippet_edit_url(office):
    return f"/admin/snippets/services/office/edit/{office.pk}/"


def test_setup_roles_is_idempotent(town, roles):
    counts = (Group.objects.count(), Role.objects.count(), GroupPagePermission.objects.count())
    call_command("setup_roles", "--department", BUERGERBUERO)
    assert (Group.objects.count(), Role.objects.count(), GroupPagePermission.objects.count()) == counts
    assert Role.objects.get(group__name=CENTRAL).kind == RoleKind.CENTRAL
    for home in home_pages():
        assert WorkflowPage.objects.get(page=home).workflow.name == WORKFLOW_NAME


def test_each_role_reaches_the_admin(client, roles):
    for name in roles.users:
        client.force_login(roles.user(name))
        assert client.get("/admin/").status_code == 200, name


class TestDepartments:
    def test_edits_its_own_service(self, client, town, roles):
        client.force_login(roles.user("buergerbuero"))
        service = town.service("hund")
        assert client.get(edit_url(service)).status_code == 200
        response = client.post(edit_url(service), service_form(service, action=None, teaser="Hund anmelden, neu."))
        assert response.status_code == 302
        service.refresh_from_db()
        assert service.get_latest_revision_as_object().teaser == "Hund anmelden, neu."

    def test_cannot_publish_its_own_service(self, client, town, roles):
        client.force_login(roles.user("buergerbuero"))
        service = town.service("hund")
        client.post(edit_url(service), service_form(service, teaser="Sofort live?"))
        service.refresh_from_db()
        assert service.teaser != "Sofort live?"
        assert "Sofort live?" == service.get_latest_revision_as_object().teaser

    def test_cannot_edit_another_departments_service(self, client, town, roles):
        client.force_login(roles.user("abfall"))
        service = town.service("hund")
        assert client.get(edit_url(service)).status_code in (302, 403)
        response = client.post(edit_url(service), service_form(service, action=None, teaser="Übernommen"))
        assert response.status_code in (302, 403)
        assert town.service("hund").get_latest_revision_as_object().teaser != "Übernommen"

    def test_cannot_edit_the_english_translation(self, client, town, roles):
        client.force_login(roles.user("buergerbuero"))
        assert client.get(edit_url(town.service("hund", "en"))).status_code in (302, 403)

    def test_permission_follows_the_owner(self, client, town, roles):
        service = town.service("gewerbe")
        service.owner_group = roles.group(ABFALL)
        service.save_revision().publish()
        client.force_login(roles.user("abfall"))
        assert client.get(edit_url(service)).status_code == 200
        client.force_login(roles.user("buergerbuero"))
        assert client.get(edit_url(service)).status_code in (302, 403)

    def test_edits_its_own_office_only(self, client, town, roles):
        office = town.office
        other = Office.objects.create(
            locale=office.locale, name="Wertstoffhof", street="Am Hof 1", postcode="12345", city="Musterstadt",
            owner_group=roles.group(ABFALL),
        )
        client.force_login(roles.user("buergerbuero"))
        assert client.get(snippet_edit_url(office)).status_code == 200
        assert client.get(snippet_edit_url(other)).status_code in (302, 403)
        response = client.post(snippet_edit_url(other), {"name": "Gekapert"})
        assert response.status_code in (302, 403)
        other.refresh_from_db()
        assert other.name == "Wertstoffhof"
        assert client.get(f"/admin/snippets/services/office/delete/{office.pk}/").status_code in (302, 403)


class TestTranslators:
    def test_edits_and_publishes_the_english_page(self, client, town, roles):
        client.force_login(roles.user("uebersetzung"))
        english = town.service("hund", "en")
        response = client.get(edit_url(english))
        # wagtail-localize's translation editor (a synced translation) or Wagtail's own editor
        assert response.status_code == 200
        from wagtail.models import PagePermissionTester

        tester = PagePermissionTester(roles.user("uebersetzung"), english)
        assert tester.can_edit() and tester.can_publish()

    def test_cannot_edit_or_publish_the_german_page(self, client, town, roles):
        client.force_login(roles.user("uebersetzung"))
        german = town.service("hund")
        assert client.get(edit_url(german)).status_code in (302, 403)
        response = client.post(edit_url(german), service_form(german, teaser="Übersetzt"))
        assert response.status_code in (302, 403)
        german.refresh_from_db()
        assert german.teaser != "Übersetzt"
        assert german.get_latest_revision_as_object().teaser != "Übersetzt"
        assert client.post(f"/admin/pages/{german.pk}/unpublish/").status_code in (302, 403)
        assert Page.objects.get(pk=german.pk).live

    def test_cannot_edit_a_german_office_but_the_english_one(self, client, town, roles):
        client.force_login(roles.user("uebersetzung"))
        german = town.office
        english = german.get_translation(town.service("hund", "en").locale)
        assert client.get(snippet_edit_url(german)).status_code in (302, 403)
        assert client.get(snippet_edit_url(english)).status_code == 200


class TestCentralTeam:
    def test_edits_and_publishes_any_service(self, client, town, roles):
        client.force_login(roles.user("redaktion"))
        service = town.service("hund")
        response = client.post(edit_url(service), service_form(service, teaser="Von der Redaktion."))
        assert response.status_code == 302
        service.refresh_from_db()
        assert service.teaser == "Von der Redaktion." and service.live

    def test_edits_every_office(self, client, town, roles):
        client.force_login(roles.user("redaktion"))
        assert client.get(snippet_edit_url(town.office)).status_code == 200


class TestOtherRoles:
    @pytest.mark.parametrize("name", ["ratsbuero", "formstaff"])
    def test_edit_no_page(self, client, town, roles, name):
        client.force_login(roles.user(name))
        assert client.get(edit_url(town.service("hund"))).status_code in (302, 403)
        assert client.get(snippet_edit_url(town.office)).status_code in (302, 403)

    def test_council_office_manages_the_calendar(self, client, roles):
        client.force_login(roles.user("ratsbuero"))
        assert client.get("/admin/snippets/council/meeting/").status_code == 200
        assert client.get("/admin/snippets/council/committee/add/").status_code == 200
        client.force_login(roles.user("buergerbuero"))
        assert client.get("/admin/snippets/council/meeting/").status_code in (302, 403)


def test_setup_roles_without_sites(db):
    """setup_roles works before any site exists (a fresh installation)."""
    setup_roles()
    assert Group.objects.filter(name=CENTRAL).exists()
