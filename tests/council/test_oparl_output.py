"""Our OParl 1.1 endpoint, checked against the specification's required fields and types."""

from datetime import timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time

from tests.council.helpers import committee, meeting

pytestmark = pytest.mark.django_db
SCHEMA = "https://schema.oparl.org/1.1/"

# Required fields per OParl 1.1 (section 5) and their JSON types.
REQUIRED = {
    "System": {"id": str, "type": str, "oparlVersion": str, "body": str},
    "Body": {
        "id": str,
        "type": str,
        "system": str,
        "name": str,
        "organization": str,
        "person": str,
        "meeting": str,
        "paper": str,
        "legislativeTerm": list,
    },
    "Organization": {"id": str, "type": str, "body": str, "name": str},
    "Meeting": {"id": str, "type": str, "organization": list, "agendaItem": list},
    "AgendaItem": {"id": str, "type": str, "meeting": str, "order": int},
    "Location": {"id": str, "type": str},
}
OPTIONAL_TYPES = {
    "name": str,
    "start": str,
    "end": str,
    "cancelled": bool,
    "public": bool,
    "created": str,
    "modified": str,
    "deleted": bool,
    "web": str,
}


def check(obj, kind):
    assert obj["type"] == SCHEMA + kind
    for name, expected in REQUIRED[kind].items():
        assert isinstance(obj.get(name), expected), f"{kind}.{name} should be {expected.__name__}: {obj.get(name)!r}"
    for name, expected in OPTIONAL_TYPES.items():
        if name in obj:
            assert isinstance(obj[name], expected), f"{kind}.{name}"
            if name in ("start", "end", "created", "modified"):
                from datetime import datetime

                assert datetime.fromisoformat(obj[name]).tzinfo is not None
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
    assert get(client, body["person"])["data"] == []


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
