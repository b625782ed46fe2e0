"""The OParl import stays incremental per list when one page of a list stays broken: against the local
OParl server (tests/council/oparl_server.py), over several runs between which objects change, vanish
(`deleted: true`, or dropped without a trace) and appear."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from council.models import Committee, Meeting, OParlListState, OParlSource
from council.oparl.client import Client
from council.oparl.importer import Importer
from tests.council import oparl_server as o

pytestmark = pytest.mark.django_db
MEETINGS = "/oparl/body/1/meetings"


@pytest.fixture(autouse=True)
def council_demo(db):
    """Overrides the council tests' demo: an import needs only the two locales."""
    Locale.objects.get_or_create(language_code="en")


def meeting(server, number, name=None, modified="2026-01-01T00:00:00+01:00"):
    return o.meeting(server, number, name or f"Sitzung {number}", "2026-12-01T17:00:00+01:00", modified=modified)


def serve(server, meetings, organizations=None, total_pages=False):
    server.json("/oparl/system", o.system(server))
    server.paged_list("/oparl/bodies", [o.body(server)])
    orgs = organizations if organizations is not None else [o.organization(server, 1, "Bauausschuss")]
    server.paged_list("/oparl/body/1/organizations", lambda: orgs)
    server.paged_list(MEETINGS, lambda: meetings, total_pages=total_pages)
    server.objects("/oparl/meeting/", lambda: meetings)
    server.objects("/oparl/organization/", lambda: orgs)
    return orgs


def run(server, **options):
    client = Client(server.url("/oparl/system"), timeout=2, retries=1, backoff=0, total_timeout=5)
    server.requests.clear()
    return Importer(server.url("/oparl/system"), client=client, page_attempts=3, **options).run()


def titles():
    return sorted(Meeting.objects.canonical().values_list("title", flat=True))


def state(server, what="meeting list"):
    return OParlListState.objects.get(source__system_url=server.url("/oparl/system"), what=what)


def meeting_requests(server):
    return [path for path in server.requests if path.startswith(MEETINGS)]


def test_a_page_that_stays_broken_does_not_hold_the_list_back_across_runs():
    with o.OParlServer() as server:
        items = [meeting(server, n) for n in range(1, 8)]  # pages: 1 2 | 3 4 | 5 6 | 7
        serve(server, items)
        server.broken_ids = {server.url("/oparl/meeting/4")}  # page 2 answers 500, in every run

        # Run 1, the first: everything past the broken page arrives; the page is remembered.
        report = run(server)
        assert titles() == ["Sitzung 1", "Sitzung 2", "Sitzung 5", "Sitzung 6", "Sitzung 7"]
        assert report.complete and report.created == 1 + 5
        [(what, url, attempt, reason, given_up)] = report.broken
        assert (what, attempt, given_up) == ("meeting list", 1, False)
        assert url == server.url(MEETINGS + "?page=2") and "HTTP 500" in reason
        first = state(server)
        assert first.watermark is not None and first.broken_pages[0]["url"] == url
        assert OParlSource.objects.get().last_success_started is not None

        # Between the runs: one changes, one is deleted (tombstone), one is dropped silently, one is new.
        later = (timezone.now() + timedelta(minutes=1)).isoformat(timespec="seconds")
        items[4] = meeting(server, 5, "Sitzung 5 (neuer Titel)", modified=later)
        items[0] = {
            "id": server.url("/oparl/meeting/1"),
            "type": o.SCHEMA + "Meeting",
            "deleted": True,
            "modified": later,
        }
        del items[6]  # Sitzung 7 vanishes without a tombstone
        items.append(meeting(server, 8, modified=later))

        # Run 2, incremental: the broken page is asked for again, then only what changed.
        report = run(server)
        requested = meeting_requests(server)
        assert requested[0] == MEETINGS + "?page=2", "the remembered page first (the client tries it twice)"
        walked = [path for path in requested if path != MEETINGS + "?page=2"]
        assert walked and all("modified_since=" in path for path in walked), walked
        assert [b[2] for b in report.broken] == [2]
        assert (report.created, report.updated, report.deleted) == (1, 1, 1)
        assert titles() == ["Sitzung 2", "Sitzung 5 (neuer Titel)", "Sitzung 6", "Sitzung 7", "Sitzung 8"]
        assert any("modified_since=" in path for path in server.requests if path.startswith("/oparl/body/1/organiz"))
        assert state(server).watermark > first.watermark

        # Run 3, in full (as every week, or --full): Sitzung 3 has moved to a readable page, Sitzung 7
        # is asked for at its own address and is gone (404), Sitzung 5 sits on the broken page now and
        # is read from its own address.
        report = run(server, full=True)
        assert titles() == ["Sitzung 2", "Sitzung 3", "Sitzung 5 (neuer Titel)", "Sitzung 6", "Sitzung 8"]
        assert "/oparl/meeting/7" in server.requests and "/oparl/meeting/5" in server.requests
        assert report.deleted == 1
        [(_what, _url, attempt, _reason, given_up)] = report.broken
        assert (attempt, given_up) == (3, True), "bounded: given up after three runs"

        # Run 4: a page given up is not asked for any more, but is still reported.
        report = run(server)
        assert MEETINGS + "?page=2" not in meeting_requests(server)
        assert [(b[2], b[4]) for b in report.broken] == [(3, True)]
        assert "given up after 3 attempts" in str(report)

        # Repaired at the source: a full walk reads it and forgets it.
        server.broken_ids = set()
        report = run(server, full=True)
        assert "Sitzung 4" in titles() and not report.broken and state(server).broken_pages == []


