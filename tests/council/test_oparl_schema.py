"""Our OParl 1.1 endpoint against the official OParl 1.1 JSON schemas (tests/council/oparl_schema):
every list and every object of every kind, People, Papers and Files included, and deleted objects.
On a small council of its own (not the demo), through the test client."""

import json
from datetime import date, timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale

from council.models import (
    AgendaItem,
    Consultation,
    File,
    Location,
    Membership,
    OParlTombstone,
    Paper,
    Person,
)
from tests.council.helpers import committee, german, meeting
from tests.council.oparl_schema import assert_valid, validate

pytestmark = pytest.mark.django_db
ROOT = "/oparl/v1.1/"
LISTS = (
    "organization",
    "person",
    "meeting",
    "paper",
    "agendaItem",
    "consultation",
    "file",
    "locationList",
    "membership",
)
SECRET_MEETING = "Nichtöffentliche Sitzung Grundstück Lindenhof"
SECRET_PAPER = "Vertraulich: Kaufangebot Flurstück 4711"
SECRET_FILE = "Gutachten Altlasten vertraulich"


@pytest.fixture(autouse=True)
def council_demo(db):
    """Overrides the council tests' demo: these build the little they need."""
    Locale.objects.get_or_create(language_code="en")


def _document(title, collection=None):
    document = get_document_model()(
        title=title, collection=collection or Collection.get_first_root_node(), file=ContentFile(b"%PDF-1.4 x", "a.pdf")
    )
    document.save()
    return document


@pytest.fixture
def council():
    """Two committees, two people with memberships, a public meeting with a place, an agenda and
    files, a paper discussed under one of its items, and the closed things that must not show."""
    building = committee("Bauausschuss", "Building committee", short="BA")
    council_ = committee("Rat", "Council", kind="council", short="Rat")
    place = Location.objects.create(name="Rathaus", room="Ratssaal", street_address="Markt 1", locality="Teststadt")
    soon = timezone.now() + timedelta(days=3)
    open_meeting = meeting(
        [building],
        title="12. Sitzung des Bauausschusses",
        start=soon,
        location=place,
        agenda=[("Eröffnung", "Opening")],
    )
    item = AgendaItem.objects.get(meeting=open_meeting, locale=german())
    closed = meeting([council_], title=SECRET_MEETING, start=soon + timedelta(days=1), public=False)

    anna = Person.objects.create(
        name="Dr. Anna Beispiel", given_name="Anna", family_name="Beispiel", titles="Dr.", status="Ratsmitglied"
    )
    Membership.objects.create(person=anna, committee=building, role="Vorsitz", start_date=date(2024, 1, 1))
    Membership.objects.create(person=anna, committee=council_)
    hidden_person = Person.objects.create(name="Bernd Privat", public=False)
    Membership.objects.create(person=hidden_person, committee=building)

    main = File.objects.create(name="Antrag Radweg", document=_document("Antrag Radweg"), date=date(2026, 11, 2))
    plan = File.objects.create(name="Lageplan", access_url="https://ris.example.org/files/lageplan.pdf")
    invitation = File.objects.create(name="Einladung Bauausschuss", document=_document("Einladung"))
    invitation.meetings.add(open_meeting)
    plan.agenda_items.add(item)
    paper = Paper.objects.create(
        name="Radweg an der Hauptstraße",
        reference="0815/2026",
        date=date(2026, 11, 2),
        paper_type="Antrag",
        main_file=main,
    )
    paper.auxiliary_files.add(plan)
    paper.originator_people.add(anna)
    paper.originator_committees.add(building)
    Consultation.objects.create(paper=paper, agenda_item=item, role="Beschlussfassung", authoritative=True)

    secret_file = File.objects.create(name=SECRET_FILE, document=_document(SECRET_FILE))
    secret_paper = Paper.objects.create(name=SECRET_PAPER, public=False, main_file=secret_file)
    Consultation.objects.create(paper=secret_paper, meeting=closed)
    closed_minutes = File.objects.create(name="Protokoll " + SECRET_MEETING, access_url="https://ris.example.org/p.pdf")
    closed_minutes.meetings.add(closed)
    restricted = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=restricted, restriction_type=CollectionViewRestriction.LOGIN)
    File.objects.create(name="Intern: " + SECRET_FILE, document=_document("Intern", restricted))
    return {"meeting": open_meeting, "closed": closed, "paper": paper, "person": anna, "item": item, "plan": plan}


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"] == "application/json"
    return response.json()


