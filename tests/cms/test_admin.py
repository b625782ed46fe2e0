"""The editors' side: every page type and snippet opens in the admin; translators can translate."""


import pytest
from wagtail.models import Page


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
    for tab in ["Identität", "Was und wie", "Zugang und Zuständigkeit", "Hilfe", "Status"]:
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
