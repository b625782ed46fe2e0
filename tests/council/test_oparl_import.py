"""OParl import against a local server with the quirks of real ones."""

from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Locale

from council.models import Committee, Meeting, OParlListState, OParlSource
from council.oparl.client import Client, FetchError
from council.oparl.importer import run_import
from tests.council import oparl_server as o
from tests.council.helpers import berlin

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def council_demo(db):
    """Overrides the council tests' demo: an import needs only the two locales."""
    Locale.objects.get_or_create(language_code="en")


def client_for(server, **options):
    settings = {"timeout": 0.5, "retries": 1, "backoff": 0, "total_timeout": 2.0, "max_bytes": 200_000}
    settings.update(options)
    return Client(server.url("/oparl/system"), **settings)


def serve_town(server, meetings=None, organizations=None):
    server.json("/oparl/system", o.system(server))
    server.paged_list("/oparl/bodies", [o.body(server)])
    orgs = organizations or [
        o.organization(server, 1, "Bauausschuss", shortName="BA"),
        {
            "id": server.url("/oparl/organization/2"),
            "type": o.SCHEMA + "Organization",
            "name": "Rat",
        },  # optional fields missing
    ]
    server.paged_list("/oparl/body/1/organizations", lambda: orgs)
    items = (
        meetings
        if meetings is not None
        else [
            o.meeting(
                server,
                1,
                "12. Sitzung des Bauausschusses",
                "2026-12-03T17:00:00+01:00",
                agenda=["Eröffnung", "Bebauungsplan Nr. 7"],
                end="2026-12-03T19:00:00+01:00",
                location={
                    "id": server.url("/oparl/location/1"),
                    "type": o.SCHEMA + "Location",
                    "description": "Rathaus",
                    "room": "Ratssaal",
                    "streetAddress": "Markt 1",
                    "postalCode": "12345",
                    "locality": "Teststadt",
                },
                invitation={
                    "id": server.url("/oparl/file/1"),
                    "type": o.SCHEMA + "File",
                    "accessUrl": server.url("/files/einladung.pdf"),
                },
            ),
            o.meeting(
                server, 2, "Sitzung des Rates", "2026-12-10T17:00:00", org_numbers=(2,)
            ),  # no time zone, no end, no agenda
            o.meeting(
                server,
                3,
                "Sitzung mit kaputtem Ort",
                "2026-12-11T17:00:00+01:00",
                location=server.url("/oparl/location/html"),
            ),
            o.meeting(server, 4, "Sitzung ohne Datum", "morgen"),
            o.meeting(
                server,
                5,
                "Sitzung mit langsamem Ort",
                "2026-12-12T17:00:00+01:00",
                location=server.url("/oparl/location/slow"),
            ),
            o.meeting(server, 6, "Sitzung ohne Gremium", "2026-12-13T17:00:00+01:00", org_numbers=(9,)),
            {"type": o.SCHEMA + "Meeting", "name": "ohne id"},
        ]
    )
    server.paged_list("/oparl/body/1/meetings", lambda: items)
    server.html_error("/oparl/location/html")
    server.html_error("/oparl/organization/9", status=503)
    server.slow("/oparl/location/slow", 1.5)
    return items


def imported(server, number):
    return Meeting.objects.canonical().get(oparl_id=server.url(f"/oparl/meeting/{number}"))


def test_import_maps_objects_and_reports_every_quirk():
    with o.OParlServer() as server:
        serve_town(server)
        report = run_import(server.url("/oparl/system"), client=client_for(server))
    assert report.created == 2 + 5  # two organizations, five meetings
    reasons = dict(report.skipped)
    assert "start is not a date and time" in reasons[server.url("/oparl/meeting/4")]
    assert "not JSON (text/html)" in reasons[server.url("/oparl/location/html")]
    assert "timeout" in reasons[server.url("/oparl/location/slow")]
    assert "HTTP 503" in reasons[server.url("/oparl/organization/9")]
    assert reasons["?"] == "meeting without id"
    assert report.complete

    first = imported(server, 1)
    assert first.title == "12. Sitzung des Bauausschusses"
    assert first.start == berlin(2026, 12, 3, 17) and first.end == berlin(2026, 12, 3, 19)
    assert [c.title for c in first.committees.all()] == ["Bauausschuss"]
    assert first.location.room == "Ratssaal" and first.location.postal_code == "12345"
    assert first.invitation_url.endswith("/files/einladung.pdf")
    assert [(a.number, a.title) for a in first.agenda_items.all()] == [("1", "Eröffnung"), ("2", "Bebauungsplan Nr. 7")]

    council = imported(server, 2)
    assert council.start == berlin(2026, 12, 10, 17), "a time without zone is local time"
    assert council.end == council.start + timedelta(hours=2)
    assert Committee.objects.canonical().get(title="Rat").kind == "other"
    assert imported(server, 3).location is None
    assert not imported(server, 6).committees.exists()
    assert not Meeting.objects.filter(title="Sitzung ohne Datum").exists()


def test_second_run_changes_nothing():
    with o.OParlServer() as server:
        serve_town(server)
        run_import(server.url("/oparl/system"), client=client_for(server))
        before = {m.pk: (m.sequence, m.updated_at) for m in Meeting.objects.all()}
        report = run_import(server.url("/oparl/system"), client=client_for(server), full=True)
    assert report.created == report.updated == report.deleted == 0
    assert report.unchanged == 2 + 5
    assert {m.pk: (m.sequence, m.updated_at) for m in Meeting.objects.all()} == before


