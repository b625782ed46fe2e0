"""The editors' report: who may see it, what it shows, and its CSV exports."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import Locale

from feedback.models import ReviewTask, Vote

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/feedback/"


def admin_user(django_user_model, name, *permissions):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


@pytest.fixture
def votes(town):
    de, en = Locale.objects.get(language_code="de"), Locale.objects.get(language_code="en")
    hund, hund_en = town.service("hund"), town.service("hund", "en")
    now = timezone.now()

    def vote(page, locale, helpful, days_ago, comment=""):
        made = Vote.objects.create(
            translation_key=page.translation_key, page=page, locale=locale, helpful=helpful, comment=comment
        )
        Vote.objects.filter(pk=made.pk).update(created_at=now - timedelta(days=days_ago))

    vote(hund, de, True, 40)
    vote(hund, de, True, 35)
    vote(hund_en, en, False, 5, "=HYPERLINK(\"http://evil.example\")")
    vote(hund, de, False, 2, "Die Gebühr fehlt.")
    vote(town.lebenslage("umzug"), de, True, 200)
    return hund


def test_report_needs_the_permission(client, django_user_model, town, votes):
    client.force_login(admin_user(django_user_model, "plain"))
    for url in (REPORT, f"{REPORT}?export=csv", f"{REPORT}{votes.translation_key}/", f"{REPORT}{votes.translation_key}/?export=csv"):
        response = client.get(url)
        # Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard and a message.
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url
    client.logout()
    assert client.get(REPORT).status_code == 302  # to the login


def test_editors_group_may_read_the_report(client, django_user_model, town, votes):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    response = client.get(REPORT)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Hund anmelden" in body
    assert "Die Gebühr fehlt." in body
    assert "Umzug" not in body  # older than the default period (90 days)
    assert "Umzug" in client.get(f"{REPORT}?period=all").content.decode()
    assert client.get(f"{REPORT}?period=bogus").status_code == 200  # falls back to the default


def test_report_shows_score_and_trend_of_both_languages(client, django_user_model, town, votes):
    client.force_login(admin_user(django_user_model, "reader", "view_vote"))
    response = client.get(REPORT)
    assert response.status_code == 200
    row = next(r for r in response.context["rows"] if r.translation_key == votes.translation_key)
    assert (row.votes, row.helpful, row.comments) == (4, 2, 2)
    assert row.score == 0.5
    assert row.recent == (2, 0) and row.previous == (2, 2)
    assert row.trend == -100
    assert row.title == "Hund anmelden"


def test_csv_export_is_formula_safe(client, django_user_model, town, votes):
    client.force_login(admin_user(django_user_model, "reader", "view_vote"))
    response = client.get(f"{REPORT}?export=csv&period=all")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    # The admin speaks the site's language (German) to a user without a language preference.
    assert rows[0][:6] == ["Seite", "Art", "Zuständiger Fachbereich", "Bewertungen", "Hilfreich", "Anteil hilfreich (%)"]
    hund = next(r for r in rows if r[0] == "Hund anmelden")
    assert hund[3:6] == ["4", "2", "50"]
    assert hund[8] == "-100"
    assert any(r[0] == "Umzug" for r in rows)

    detail = client.get(f"{REPORT}{votes.translation_key}/?export=csv")
    comments = list(csv.reader(io.StringIO(detail.content.decode("utf-8-sig"))))
    assert comments[0] == ["Abgegeben am", "Sprache", "Hilfreich", "Kommentar"]
    texts = [r[3] for r in comments[1:]]
    assert "'=HYPERLINK(\"http://evil.example\")" in texts
    assert "Die Gebühr fehlt." in texts
    assert {r[1] for r in comments[1:]} == {"de", "en"}


def test_detail_page_and_resolving_a_task(client, django_user_model, town, votes):
    task = ReviewTask.objects.create(translation_key=votes.translation_key, reason="1 of 4", votes=4, score=0.25)
    reader = admin_user(django_user_model, "reader", "view_vote")
    client.force_login(reader)
    detail = client.get(f"{REPORT}{votes.translation_key}/")
    assert detail.status_code == 200
    assert "Die Gebühr fehlt." in detail.content.decode()
    assert "1 of 4" in client.get(REPORT).content.decode()
    assert client.post(f"{REPORT}tasks/{task.pk}/resolve/")["Location"] == "/admin/"
    task.refresh_from_db()
    assert task.resolved_at is None
    client.force_login(admin_user(django_user_model, "resolver", "view_vote", "change_reviewtask"))
    resolved = client.post(f"{REPORT}tasks/{task.pk}/resolve/")
    assert resolved["Location"] == f"{REPORT}{votes.translation_key}/"
    task.refresh_from_db()
    assert task.resolved_at is not None
    assert client.get(f"{REPORT}00000000-0000-0000-0000-000000000000/").status_code == 404


def test_menu_item_only_with_the_permission(client, django_user_model, town):
    client.force_login(admin_user(django_user_model, "plain"))
    assert REPORT not in client.get("/admin/").content.decode()
    client.force_login(admin_user(django_user_model, "reader", "view_vote"))
    assert REPORT in client.get("/admin/").content.decode()
