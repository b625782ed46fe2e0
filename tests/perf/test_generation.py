"""The in-process caches (sites, locales, home pages, private sections, site settings, alerts) follow
a generation kept in the default cache: a change saved in another process reaches this one.

The other process is a real one: a subprocess on the same file-based cache gives the generation a
new value (as its save signal would). Until then this process keeps its copy; afterwards it reads
the database again."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from core import sitecache
from tests.queries import count_queries

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def file_cache(settings, tmp_path):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path)}
    }
    return tmp_path


def bump_in_another_process(location):
    """A separate Python process, on the same cache, announces a change."""
    script = textwrap.dedent(
        f"""
        import django
        from django.conf import settings
        django.setup()
        settings.CACHES = {{"default": {{"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                                        "LOCATION": {str(location)!r}}}}}
        from core import sitecache
        sitecache._set_new_generation()  # what every save does (bump), minus the on-commit repeat
        """
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True, timeout=120)


@pytest.mark.django_db
def test_a_change_announced_by_another_process_reaches_this_one(client, town, file_cache):
    page = town.service("hund")
    assert client.get(page.url).status_code == 200
    # A private section, written without this process hearing of it (bulk_create sends no signal),
    # as if another server had saved it.
    restriction = PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.bulk_create([restriction])
    assert client.get(page.url).status_code == 200, "this process still holds its copy"

    before = sitecache.generation()
    bump_in_another_process(file_cache)
    assert sitecache.generation() != before

    assert client.get(page.url).status_code == 302  # to the login: the private section is seen now


@pytest.mark.django_db
def test_a_save_here_renews_the_copy_at_once(client, town):
    page = town.service("hund")
    assert client.get(page.url).status_code == 200
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS).groups.set(
        [Group.objects.create(name="Redaktion intern")]
    )
    assert client.get(page.url).status_code == 302


@pytest.mark.django_db
def test_the_generation_is_read_once_per_request(client, town, settings):
    """One cache read per request for the generation, however many in-process caches are asked."""
    page = town.service("hund")
    client.get(page.url)
    reads = []
    real_get = sitecache.cache.get

    def counting_get(key, *args, **kwargs):
        if key == sitecache.GENERATION_KEY:
            reads.append(key)
        return real_get(key, *args, **kwargs)

    sitecache.cache.get = counting_get
    try:
        assert client.get(page.url).status_code == 200
    finally:
        del sitecache.cache.get
    assert len(reads) == 1


@pytest.mark.django_db
def test_queries_after_a_change_come_back_down(client, town):
    """A change costs each process one rebuild, then the page is as cheap as before."""
    page = town.service("hund")
    before = count_queries(client, page.url)
    sitecache.bump()
    assert count_queries(client, page.url) == before