def test_incremental_run_asks_for_changes_keeps_our_fields_and_honours_deleted():
    from demo.translate import Strings, translate

    with o.OParlServer() as server:
        items = serve_town(server)
        run_import(server.url("/oparl/system"), client=client_for(server))
        first = imported(server, 1)
        first.livestream_url = "https://stream.example/live"
        first.save()
        strings = Strings()
        strings.add(first.title, "12th meeting of the building committee")
        for item in first.agenda_items.all():
            strings.add(item.title, item.title + " (en)")
        translate(first, strings)
        later = (timezone.now() + timedelta(minutes=5)).isoformat()
        items[0] = o.meeting(
            server,
            1,
            "12. Sitzung des Bauausschusses",
            "2026-12-03T18:00:00+01:00",
            agenda=["Eröffnung", "Bebauungsplan Nr. 7", "Neu"],
            modified=later,
        )
        items[1] = {
            "id": server.url("/oparl/meeting/2"),
            "type": o.SCHEMA + "Meeting",
            "deleted": True,
            "modified": later,
        }
        server.requests.clear()
        report = run_import(server.url("/oparl/system"), client=client_for(server))
    assert any("modified_since=" in path for path in server.requests if path.startswith("/oparl/body/1/meetings"))
    assert (report.created, report.updated, report.deleted) == (0, 1, 1)
    first = imported(server, 1)
    assert first.start == berlin(2026, 12, 3, 18)
    assert first.livestream_url == "https://stream.example/live", "our own field survives the import"
    assert first.sequence == 2
    english = first.get_translations().get()
    assert english.title == "12th meeting of the building committee", "the translation survives"
    assert english.start == first.start, "and follows the new date"
    assert len(first.agenda()) == 3
    assert not Meeting.objects.filter(oparl_id=server.url("/oparl/meeting/2")).exists()


def test_a_next_link_that_leads_nowhere_stops_the_list_and_keeps_its_watermark():
    """The next page's address is broken and the one after it cannot be read either: the list is not
    read to its end, so its watermark stays (the next run asks from the old point again)."""
    with o.OParlServer() as server:
        serve_town(server)
        server.paged_list(
            "/oparl/body/1/meetings",
            [o.meeting(server, n, f"Sitzung {n}", "2026-12-01T17:00:00+01:00") for n in range(1, 6)],
            broken_next=True,
        )
        report = run_import(server.url("/oparl/system"), client=client_for(server))
    assert not report.complete
    assert any("HTTP 404" in reason for _what, _url, _n, reason, _up in report.broken)
    assert any("stopped at an unreadable page" in error for error in report.errors)
    assert Meeting.objects.canonical().filter(title__startswith="Sitzung ").count() == 2  # the first page
    source = OParlSource.objects.get(system_url=server.url("/oparl/system"))
    assert source.last_success_started is None
    meetings = OParlListState.objects.get(source=source, what="meeting list")
    organizations = OParlListState.objects.get(source=source, what="organization list")
    assert meetings.watermark is None and organizations.watermark is not None


def test_not_an_oparl_system():
    with o.OParlServer() as server:
        server.html_error("/oparl/system")
        report = run_import(server.url("/oparl/system"), client=client_for(server))
    assert not report.complete and "not JSON" in report.errors[0]


def test_hostile_responses_are_refused():
    with o.OParlServer() as server:
        server.huge("/huge", 500_000)
        server.endless("/endless")
        server.redirect("/elsewhere", "http://localhost:1/oparl/system")
        server.redirect("/here", server.url("/ok"))
        server.json("/ok", {"fine": True})
        client = client_for(server, max_bytes=100_000, total_timeout=1.0, timeout=2.0)
        with pytest.raises(FetchError, match="larger than|too large"):
            client.get_json(server.url("/huge"))
        with pytest.raises(FetchError, match="larger than|longer than"):
            client.get_json(server.url("/endless"))
        with pytest.raises(FetchError, match="another server"):
            client.get_json(server.url("/elsewhere"))
        with pytest.raises(FetchError, match="another server"):
            client.get_json("http://localhost:1/oparl/system")
        with pytest.raises(FetchError):
            client.get_json("file:///etc/passwd")
        assert client.get_json(server.url("/here")) == {"fine": True}


def test_meeting_list_pointing_to_another_server_is_an_error_not_a_request():
    with o.OParlServer() as server:
        serve_town(server)
        body = o.body(server)
        body["meeting"] = "http://localhost:1/steal"
        server.paged_list("/oparl/bodies", [body])
        report = run_import(server.url("/oparl/system"), client=client_for(server))
    assert any("another server" in error for error in report.errors)


def test_management_command_reports_and_fails_on_incomplete_runs(capsys):
    with o.OParlServer() as server:
        serve_town(server, meetings=[o.meeting(server, 1, "Sitzung", "2026-12-03T17:00:00+01:00")])
        call_command("import_oparl", server.url("/oparl/system"), "--timeout", "0.5")
        assert "created 3" in capsys.readouterr().out
        server.html_error("/oparl/system")
        with pytest.raises(CommandError):
            call_command("import_oparl", server.url("/oparl/system"))
    with pytest.raises(CommandError):
        call_command("import_oparl", "ftp://example.org/system")
