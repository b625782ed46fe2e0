"""`seed_demo` is safe to run again: it updates, never duplicates."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Site

from services.models import ServicePage


@pytest.mark.django_db
def test_seed_demo_twice_adds_nothing():
    before = sorted(Page.objects.values_list("locale__language_code", "url_path"))
    call_command("seed_demo", "--no-admin", stdout=io.StringIO())
    after = sorted(Page.objects.values_list("locale__language_code", "url_path"))
    assert before == after
    assert Site.objects.count() == 1


@pytest.mark.django_db
def test_seed_demo_prints_the_admin_login():
    out = io.StringIO()
    call_command("seed_demo", "--admin-user", "redaktion", "--admin-password", "pw-for-test-only", stdout=out)
    assert "user: redaktion" in out.getvalue() and "password: pw-for-test-only" in out.getvalue()
    user = get_user_model().objects.get(username="redaktion")
    assert user.is_superuser and user.check_password("pw-for-test-only")


@pytest.mark.django_db
def test_every_german_page_has_a_live_english_translation():
    for page in Page.objects.filter(locale__language_code="de", depth__gt=1):
        if not page.live and page.go_live_at and page.go_live_at > timezone.now():
            # Scheduled for later (the demo's embargoed press release): its translation waits with it.
            assert not page.get_translations().filter(locale__language_code="en", live=True).exists(), page.url_path
            continue
        assert page.get_translations().filter(locale__language_code="en", live=True).exists(), page.url_path


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