def all_pages(client, url):
    data, seen = [], set()
    while url:
        assert url not in seen
        seen.add(url)
        page = get(client, url)
        assert {"data", "pagination", "links"} <= set(page), url
        data += page["data"]
        url = page["links"].get("next")
    return data


def walk(client, since=None):
    """Every object of every list of the body, each checked against its schema and against its own
    address (a withdrawn object, listed as deleted, answers 404 there: it still exists, closed)."""
    system = get(client, ROOT)
    assert_valid(system, "System")
    body = get(client, system["body"])["data"][0]
    assert_valid(body, "Body")
    assert get(client, body["id"]) == body
    found = {}
    for name in LISTS:
        url = body[name] + (f"?modified_since={since}" if since else "")
        found[name] = all_pages(client, url.replace("+", "%2B"))
        for obj in found[name]:
            assert_valid(obj)
            response = client.get(obj["id"])
            assert response.json() == obj or (obj["deleted"] and response.status_code == 404), obj["id"]
    return found


def test_every_list_and_every_object_validates_against_the_oparl_schemas(client, council):
    found = walk(client)
    names = {kind: [o.get("name") for o in objs] for kind, objs in found.items()}
    assert "Dr. Anna Beispiel" in names["person"] and "Bernd Privat" not in names["person"]
    assert names["paper"] == ["Radweg an der Hauptstraße"]
    assert sorted(names["file"]) == ["Antrag Radweg", "Einladung Bauausschuss", "Lageplan"]
    assert len(found["membership"]) == 2 and len(found["consultation"]) == 1

    paper = found["paper"][0]
    assert paper["mainFile"]["name"] == "Antrag Radweg"
    assert paper["mainFile"]["accessUrl"].startswith("http://testserver/documents/")
    assert paper["mainFile"]["mimeType"] == "application/pdf"
    assert [f["accessUrl"] for f in paper["auxiliaryFile"]] == ["https://ris.example.org/files/lageplan.pdf"]
    assert paper["originatorPerson"] == [found["person"][0]["id"]]
    consultation = paper["consultation"][0]
    meeting_ = found["meeting"][0]
    agenda_item = meeting_["agendaItem"][0]
    assert consultation["agendaItem"] == agenda_item["id"] and consultation["meeting"] == meeting_["id"]
    assert agenda_item["consultation"] == consultation["id"]
    assert [f["name"] for f in agenda_item["auxiliaryFile"]] == ["Lageplan"]
    assert [f["name"] for f in meeting_["auxiliaryFile"]] == ["Einladung Bauausschuss"]
    plan = next(f for f in found["file"] if f["name"] == "Lageplan")
    assert plan["agendaItem"] == [agenda_item["id"]] and plan["paper"] == [paper["id"]]
    person = found["person"][0]
    assert person["title"] == ["Dr."] and {m["role"] for m in person["membership"] if "role" in m} == {"Vorsitz"}
    building = next(o for o in found["organization"] if o["name"] == "Bauausschuss")
    assert set(building["membership"]) == {m["id"] for m in person["membership"] if m["organization"] == building["id"]}


def test_nothing_closed_appears_in_any_list_or_at_any_address(client, council):
    text = json.dumps(walk(client), ensure_ascii=False)
    for secret in (SECRET_MEETING, SECRET_PAPER, SECRET_FILE, "Bernd Privat"):
        assert secret not in text
    closed_paper = Paper.objects.get(name=SECRET_PAPER)
    assert client.get(f"{ROOT}paper/{closed_paper.pk}/").status_code == 404
    assert client.get(f"{ROOT}meeting/{council['closed'].pk}/").status_code == 404, "never published: no tombstone"
    for file in File.objects.filter(name__contains=SECRET_MEETING) | File.objects.filter(name__contains=SECRET_FILE):
        assert client.get(f"{ROOT}file/{file.pk}/").status_code == 404
    for consultation in Consultation.objects.filter(paper=closed_paper):
        assert client.get(f"{ROOT}consultation/{consultation.pk}/").status_code == 404
    assert client.get(f"{ROOT}person/{Person.objects.get(name='Bernd Privat').pk}/").status_code == 404


