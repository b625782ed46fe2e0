"""The translators' report sorted by visits: the oldest first and, among those out of date since
the same day, the most visited; ?sort=visits the most visited first; a bad value refused."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from cms.models import StandardPage
from tests.factories.cms import StandardPageFactory
from tests.factories.translation import translate
from translation_status.models import TranslationState
from visits.models import DailyVisits

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("town")]

REPORT = "/admin/reports/translation-status/"


@pytest.fixture
def admin_client(client, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    return client


def outdated_page(town, title, text):
    page = StandardPageFactory(parent=town.home, title=title, intro=text)
    english = translate(page, {title: f"EN {title}", text: f"EN {text}"})
    page = StandardPage.objects.get(pk=page.pk)
    page.intro = text + " Neu."
    page.save_revision().publish()
    return page, english


@pytest.fixture
def pages(town):
    """Three out-of-date pages: two since yesterday, one since last week; visits of the last 30 days
    (German and English together) 5, 40 and 12, and 1,000 visits 40 days ago that no longer count."""
    today = timezone.localdate()
    now = timezone.now()
    made = {}
    for key, title, stale, visits in (
        ("quiet", "Altpapier", now - datetime.timedelta(days=1), [(0, 5, "de")]),
        ("busy", "Biotonne", now - datetime.timedelta(days=1, hours=2), [(0, 30, "de"), (3, 10, "en")]),
        ("old", "Sperrmüll", now - datetime.timedelta(days=7), [(1, 12, "de"), (40, 1000, "de")]),
    ):
        german, english = outdated_page(town, title, f"Text zu {title}.")
        TranslationState.objects.filter(translation_key=german.translation_key).update(stale_since=stale)
        for days_ago, count, language in visits:
            page = german if language == "de" else english
            DailyVisits.objects.create(
                day=today - datetime.timedelta(days=days_ago), path=page.url, language=language, page=page, count=count
            )
        made[key] = german
    return made


def order_in(html, *titles):
    return sorted(titles, key=html.index)


def test_the_oldest_first_and_the_most_visited_among_the_same_day(admin_client, pages):
    html = admin_client.get(REPORT).content.decode()
    assert order_in(html, "Altpapier", "Biotonne", "Sperrmüll") == ["Sperrmüll", "Biotonne", "Altpapier"]
    assert "Visits (30 days)" in html


def test_most_visited_first(admin_client, pages):
    response = admin_client.get(REPORT, {"sort": "visits"})
    assert response.status_code == 200
    html = response.content.decode()
    assert order_in(html, "Altpapier", "Biotonne", "Sperrmüll") == ["Biotonne", "Sperrmüll", "Altpapier"]
    assert "Most visited (last 30 days)" in html  # the choice, among the filters
    oldest = admin_client.get(REPORT, {"sort": "oldest"}).content.decode()
    assert order_in(oldest, "Altpapier", "Biotonne", "Sperrmüll") == ["Sperrmüll", "Biotonne", "Altpapier"]


def test_the_csv_has_the_visits_in_the_chosen_order(admin_client, pages):
    response = admin_client.get(REPORT, {"export": "csv", "sort": "visits"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    column = rows[0].index("Visits (30 days)")
    found = [(row[0], row[column]) for row in rows[1:] if row[0] in ("Altpapier", "Biotonne", "Sperrmüll")]
    assert found == [("Biotonne", "40"), ("Sperrmüll", "12"), ("Altpapier", "5")]


@pytest.mark.parametrize("bad", ["popular", "visits;drop", "VISITS", "1"])
def test_an_unknown_sort_is_refused_with_a_message(admin_client, pages, bad):
    response = admin_client.get(REPORT, {"sort": bad, "status": "outdated"})
    assert response.status_code == 302
    assert response["Location"] == f"{REPORT}?status=outdated"
    page = admin_client.get(response["Location"]).content.decode()
    assert "“sort” must be “oldest” or “visits”." in page
    export = admin_client.get(REPORT, {"sort": bad, "export": "csv"})
    assert export.status_code == 302 and export["Location"] == REPORT


def test_the_refusal_in_german(client, admin_user, pages):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(admin_user)
    page = client.get(REPORT, {"sort": "beliebt"}, follow=True).content.decode()
    assert "„sort“ muss „oldest“ oder „visits“ sein." in page
    assert "Besuche (30 Tage)" in page


def test_the_home_panel_shows_the_visits(admin_client, pages):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html[html.index("Translations to update") :]
    assert order_in(panel, "Altpapier", "Biotonne", "Sperrmüll") == ["Sperrmüll", "Biotonne", "Altpapier"]
    assert "Visits (30 days)" in panel and ">40<" in panel