def test_a_remembered_page_that_can_be_read_again_brings_its_objects():
    with o.OParlServer() as server:
        items = [meeting(server, n) for n in range(1, 6)]
        serve(server, items)
        server.broken_ids = {server.url("/oparl/meeting/3")}
        run(server)
        assert "Sitzung 3" not in titles() and "Sitzung 4" not in titles()
        server.broken_ids = set()
        report = run(server)
        assert report.recovered == [("meeting list", server.url(MEETINGS + "?page=2"))]
        assert {"Sitzung 3", "Sitzung 4"} <= set(titles()) and state(server).broken_pages == []
        assert all("modified_since=" in p for p in meeting_requests(server) if p != MEETINGS + "?page=2")


def test_a_broken_last_page_ends_the_list():
    """With totalPages the importer knows the broken page was the last; without it, a 404 for the page
    worked out after a failing one tells the same. Either way the list is read to its end."""
    for total_pages in (True, False):
        Meeting.objects.all().delete()
        OParlSource.objects.all().delete()
        with o.OParlServer() as server:
            items = [meeting(server, n) for n in range(1, 5)]
            serve(server, items, total_pages=total_pages)
            server.broken_ids = {server.url("/oparl/meeting/4")}
            report = run(server)
            assert report.complete and len(report.broken) == 1, total_pages
            assert state(server).watermark is not None
            assert MEETINGS + "?page=4" not in meeting_requests(server)
            report = run(server)
            walked = [p for p in meeting_requests(server) if p != MEETINGS + "?page=2"]
            assert walked and all("modified_since=" in p for p in walked), "incremental next time"


def test_a_list_without_page_numbers_stops_at_a_broken_page_and_stays_where_it_was():
    """Cursor pagination: the page after a broken one cannot be worked out, so the list keeps its
    old watermark (none yet: the next run reads it in full again) and the run is incomplete."""
    with o.OParlServer() as server:
        serve(server, [])
        pages = {
            "a": {"data": [meeting(server, 1)], "pagination": {}, "links": {"next": server.url("/cursor?c=b")}},
            "c": {"data": [meeting(server, 3)], "pagination": {}, "links": {}},
        }
        server.routes["/cursor"] = lambda query, handler: pages.get(query["c"][0]) or (500, {}, b"x")
        body = o.body(server)
        body["meeting"] = server.url("/cursor?c=a")
        server.paged_list("/oparl/bodies", [body])
        report = run(server)
    assert not report.complete and any("next page's address is not known" in e for e in report.errors)
    assert titles() == ["Sitzung 1"]
    assert state(server).watermark is None


def test_vanished_organizations_are_found_on_a_full_walk():
    with o.OParlServer() as server:
        orgs = serve(server, [], organizations=[o.organization(server, n, f"Ausschuss {n}") for n in (1, 2, 3)])
        run(server)
        assert Committee.objects.canonical().count() == 3
        del orgs[1]
        run(server)  # incremental: a silent drop is not visible yet
        assert Committee.objects.canonical().count() == 3
        report = run(server, full=True)
    assert sorted(Committee.objects.canonical().values_list("title", flat=True)) == ["Ausschuss 1", "Ausschuss 3"]
    assert report.deleted == 1


def test_the_command_reports_the_broken_page_and_the_admin_shows_it(capsys, admin_client):
    with o.OParlServer() as server:
        serve(server, [meeting(server, n) for n in range(1, 6)])
        server.broken_ids = {server.url("/oparl/meeting/3")}
        call_command("import_oparl", server.url("/oparl/system"), "--timeout", "2")
        out = capsys.readouterr()
        assert f"unreadable page (meeting list, attempt 1 of 5) {server.url(MEETINGS + '?page=2')}" in out.out
        assert "HTTP 500" in out.out and "unreadable page(s)" in out.err
        assert "meeting list" in out.out and "full" in out.out
        call_command("import_oparl", server.url("/oparl/system"), "--timeout", "2")
        assert "incremental, modified_since" in capsys.readouterr().out
    listing = admin_client.get("/admin/snippets/council/oparlliststate/")
    assert listing.status_code == 200
    assert server.url(MEETINGS) in listing.content.decode()
    edit = admin_client.get(f"/admin/snippets/council/oparlliststate/edit/{state(server).pk}/")
    assert edit.status_code == 200 and "page=2" in edit.content.decode()
    source = OParlSource.objects.get()
    assert "unreadable page" in source.last_report