def test_deleted_and_unpublished_objects_answer_deleted_true_and_are_listed_to_updating_clients(client, council):
    since = (timezone.now() - timedelta(seconds=5)).isoformat(timespec="seconds")
    first = walk(client)
    meeting_ = council["meeting"]
    meeting_url = next(m["id"] for m in first["meeting"] if m["name"] == meeting_.title)
    item_url = first["agendaItem"][0]["id"]
    paper_url, plan_url = first["paper"][0]["id"], next(f["id"] for f in first["file"] if f["name"] == "Lageplan")
    person_url = first["person"][0]["id"]
    membership_urls = {m["id"] for m in first["membership"]}

    meeting_.public = False  # the meeting turns out to be closed: what was published goes
    meeting_.save()
    council["paper"].delete()
    council["person"].delete()
    Location.objects.all().delete()

    location_url = first["locationList"][0]["id"]
    for url in (paper_url, person_url, location_url, *membership_urls):  # deleted: a tombstone at the address
        obj = get(client, url)
        assert obj["deleted"] is True and obj["id"] == url, url
        assert set(obj) == {"id", "type", "created", "modified", "deleted"}
        assert_valid(obj)
    for url in (meeting_url, item_url, plan_url):  # withdrawn, still there and closed: not found, like any closed thing
        assert "error" in get(client, url, status=404)
    changed = walk(client, since=since)
    assert meeting_.title not in json.dumps(changed, ensure_ascii=False)
    deleted = {kind: {o["id"] for o in objs if o.get("deleted")} for kind, objs in changed.items()}
    assert meeting_url in deleted["meeting"] and item_url in deleted["agendaItem"]
    assert paper_url in deleted["paper"] and plan_url in deleted["file"] and person_url in deleted["person"]
    assert membership_urls <= deleted["membership"] and len(deleted["locationList"]) == 1
    everything = walk(client)
    assert not any(o.get("deleted") for objs in everything.values() for o in objs), "no tombstones without a filter"
    assert meeting_url not in {m["id"] for m in everything["meeting"]}

    meeting_.refresh_from_db()
    meeting_.public = True  # published again: the tombstone goes, the meeting is back
    meeting_.save()
    assert get(client, meeting_url)["name"] == meeting_.title
    assert not OParlTombstone.objects.filter(kind="meeting", object_pk=meeting_.pk).exists()


def test_a_file_attached_to_a_closed_meeting_is_withdrawn_and_listed_as_deleted(client, council):
    plan = council["plan"]
    url = f"http://testserver{ROOT}file/{plan.pk}/"
    since = (timezone.now() - timedelta(seconds=5)).isoformat(timespec="seconds").replace("+", "%2B")
    assert get(client, url)["name"] == "Lageplan"
    plan.meetings.add(council["closed"])
    assert "error" in get(client, url, status=404)
    [listed] = [f for f in get(client, f"{ROOT}body/1/files/?modified_since={since}")["data"] if f["id"] == url]
    assert listed["deleted"] is True and set(listed) == {"id", "type", "created", "modified", "deleted"}
    File.objects.filter(pk=plan.pk).update(updated_at=timezone.now() - timedelta(days=30))
    since = timezone.now().isoformat(timespec="seconds").replace("+", "%2B")
    plan.meetings.remove(council["closed"])
    assert get(client, url)["name"] == "Lageplan"
    again = [f for f in get(client, f"{ROOT}body/1/files/?modified_since={since}")["data"] if f["id"] == url]
    assert [f.get("deleted") for f in again] == [False], "published again: modified now, so clients fetch it again"


