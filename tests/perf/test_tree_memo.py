"""What a page shows of the page tree (its translations, ancestors and menu; the page an address
leads to; the services a Lebenslage lists; the Lebenslagen a service belongs to) is kept in each
process until the tree changes (core.sitecache.GenerationMemo, tree_memo). These tests warm those
copies, change the tree, and read the page again over HTTP: it must show the change at once, in
this process and, after another process announced it, here too. The full-page cache is off
(tests/perf/conftest.py), so every answer is rendered."""

import datetime
import time

import pytest
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.test import RequestFactory
from freezegun import freeze_time
from wagtail.documents import get_document_model
from wagtail.models import Site
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY

from core import routing, sitecache
from lebenslagen.models import LebenslageService
from pagecache import recording
from tests.factories.services import make_service
from tests.perf.test_generation import bump_in_another_process, file_cache  # noqa: F401 (fixture)
from tests.queries import capture_queries, count_queries


def _warm(client, url, times=2):
    for _ in range(times):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_a_lebenslage_that_starts_listing_a_service_shows_it_at_once(client, town):
    lebenslage = town.lebenslage("hund-haustier")
    service = town.service("fundsachen")
    _warm(client, lebenslage.url)
    _warm(client, service.url)
    assert service.title not in client.get(lebenslage.url).content.decode()

    LebenslageService.objects.create(page=lebenslage, service=service, sort_order=5)
    lebenslage.save_revision().publish()

    assert service.url in client.get(lebenslage.url).content.decode()
    # and the service's own page lists the Lebenslage among its life situations
    assert lebenslage.url in client.get(service.url).content.decode()


@pytest.mark.django_db
def test_a_renamed_address_leads_to_the_page_at_once(client, town):
    service = town.service("fundsachen")
    old_url = service.url
    _warm(client, old_url)

    service.slug = "fundbuero"
    service.save_revision().publish()
    service.refresh_from_db()

    assert client.get(old_url).status_code == 404
    assert client.get(service.url).status_code == 200
    assert service.url.endswith("/fundbuero/")


@pytest.mark.django_db
def test_an_unpublished_translation_leaves_the_language_switcher_at_once(client, town):
    german = town.service("fundsachen")
    english = town.service("fundsachen", "en")
    _warm(client, german.url)
    assert english.url in client.get(german.url).content.decode()

    english.unpublish()

    assert english.url not in client.get(german.url).content.decode()


@pytest.mark.django_db
def test_a_change_written_by_another_process_is_shown_after_it_announces_it(client, town, file_cache):  # noqa: F811
    lebenslage = town.lebenslage("hund-haustier")
    service = town.service("fundsachen")
    _warm(client, lebenslage.url)
    # Written without a signal, as another server's save looks from here.
    LebenslageService.objects.bulk_create([LebenslageService(page=lebenslage, service=service, sort_order=5)])
    assert service.url not in client.get(lebenslage.url).content.decode(), "this process keeps its copy"

    bump_in_another_process(file_cache)

    assert service.url in client.get(lebenslage.url).content.decode()


@pytest.mark.django_db
def test_a_page_seen_before_costs_fewer_queries(client, town):
    url = town.lebenslage("umzug").url
    client.get(url)
    sitecache.bump()  # the tree changed: every copy is built again
    with capture_queries() as first:
        assert client.get(url).status_code == 200
    built = len(first)
    again = count_queries(client, url)
    assert again < built - 3, (built, again)


def counted_build(record, value=None):
    """A build that records something for the page cache and counts its calls: (build, calls)."""
    calls = []

    def build():
        calls.append(1)
        record()
        return value if value is not None else len(calls)

    return build, calls


@pytest.mark.django_db
def test_what_the_build_told_the_page_cache_is_told_again_on_every_use(town):
    page = town.service("hund")
    build, calls = counted_build(lambda: recording.tag("model:lebenslagen.lebenslagepage"), ["value"])
    for _ in range(2):
        token = recording.start()
        assert sitecache.tree_memo("test-tags", page, build) == ["value"]
        recorded = recording.stop(token)
        assert "model:lebenslagen.lebenslagepage" in recorded.tags
    assert len(calls) == 1, "built once, used twice"


@pytest.mark.django_db
def test_a_value_past_its_expiry_is_built_again(town):
    page = town.service("hund")
    build, _calls = counted_build(lambda: recording.expires_at(time.time() + 0.3))  # e.g. a notice's last day ends
    token = recording.start()
    assert sitecache.tree_memo("test-expiry", page, build) == 1
    assert sitecache.tree_memo("test-expiry", page, build) == 1
    time.sleep(0.4)
    assert sitecache.tree_memo("test-expiry", page, build) == 2
    recording.stop(token)


@pytest.mark.django_db
def test_a_preview_is_always_built_from_the_page_it_shows(town):
    page = town.service("hund")
    request = RequestFactory().get("/")
    request.is_preview = True
    calls = []
    for _ in range(2):
        sitecache.tree_memo("test-preview", page, lambda: calls.append(1), request)
    assert len(calls) == 2


@pytest.mark.django_db
def test_a_suspended_service_appears_on_the_home_page_at_once(client, town):
    home = town.home
    service = town.service("fundsachen")
    _warm(client, home.url)
    assert 'id="status-title"' not in client.get(home.url).content.decode()

    service.status = "suspended"
    service.status_reason = "Das Fundbüro zieht um."
    service.save_revision().publish()

    html = client.get(home.url).content.decode()
    assert "Das Fundbüro zieht um." in html and service.url in html


