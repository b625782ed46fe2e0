"""The editor's side: the page form refuses a press release without an embargo, and publishing one
with an embargo ahead only schedules it (through Wagtail's real admin views)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from news.models import NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktion", "redaktion@example.org", "pw-for-tests-only")
    client.force_login(user)
    return client


def article_form(slug, **fields):
    return nested_form_data(
        {
            "title": "Pressemitteilung aus dem Rathaus",
            "slug": slug,
            "kind": "press",
            "date": timezone.localdate().isoformat(),
            "teaser": "Die Stadt teilt mit.",
            "image_alt": "",
            "image_caption": "",
            "body": streamfield([]),
            "press_contact_name": "Pressestelle",
            "press_contact_phone": "",
            "press_contact_email": "presse@musterstadt.example",
            "tags": "",
            "category_links": inline_formset([]),
            "service_links": inline_formset([]),
            "lebenslage_links": inline_formset([]),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "listing_summary": "",
            "go_live_at": "",
            "expire_at": "",
            "action-publish": "publish",
            **fields,
        }
    )


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk))


def test_a_press_release_without_embargo_is_refused(editor, news):
    response = editor.post(add_url(news.index), article_form("ohne-sperrfrist"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Eine Pressemitteilung braucht eine Sperrfrist" in html  # the admin speaks German here
    assert not NewsPage.objects.filter(slug="ohne-sperrfrist").exists()


def test_publishing_before_the_embargo_only_schedules(editor, client, news):
    embargo = timezone.localtime() + timedelta(days=2)
    data = article_form(
        "mit-sperrfrist",
        go_live_at=embargo.strftime("%Y-%m-%d %H:%M"),
        date=embargo.date().isoformat(),
    )
    response = editor.post(add_url(news.index), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = NewsPage.objects.get(slug="mit-sperrfrist")
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is not None
    client.logout()
    assert client.get("/de/aktuelles/mit-sperrfrist/").status_code == 404


def test_news_with_a_back_date_publishes_at_once(editor, news):
    data = article_form("meldung", kind="news", date=(timezone.localdate() - timedelta(days=1)).isoformat())
    response = editor.post(add_url(news.index), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert NewsPage.objects.get(slug="meldung").live
