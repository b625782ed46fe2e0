"""Our OParl 1.1 endpoint on the seeded demo, checked against the official OParl 1.1 JSON schemas."""

from datetime import timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time

from tests.council.helpers import committee, meeting
from tests.council.oparl_schema import assert_valid

pytestmark = pytest.mark.django_db
SCHEMA = "https://schema.oparl.org/1.1/"


def check(obj, kind):
    """Valid against the official OParl 1.1 schema of its type (tests/council/oparl_schema)."""
    assert_valid(obj, kind)
    assert obj["id"].startswith("http://testserver/oparl/v1.1/")


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:200])
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_walk_the_whole_endpoint(client):
    system = get(client, "/oparl/v1.1/")
    check(system, "System")
    assert system["oparlVersion"] == SCHEMA
    bodies = get(client, system["body"])
    body = bodies["data"][0]
    check(body, "Body")
    assert get(client, body["id"]) == body
    organizations = get(client, body["organization"])
    assert organizations["pagination"]["totalElements"] >= 6
    for organization in organizations["data"]:
        check(organization, "Organization")
    meetings = get(client, body["meeting"])
    assert meetings["pagination"]["totalElements"] >= 30
    assert meetings["links"]["next"]
    second = get(client, meetings["links"]["next"])
    assert second["pagination"]["currentPage"] == 2
    for item in meetings["data"] + second["data"]:
        check(item, "Meeting")
        for agenda_item in item["agendaItem"]:
            check(agenda_item, "AgendaItem")
        if "location" in item:
            check(item["location"], "Location")
    one = meetings["data"][0]
    assert get(client, one["id"]) == one
    check(get(client, one["agendaItem"][0]["id"]), "AgendaItem")
    check(get(client, one["location"]["id"]), "Location")
    check(get(client, one["organization"][0]), "Organization")
    for name in ("person", "paper", "file", "membership", "consultation", "locationList", "agendaItem"):
        listed = get(client, body[name])
        for obj in listed["data"]:
            assert_valid(obj)


def test_modified_since_returns_only_changes(client):
    with freeze_time(timezone.now() + timedelta(days=400)):
        body = committee("Neu", "New")
        changed = meeting([body], title="Geänderte Sitzung", title_en="Changed meeting")
        since = (timezone.now() - timedelta(minutes=1)).isoformat()
    response = client.get("/oparl/v1.1/body/1/meetings/", {"modified_since": since})
    data = response.json()["data"]
    assert [m["name"] for m in data] == [changed.title]
    assert client.get("/oparl/v1.1/body/1/organizations/", {"modified_since": since}).json()["data"][0]["name"] == "Neu"


@pytest.mark.parametrize(
    "url,status",
    [
        ("/oparl/v1.1/body/1/meetings/?modified_since=gestern", 400),
        ("/oparl/v1.1/body/1/meetings/?page=0", 400),
        ("/oparl/v1.1/body/1/meetings/?page=999", 404),
        ("/oparl/v1.1/body/2/", 404),
        ("/oparl/v1.1/meeting/99999999/", 404),
    ],
)
def test_bad_requests_get_json_errors(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert "error" in response.json()


def test_read_only(client):
    assert client.post("/oparl/v1.1/body/1/meetings/").status_code == 405
