"""Nothing personal is ever stored or offered to a shared cache; conditional requests and HEAD."""

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.urls import path
from freezegun import freeze_time

from onlineforms.models import FormField, FormIndexPage, FormPage

pytestmark = pytest.mark.django_db


def assert_not_shared(response):
    assert response["X-Cache"] == "bypass"
    assert "private" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert not response.has_header("X-Accel-Expires")


@pytest.fixture
def service_url(town):
    return town.service("personalausweis").url


@freeze_time("2026-12-08 09:00:00")  # a Tuesday, 10:00 in Berlin: no office opens or closes, no day ends within the hour
def test_a_cacheable_answer_says_so_to_browsers_and_the_front_cache(visitor, service_url):
    response = visitor.get(service_url)
    control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "public" in control and "max-age=0" in control
    max_age = next(int(part.split("=")[1]) for part in control if part.startswith("s-maxage="))
    assert 3500 < max_age <= 3600 and int(response["X-Accel-Expires"]) == max_age
    assert response["ETag"].startswith('"') and response.has_header("Last-Modified")
    assert "Cookie" not in response.get("Vary", "")
    assert not response.cookies


def test_conditional_requests_get_304_from_the_cache(visitor, service_url):
    first = visitor.get(service_url)
    etag, modified = first["ETag"], first["Last-Modified"]
    again = visitor.get(service_url, if_none_match=etag)
    assert again.status_code == 304 and again["X-Cache"] == "hit" and again.content == b""
    assert again["ETag"] == etag and "s-maxage" in again["Cache-Control"]
    assert visitor.get(service_url, if_modified_since=modified).status_code == 304
    assert visitor.get(service_url, if_none_match='"something-else"').status_code == 200


def test_head_is_answered_from_the_get_entry(visitor, client, service_url):
    body = visitor.get(service_url).content
    head = client.head(service_url)
    assert head.status_code == 200 and head["X-Cache"] == "hit" and head.content == b""
    assert int(head["Content-Length"]) == len(body)


def test_a_logged_in_editor_is_never_served_nor_stored(visitor, client, service_url):
    visitor.get(service_url)  # stored for anonymous visitors
    editor = User.objects.create_superuser("redaktion", "r@example.org", "pw-for-tests-only")
    client.force_login(editor)
    response = client.get(service_url)
    assert_not_shared(response)
    assert "no-store" in response["Cache-Control"]
    assert b"wagtail-userbar" in response.content or b"userbar" in response.content  # the editor's own page
    client.logout()
    client.cookies.clear()
    anonymous = visitor.get(service_url)
    assert anonymous["X-Cache"] == "hit" and b"userbar" not in anonymous.content


def test_a_visitor_with_a_session_is_not_served_from_the_cache(visitor, client, service_url):
    visitor.get(service_url)
    client.cookies["sessionid"] = "some-session"
    assert_not_shared(client.get(service_url))


@pytest.fixture
def form_page(town):
    index = town.home.add_child(instance=FormIndexPage(title="Online-Dienste", slug="online-dienste"))
    form = index.add_child(instance=FormPage(title="Kontakt", slug="kontakt", office_email="buero@example.org"))
    FormField.objects.create(page=form, locale=form.locale, label="Ihr Name", field_type="singleline", required=True)
    return form


def test_a_form_with_its_csrf_token_is_never_stored(visitor, form_page):
    for _ in range(2):
        response = visitor.get(form_page.url)
        assert response.status_code == 200 and b"csrfmiddlewaretoken" in response.content
        assert_not_shared(response)
        assert "no-store" in response["Cache-Control"]
    index = visitor.get(form_page.get_parent().url)  # the list of forms has no token: stored
    assert index["X-Cache"] == "miss"


def test_a_post_is_never_answered_from_the_cache(visitor, client, service_url):
    visitor.get(service_url)
    response = client.post(service_url, {})
    assert response.get("X-Cache") in (None, "bypass")


def set_cookie_view(request):
    response = HttpResponse("<p>hello</p>", content_type="text/html")
    response.set_cookie("tracking", "1")
    return response


def plain_view(request):
    return HttpResponse("<p>plain</p>", content_type="text/html")


urlpatterns = i18n_patterns(path("cookie/", set_cookie_view), path("plain/", plain_view))


@pytest.mark.urls("tests.pagecache.test_never_shared")
def test_an_answer_that_sets_a_cookie_is_never_stored(visitor):
    for _ in range(2):
        response = visitor.get("/de/cookie/")
        assert_not_shared(response)
        assert response.cookies["tracking"].value == "1"
    assert visitor.status("/de/plain/") == "miss" and visitor.status("/de/plain/") == "hit"


@pytest.mark.urls("tests.pagecache.test_never_shared")
def test_unknown_query_parameters_are_not_stored_and_known_ones_are_bounded(visitor, settings):
    assert visitor.status("/de/plain/?utm_source=x") == "bypass"
    assert visitor.status("/de/plain/?utm_source=x") == "bypass"
    settings.PAGECACHE_MAX_VARIANTS = 3
    statuses = [visitor.status(f"/de/plain/?page={n}") for n in range(6)]
    assert statuses == ["miss", "miss", "miss", "bypass", "bypass", "bypass"]
    assert visitor.status("/de/plain/?page=1") == "hit"
    assert visitor.status("/de/plain/") == "miss"


def test_a_preview_is_never_stored(visitor, client, town, service_url):
    editor = User.objects.create_superuser("vorschau", "v@example.org", "pw-for-tests-only")
    client.force_login(editor)
    service = town.service("personalausweis")
    response = client.get(f"/admin/pages/{service.pk}/edit/preview/")
    assert response.status_code in (200, 405)
    assert "X-Cache" not in response  # outside the language prefix: the cache never looks at it
    client.logout()
    client.cookies.clear()
    assert visitor.status(service_url) == "miss"


def test_not_found_and_redirects_are_not_stored(visitor):
    assert visitor.get("/de/gibt-es-nicht/").status_code == 404
    assert visitor.status("/de/gibt-es-nicht/") == "bypass"
    assert visitor.status("/de/gibt-es-nicht") == "bypass"  # the slash redirect


def test_search_results_are_rendered_every_time(visitor, town):
    assert visitor.status("/de/search/?q=Hund") == "bypass"
    assert visitor.status("/de/search/?q=Hund") == "bypass"


def test_with_the_cache_off_every_request_renders_but_headers_stay(visitor, settings, service_url):
    settings.PAGECACHE_ENABLED = False
    first, second = visitor.get(service_url), visitor.get(service_url)
    assert first["X-Cache"] == second["X-Cache"] == "off"
    assert "s-maxage" in second["Cache-Control"] and second.has_header("ETag")
