"""The translators' dashboard: the admin home panel and the report with its CSV export, each row
linking into wagtail-localize's editor; only for users who may edit English pages."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.users.models import UserProfile

from cms.models import StandardPage
from tests.factories.cms import StandardPageFactory
from tests.factories.translation import translate
from translation_status.models import TranslationState

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("town")]

REPORT = "/admin/reports/translation-status/"


def user_with(django_user_model, *, english_pages=False, german_pages=False, language="en"):
    user = django_user_model.objects.create_user(username=f"u{english_pages}{german_pages}{language}", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    group = Group.objects.create(name=f"g-{user.username}")
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    for code, wanted in (("en", english_pages), ("de", german_pages)):
        if wanted:
            root = Page.objects.get(depth=2, locale=Locale.objects.get(language_code=code))
            GroupPagePermission.objects.create(group=group, page=root, permission=change)
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def admin_client(client, admin_user):
    """A superuser with the admin in English (the project's default language is German)."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    return client


@pytest.fixture
def outdated(town):
    page = StandardPageFactory(parent=town.home, title="Altpapier", intro="Die blaue Tonne wird alle vier Wochen geleert.")
    english = translate(page, {"Altpapier": "Waste paper", "Die blaue Tonne wird alle vier Wochen geleert.": "=Every four weeks."})
    page = StandardPage.objects.get(pk=page.pk)
    page.intro = "Die blaue Tonne wird alle zwei Wochen geleert."
    page.save_revision().publish()
    return page, english


@pytest.fixture
def untranslated(town):
    return StandardPageFactory(parent=town.home, title="=Glascontainer", intro="Weißglas, Grünglas, Braunglas.")


def test_report_lists_out_of_date_first_with_links_into_the_editor(admin_client, outdated, untranslated):
    page, english = outdated
    response = admin_client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Translation status" in html
    assert "Altpapier" in html and "=Glascontainer" in html
    assert html.index("Altpapier") < html.index("=Glascontainer")  # out of date before never translated
    assert reverse("wagtailadmin_pages:edit", args=[english.pk]) in html  # wagtail-localize's editor
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html  # the German original
    assert reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk]) in html


def test_report_filters(admin_client, outdated, untranslated):
    only_outdated = admin_client.get(REPORT, {"status": "outdated"}).content.decode()
    assert "Altpapier" in only_outdated and "=Glascontainer" not in only_outdated
    only_new = admin_client.get(REPORT, {"status": "untranslated", "kind": "page"}).content.decode()
    assert "=Glascontainer" in only_new and "Altpapier" not in only_new
    snippets = admin_client.get(REPORT, {"kind": "snippet"}).content.decode()
    assert "Altpapier" not in snippets
    # A made-up value is a form error, not a 500.
    assert admin_client.get(REPORT, {"status": "nonsense"}).status_code == 200


def test_csv_export(admin_client, outdated, untranslated):
    page, english = outdated
    response = admin_client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:4] == ["German original", "Type", "Language", "State"]
    altpapier = next(row for row in rows if row[0] == "Altpapier")
    assert altpapier[2:4] == ["en", "Out of date"]
    assert altpapier[5] == "1"  # changed strings
    assert altpapier[-1] == f"http://testserver{reverse('wagtailadmin_pages:edit', args=[english.pk])}"
    glas = next(row for row in rows if "Glascontainer" in row[0])
    assert glas[0] == "'=Glascontainer"  # a formula never reaches the spreadsheet
    assert glas[3] == "Never translated"


def test_report_and_panel_need_english_edit_rights(client, django_user_model, outdated):
    german_editor = user_with(django_user_model, german_pages=True)
    client.force_login(german_editor)
    response = client.get(REPORT)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert client.get(REPORT, {"export": "csv"}).status_code == 302
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Translations to update" not in home
    assert REPORT not in home

    client.logout()
    assert client.get(REPORT).status_code == 302  # to the login
    translator = user_with(django_user_model, english_pages=True)
    client.force_login(translator)
    assert client.get(REPORT).status_code == 200


def test_panel_on_the_admin_home_page(client, django_user_model, outdated):
    page, english = outdated
    client.force_login(user_with(django_user_model, english_pages=True))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Translations to update" in html
    assert "1 translation is out of date." in html
    assert "Altpapier" in html
    assert reverse("wagtailadmin_pages:edit", args=[english.pk]) in html
    assert REPORT in html


def test_admin_in_german(client, django_user_model, outdated):
    client.force_login(user_with(django_user_model, english_pages=True, language="de"))
    report = client.get(REPORT).content.decode()
    assert "Übersetzungsstand" in report
    assert "Veraltet" in report
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Zu aktualisierende Übersetzungen" in home
    assert TranslationState.objects.filter(status="outdated").exists()