@pytest.mark.django_db
def test_the_a_to_z_shows_a_new_service_and_a_new_lebenslage_link_at_once(client, town):
    index = town.service("hund").get_parent()
    lebenslage = town.lebenslage("hund-haustier")
    filtered = f"{index.url}?lebenslage={lebenslage.slug}"
    _warm(client, index.url)
    _warm(client, filtered)

    service = make_service("Zuschuss für Lastenräder", index=index.specific)
    assert "Zuschuss für Lastenräder" in client.get(index.url).content.decode()
    assert "Zuschuss für Lastenräder" not in client.get(filtered).content.decode()

    LebenslageService.objects.create(page=lebenslage, service=service, sort_order=9)
    lebenslage.save_revision().publish()
    assert "Zuschuss für Lastenräder" in client.get(filtered).content.decode()


@pytest.mark.django_db
def test_a_changed_office_shows_on_the_service_page_at_once(client, town):
    service = town.service("hund")
    _warm(client, service.url)
    office = town.office
    office.phone = "0123 987654"
    office.save()
    assert "0123 987654" in client.get(service.url).content.decode()


@pytest.mark.django_db
def test_a_renamed_document_in_a_page_s_blocks_shows_at_once(client, town):
    """A page's blocks are kept parsed with the page (core.routing); a document they show is a row
    of its own, and its change must reach the page like a page change does."""
    document = get_document_model().objects.create(
        title="Antrag auf Hundesteuerermäßigung", file=ContentFile(b"%PDF-1.4\n", name="antrag.pdf")
    )
    service = town.service("hund")
    service.help = [("downloads", {"title": "Formulare", "documents": [document]})]
    service.save_revision().publish()
    _warm(client, service.url)
    assert "Antrag auf Hundesteuerermäßigung" in client.get(service.url).content.decode()

    document.title = "Antrag auf Befreiung von der Hundesteuer"
    document.save()

    html = client.get(service.url).content.decode()
    assert "Antrag auf Befreiung von der Hundesteuer" in html
    assert "Antrag auf Hundesteuerermäßigung" not in html


@pytest.mark.django_db
def test_each_request_gets_its_own_copy_of_the_kept_page(rf, town):
    """What one request's view sets on its page (e.g. the office an address shows) stays with that
    request; the second request finds the page without a query."""
    service = town.service("hund")
    path = service.url.split("/", 2)[2]  # below the language prefix
    request = rf.get(service.url)
    first = routing.route(request, path).page
    first.shown_office = "this request's"
    with capture_queries() as queries:
        second = routing.route(rf.get(service.url), path).page
    assert second.pk == first.pk and second is not first
    assert not hasattr(second, "shown_office")
    assert len(queries) == 0, [query["sql"] for query in queries]


@pytest.mark.django_db
def test_a_status_pill_in_the_a_to_z_appears_on_its_first_day(client, town):
    """The A–Z's letter groups are kept rendered; a restriction that starts tomorrow must appear
    tomorrow without any change to the tree."""
    index = town.service("hund").get_parent()
    service = town.service("fundsachen")
    # Days ahead of the real clock, so nothing the town built looks newer than the frozen time.
    day = datetime.date.today() + datetime.timedelta(days=4)
    with freeze_time(f"{day.isoformat()} 09:00:00+01:00"):
        service.status = "restricted"
        service.status_reason = "Nur mit Termin."
        service.status_from = day + datetime.timedelta(days=1)
        service.save_revision().publish()
        _warm(client, index.url)
        assert "status-pill--restricted" not in client.get(index.url).content.decode()
    with freeze_time(f"{(day + datetime.timedelta(days=1)).isoformat()} 08:00:00+01:00"):
        assert "status-pill--restricted" in client.get(index.url).content.decode()


@pytest.mark.django_db
def test_addresses_are_built_without_reading_the_shared_cache(client, town, monkeypatch):
    """Wagtail keeps the sites' root paths in the shared cache and reads them for every page object
    whose address is built; a rendered page reads them from the process instead."""
    url = town.service("hund").get_parent().url  # the A–Z: an address for every service
    _warm(client, url)
    reads = []
    backend = caches["default"]  # the backend itself, not the proxy (see tests/pagecache/test_generation_trust.py)
    real_get = backend.get

    def counting_get(key, *args, **kwargs):
        reads.append(key)
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(backend, "get", counting_get)
    assert client.get(url).status_code == 200
    assert SITE_ROOT_PATHS_CACHE_KEY not in reads, reads


@pytest.mark.django_db
def test_a_changed_site_address_reaches_every_full_address_at_once(client, town):
    """The root paths kept in the process follow a change of the site (its hostname here)."""
    service = town.service("hund")
    _warm(client, service.url)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "www.lindenfeld.example", 443
    site.save()
    html = client.get(service.url).content.decode()
    assert f'rel="canonical" href="https://www.lindenfeld.example{service.url}"' in html


@pytest.mark.django_db
def test_a_link_in_a_page_s_blocks_follows_the_linked_page_at_once(client, town):
    """A page's block links are resolved in one batch and kept with the page; the linked page's
    new address is shown at once."""
    service = town.service("hund")
    target = town.service("fundsachen")
    service.help = [("link_list", {"title": "Siehe auch", "links": [{"title": "", "page": target, "external_url": ""}]})]
    service.save_revision().publish()
    _warm(client, service.url)
    assert f'href="{target.url}"' in client.get(service.url).content.decode()

    target.slug = "fundbuero"
    target.save_revision().publish()
    target.refresh_from_db()

    assert f'href="{target.url}"' in client.get(service.url).content.decode()
    assert target.url.endswith("/fundbuero/")