def test_the_old_required_field_checks_would_pass_what_the_schema_refuses():
    """The schema catches what a hand-written type table did not: a product that is not a URL, a
    date without a time, an embedded agenda item without its order."""
    bad = {
        "id": "http://testserver/oparl/v1.1/meeting/1/",
        "type": "https://schema.oparl.org/1.1/Meeting",
        "start": "2026-12-03",
        "agendaItem": [{"id": "http://testserver/a/1", "type": "https://schema.oparl.org/1.1/AgendaItem"}],
    }
    problems = validate(bad)
    assert any("start" in p and "date-time" in p for p in problems)
    assert any("order" in p for p in problems)
    assert validate({"id": "x", "type": "https://schema.oparl.org/1.1/System", "oparlVersion": "x", "body": "x"})


def test_lists_filter_by_created_and_modified_and_refuse_bad_values(client, council):
    later = (timezone.now() + timedelta(minutes=1)).isoformat(timespec="seconds").replace("+", "%2B")
    assert get(client, f"{ROOT}body/1/papers/?modified_since={later}")["data"] == []
    assert get(client, f"{ROOT}body/1/papers/?created_until={later}")["pagination"]["totalElements"] == 1
    assert "error" in get(client, f"{ROOT}body/1/files/?created_since=gestern", status=400)
    assert "error" in get(client, f"{ROOT}person/999999/", status=404)
    assert "error" in get(client, f"{ROOT}body/2/people/", status=404)


def test_lists_cost_no_query_per_object(client, council, django_assert_max_num_queries):
    def queries(url):
        with django_assert_max_num_queries(60) as counted:
            data = get(client, url)["data"]
        return len(counted), len(data)

    before = {name: queries(f"{ROOT}body/1/{name}/") for name in ("meetings", "papers", "files", "people")}
    for number in range(8):
        extra = meeting([], title=f"Sitzung {number}", translate_it=False, agenda=[("TOP", "Item")])
        file = File.objects.create(name=f"Anlage {number}", access_url="https://ris.example.org/a.pdf")
        file.meetings.add(extra)
        paper = Paper.objects.create(name=f"Antrag {number}", main_file=file)
        paper.auxiliary_files.add(file)
        Membership.objects.create(
            person=Person.objects.create(name=f"Person {number}"),
            committee=council["person"].memberships.first().committee,
        )
    for name, (count, size) in before.items():
        after, more = queries(f"{ROOT}body/1/{name}/")
        assert more > size and after <= count, (name, count, after)


def test_a_moved_meeting_is_given_at_its_new_date(client, council):
    moved = council["meeting"]
    old_start = moved.start
    moved.state, moved.moved_to = "moved", old_start + timedelta(days=7)
    moved.save()
    data = get(client, f"{ROOT}meeting/{moved.pk}/")
    assert_valid(data)
    assert data["meetingState"] == "verschoben" and data["cancelled"] is False
    assert data["start"] == timezone.localtime(old_start + timedelta(days=7)).isoformat(timespec="seconds")
    assert data["end"] == timezone.localtime(moved.end + timedelta(days=7)).isoformat(timespec="seconds")


def test_editors_keep_people_papers_and_files_in_the_admin(admin_client, council):
    for model in ("person", "paper", "file", "oparlliststate"):
        assert admin_client.get(f"/admin/snippets/council/{model}/").status_code == 200, model
    for model in ("person", "paper", "file"):
        assert admin_client.get(f"/admin/snippets/council/{model}/add/").status_code == 200, model
    edit = admin_client.get(f"/admin/snippets/council/paper/edit/{council['paper'].pk}/")
    assert edit.status_code == 200 and "Radweg an der Hauptstraße" in edit.content.decode()

    refused = admin_client.post("/admin/snippets/council/file/add/", {"name": "Ohne Datei", "public": "on"})
    assert refused.status_code == 200 and not File.objects.filter(name="Ohne Datei").exists()
    created = admin_client.post(
        "/admin/snippets/council/file/add/",
        {
            "name": "Niederschrift",
            "access_url": "https://ris.example.org/niederschrift.pdf",
            "public": "on",
            "meetings": [council["meeting"].pk],
        },
    )
    assert created.status_code == 302, created.content[:500]
    file = File.objects.get(name="Niederschrift")
    assert list(file.meetings.all()) == [council["meeting"]]
    listed = get(admin_client, f"{ROOT}meeting/{council['meeting'].pk}/")
    assert "Niederschrift" in [f["name"] for f in listed["auxiliaryFile"]]
