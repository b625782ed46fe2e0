"""The editors' side: every page type and snippet opens in the admin; translators can translate."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from services.models import ServicePage


@pytest.mark.demo
@pytest.mark.django_db
def test_every_page_type_opens_in_the_editor(admin_client):
    """Smoke test of the demo, which has a page of every type."""
    seen = set()
    for page in Page.objects.filter(depth__gt=1).specific():
        if type(page) in seen:
            continue
        seen.add(type(page))
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, type(page).__name__
    assert len(seen) >= 6


@pytest.mark.django_db
def test_service_editor_groups_fields_in_tabs(admin_client, town):
    html = admin_client.get(f"/admin/pages/{town.service('personalausweis').pk}/edit/").content.decode()
    for tab in ["Erscheinungsbild", "Was und wie", "Zugang und Zuständigkeit", "Hilfe", "Status"]:
        assert tab in html


@pytest.mark.django_db
def test_office_snippet_opens_and_lists(admin_client, town):
    assert admin_client.get("/admin/snippets/services/office/").status_code == 200
    assert admin_client.get(f"/admin/snippets/services/office/edit/{town.office.pk}/").status_code == 200


@pytest.mark.django_db
def test_english_page_is_edited_through_wagtail_localize(admin_client, town):
    english = town.service("personalausweis", "en")
    html = admin_client.get(f"/admin/pages/{english.pk}/edit/").content.decode()
    # wagtail-localize replaces the editor of a synced translation with its translation editor.
    assert "wagtail-localize" in html or "translation-editor" in html or "w-translation" in html


@pytest.mark.demo
@pytest.mark.django_db
def test_seed_demo_generates_services_in_both_languages(django_capture_on_commit_callbacks):
    # wagtail-localize publishes translations when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", "--no-admin", "--services", "3", stdout=io.StringIO())
    generated = ServicePage.objects.filter(slug__startswith="generiert-")
    assert generated.count() == 3
    for page in generated:
        english = page.get_translations().get(locale__language_code="en")
        assert english.live and english.title.startswith(("Apply", "Renew", "Change"))
        assert page.lebenslage_links.exists()
