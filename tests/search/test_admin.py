"""Editors' side: synonyms as a snippet, the daily search report and the zero-results report."""

import pytest
from django.utils import timezone

from search.models import QueryLog, Synonym

pytestmark = pytest.mark.django_db


def test_synonyms_are_managed_as_snippets(admin_client):
    response = admin_client.get("/admin/snippets/search/synonym/add/")
    assert response.status_code == 200
    response = admin_client.post(
        "/admin/snippets/search/synonym/add/", {"language": "de", "terms": "Knolle, Strafzettel", "note": ""}
    )
    assert response.status_code == 302
    assert Synonym.objects.filter(terms="Knolle, Strafzettel").exists()


def test_daily_report_and_zero_results_report(admin_client):
    today = timezone.localdate()
    QueryLog.objects.create(date=today, language="de", query="perso", count=7, results=4)
    QueryLog.objects.create(date=today, language="de", query="xylofonreparatur", count=3, results=0)
    daily = admin_client.get("/admin/reports/search-terms/").content.decode()
    assert "perso" in daily and "xylofonreparatur" in daily
    zero = admin_client.get("/admin/reports/search-no-results/").content.decode()
    assert "xylofonreparatur" in zero and ">perso<" not in zero
    export = admin_client.get("/admin/reports/search-no-results/?export=csv")
    assert b"xylofonreparatur" in b"".join(export.streaming_content)


def test_reports_are_listed_for_editors_with_permission_only(client, admin_client, django_user_model):
    menu = admin_client.get("/admin/reports/search-terms/").content.decode()
    assert "Searches without results" in menu or "Suchen ohne Ergebnis" in menu
    user = django_user_model.objects.create_user("editor", password="pw")
    client.force_login(user)
    assert client.get("/admin/reports/search-terms/").status_code in (302, 403)
