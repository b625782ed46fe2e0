"""Offices and alert banners go through "Redaktion prüft" as pages do (Wagtail's snippet workflows,
docs/editorial.md): a department edits its office and submits it, the Redaktion gets the task by
e-mail through the real task worker, approves, and the public pages show the new text; a draft is
never public; an alert scheduled for later is not shown before its time. Through the admin's real
views, logged in as each role."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Locale, WorkflowContentType, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.models import Alert
from editorial.roles import WORKFLOW_NAME, setup_roles
from services.models import Office
from tests.editorial.conftest import ABFALL
from tests.factories.services import OfficeDirectoryPageFactory

pytestmark = pytest.mark.django_db

OFFICES = "wagtailsnippets_services_office"
ALERTS = "wagtailsnippets_cms_alert"


def office_form(office, action, **overrides):
    data = {
        "name": office.name,
        "department": office.department,
        "slug": office.slug,
        "owner_group": office.owner_group_id or "",
        "street": office.street,
        "postcode": office.postcode,
        "city": office.city,
        "map_url": office.map_url,
        "phone": office.phone,
        "email": office.email,
        "website": office.website,
        "accessibility": office.accessibility,
        "opening_hours": streamfield([]),
        "closures": streamfield([]),
    }
    if action:
        data[action] = action
    data.update(overrides)
    return nested_form_data(data)


def alert_form(action, **overrides):
    data = {"title": "Sturmwarnung", "text": "Parks geschlossen.", "severity": "warning", "link": "",
            "go_live_at": "", "expire_at": "", "locale": Locale.objects.get(language_code="de").pk}
    if action:
        data[action] = action
    data.update(overrides)
    return data


@pytest.fixture
def directory(town):
    return OfficeDirectoryPageFactory(parent=town.home)


@pytest.fixture
def submitted(client, town, roles, directory, db_worker, django_capture_on_commit_callbacks):
    """The Bürgerbüro changes its office's accessibility note and submits the change (with the
    database task backend: the worker has not run yet)."""
    office = town.office
    client.force_login(roles.user("buergerbuero"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse(f"{OFFICES}:edit", args=[office.pk]),
            office_form(office, "action-submit", accessibility="Neuer Aufzug am Eingang B."),
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    return office


def public_office_page(client, office):
    office = Office.objects.get(pk=office.pk)
    url = office.get_url()
    assert url
    return client.get(url)


def test_setup_roles_puts_offices_and_alerts_into_the_workflow(roles):
    for model in ("office", "alert"):
        assert WorkflowContentType.objects.get(content_type__model=model).workflow.name == WORKFLOW_NAME
    setup_roles()  # again: still one assignment each
    assert WorkflowContentType.objects.filter(content_type__model__in=["office", "alert"]).count() == 2


class TestOfficeWorkflow:
    def test_the_submitted_change_is_a_draft_and_not_public(self, client, submitted, roles):
        office = Office.objects.get(pk=submitted.pk)
        assert office.live and office.has_unpublished_changes
        listing = client.get(reverse(f"{OFFICES}:list"))  # the department's list of offices
        assert listing.status_code == 200 and office.name in listing.content.decode()
        assert "Neuer Aufzug" not in office.accessibility
        assert "Neuer Aufzug" in office.get_latest_revision_as_object().accessibility
        state = WorkflowState.objects.get(base_content_type__model="office", object_id=str(office.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        client.logout()
        assert "Neuer Aufzug" not in public_office_page(client, office).content.decode()

    def test_redaktion_gets_the_task_by_email_through_the_worker(self, submitted, roles, db_worker):
        assert mail.outbox == [], [(m.subject, m.to) for m in mail.outbox]  # nothing sent in the request
        db_worker()
        recipients = {address for message in mail.outbox for address in message.to}
        assert roles.user("redaktion").email in recipients
        assert roles.user("abfall").email not in recipients
        message = next(m for m in mail.outbox if roles.user("redaktion").email in m.to)
        assert "Bürgerbüro" in message.subject

    def test_the_department_cannot_approve_or_publish(self, client, submitted, roles):
        state = WorkflowState.objects.get(base_content_type__model="office", object_id=str(submitted.pk))
        url = reverse(f"{OFFICES}:workflow_action", args=[submitted.pk, "approve", state.current_task_state.pk])
        client.post(url, {"comment": ""})
        office = Office.objects.get(pk=submitted.pk)
        client.post(reverse(f"{OFFICES}:edit", args=[office.pk]), office_form(office, "action-publish",
                                                                               accessibility="Direkt live?"))
        office.refresh_from_db()
        assert "Neuer Aufzug" not in office.accessibility and "Direkt live?" not in office.accessibility
        assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_IN_PROGRESS

    def test_redaktion_approves_and_the_public_page_shows_it(
        self, client, submitted, roles, db_worker, django_capture_on_commit_callbacks
    ):
        db_worker()
        mail.outbox.clear()
        state = WorkflowState.objects.get(base_content_type__model="office", object_id=str(submitted.pk))
        client.force_login(roles.user("redaktion"))
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse(f"{OFFICES}:workflow_action", args=[submitted.pk, "approve", state.current_task_state.pk]),
                {"comment": "Passt."},
            )
        assert response.status_code in (200, 302)
        office = Office.objects.get(pk=submitted.pk)
        assert office.live and not office.has_unpublished_changes
        assert office.accessibility == "Neuer Aufzug am Eingang B."
        assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_APPROVED
        db_worker()
        assert roles.user("buergerbuero").email in {a for m in mail.outbox for a in m.to}
        client.logout()
        assert "Neuer Aufzug am Eingang B." in public_office_page(client, office).content.decode()

    def test_a_new_office_is_not_public_until_published(self, client, town, roles, directory):
        client.force_login(roles.user("redaktion"))
        draft = Office(locale=town.office.locale, name="Wertstoffhof", street="Am Hof 1", postcode="12345",
                       city="Musterstadt", owner_group=roles.group(ABFALL))
        response = client.post(reverse(f"{OFFICES}:add"), office_form(draft, None))  # "Save draft"
        assert response.status_code == 302
        office = Office.objects.get(name="Wertstoffhof")
        assert not office.live
        client.logout()
        directory_page = client.get(directory.url).content.decode()
        assert "Wertstoffhof" not in directory_page
        assert client.get(directory.url + f"{office.slug}/").status_code == 404
        service = town.service("hund")
        service.responsible_offices.create(office=office)
        assert "Wertstoffhof" not in client.get(service.url).content.decode()
        office.save_revision().publish()
        assert "Wertstoffhof" in client.get(directory.url).content.decode()  # the cache was purged
        assert client.get(directory.url + f"{office.slug}/").status_code == 200

    def test_a_translator_cannot_publish_or_unpublish_the_german_office(self, client, town, roles):
        office = town.office
        client.force_login(roles.user("uebersetzung"))
        client.post(reverse(f"{OFFICES}:edit", args=[office.pk]), office_form(office, "action-publish", phone="0"))
        assert client.post(reverse(f"{OFFICES}:unpublish", args=[office.pk])).status_code in (302, 403)
        office.refresh_from_db()
        assert office.live and office.phone != "0"

    def test_the_translation_still_syncs_and_reports(self, town, roles):
        """wagtail-localize and core.facts on a draft-state snippet: the English office follows a
        published German change of its facts and stays live."""
        german = town.office
        english = german.get_translation(Locale.objects.get(language_code="en"))
        assert english.live
        german.phone = "+49 1234 99"
        german.save_revision().publish()
        english.refresh_from_db()
        assert english.phone == "+49 1234 99" and english.live

    def test_an_english_office_not_published_leaves_the_german_one_on_english_pages(self, client, town, roles):
        """A translator's English office that is unpublished (or was never published) is not shown;
        the English service page names the German office instead of no office at all."""
        german = town.office
        english = german.get_translation(Locale.objects.get(language_code="en"))
        key = next(iter(town.services_pks))
        page = town.service(key, "en")
        provider = '"provider": {"@type": "GovernmentOrganization", "name": "%s"'
        assert provider % "Citizens' Office" in client.get(page.url).content.decode()
        english.unpublish()
        text = client.get(page.url).content.decode()
        assert provider % "Citizens' Office" not in text
        assert provider % "Bürgerbüro" in text


class TestAlerts:
    def test_redaktion_publishes_an_alert_and_it_is_shown(self, client, town, roles):
        client.force_login(roles.user("redaktion"))
        response = client.post(reverse(f"{ALERTS}:add"), alert_form("action-publish"))
        assert response.status_code == 302, response.content.decode()[:2000]
        alert = Alert.objects.get(title="Sturmwarnung")
        assert alert.live
        listing = client.get(reverse(f"{ALERTS}:list"))
        assert listing.status_code == 200 and "Sturmwarnung" in listing.content.decode()
        client.logout()
        assert "Parks geschlossen." in client.get(town.home.url).content.decode()

    def test_a_draft_alert_is_not_shown(self, client, town, roles):
        client.force_login(roles.user("redaktion"))
        assert client.post(reverse(f"{ALERTS}:add"), alert_form(None)).status_code == 302
        assert not Alert.objects.get(title="Sturmwarnung").live
        client.logout()
        assert "Parks geschlossen." not in client.get(town.home.url).content.decode()

    def test_an_alert_scheduled_for_later_is_shown_from_its_time(self, client, town, roles):
        go_live = timezone.now() + timedelta(hours=2)
        client.force_login(roles.user("redaktion"))
        response = client.post(
            reverse(f"{ALERTS}:add"),
            alert_form("action-publish", go_live_at=timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M")),
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        alert = Alert.objects.get(title="Sturmwarnung")
        assert not alert.live  # scheduled: Wagtail publishes it at go-live
        client.logout()
        assert "Parks geschlossen." not in client.get(town.home.url).content.decode()
        with freeze_time(go_live + timedelta(minutes=1)):
            call_command("publish_scheduled")
            assert Alert.objects.get(pk=alert.pk).live
            assert "Parks geschlossen." in client.get(town.home.url).content.decode()

    def test_an_expired_alert_is_not_shown(self, client, town, roles):
        alert = Alert.objects.create(locale=Locale.objects.get(language_code="de"), title="Alt", text="Vorbei.",
                                     starts_at=timezone.now() - timedelta(days=2),
                                     ends_at=timezone.now() - timedelta(days=1))
        assert alert.live and alert.expire_at < timezone.now()
        assert "Vorbei." not in client.get(town.home.url).content.decode()

    def test_a_department_cannot_change_alerts(self, client, roles):
        client.force_login(roles.user("buergerbuero"))
        assert client.post(reverse(f"{ALERTS}:add"), alert_form("action-publish")).status_code in (302, 403)
        assert not Alert.objects.filter(title="Sturmwarnung").exists()
