"""iCal texts are plain text: calendar apps show DESCRIPTION (and some SUMMARY/LOCATION) as HTML, so
markup in a meeting note, an event description or a title must arrive as its text, links as
"text (address)", entities as characters, nothing a client could render or run."""

from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.council.helpers import committee, event, meeting

pytestmark = pytest.mark.django_db

NOTE = (
    '<p>Bitte <b>pünktlich</b> &amp; mit Ausweis.</p><script>alert("x")</script>'
    '<p>Unterlagen <a href="https://rat.example/vorlage/12">hier</a>.<br>Saal&nbsp;2</p>'
    '<img src="x" onerror="alert(1)">&lt;iframe src=//evil.example&gt;&lt;/iframe&gt;'
)
DESCRIPTION = (
    '<h2>Flohmarkt</h2><ul><li>Stände &amp; Kaffee</li><li><a href="javascript:alert(1)">Anmeldung</a></li></ul>'
)


def _components(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return [c for c in Calendar.from_ical(response.content).walk() if c.name == "VEVENT"]


def _texts(component):
    return {name: str(component.get(name, "")) for name in ("summary", "description", "location")}


def _assert_plain(text):
    for fragment in ("<", ">", "&amp;", "&lt;", "&nbsp;", "script", "onerror", "iframe", "javascript:"):
        assert fragment not in text, (fragment, text)


@pytest.fixture
def soon():
    return timezone.now() + timedelta(days=4)


def test_meeting_note_and_title_are_plain_text_in_every_meeting_feed(client, soon):
    panel = committee("Umweltausschuss Test", "Environment committee test")
    item = meeting([panel], title="<em>9.</em> Sitzung &amp; Ortstermin", start=soon, note=NOTE)
    for url in (f"/feeds/meetings/{item.pk}.ics", f"/feeds/committees/{panel.pk}.ics", "/feeds/meetings.ics"):
        found = [c for c in _components(client, url) if "Ortstermin" in str(c.get("summary"))]
        assert len(found) == 1, url
        texts = _texts(found[0])
        for text in texts.values():
            _assert_plain(text)
        assert texts["summary"] == "9. Sitzung & Ortstermin"
        description = texts["description"]
        assert "Bitte pünktlich & mit Ausweis." in description
        assert "Unterlagen hier (https://rat.example/vorlage/12)." in description
        assert "Saal 2" in description


def test_event_description_is_plain_text(client, soon):
    item = event(
        title="Flohmarkt &amp; mehr",
        start=soon,
        description=DESCRIPTION,
        place="<b>Marktplatz</b>",
        category="market",
    )
    for url in (f"/feeds/events/{item.pk}.ics", "/feeds/categories/market.ics", "/feeds/events.ics"):
        found = [c for c in _components(client, url) if "Flohmarkt" in str(c.get("summary"))]
        assert found, url
        texts = _texts(found[0])
        for text in texts.values():
            _assert_plain(text)
        assert texts["summary"] == "Flohmarkt & mehr"
        assert "Stände & Kaffee" in texts["description"] and "Anmeldung" in texts["description"]
        assert texts["location"].startswith("Marktplatz")


def test_plain_text_unit():
    from council.ical import plain_text

    assert plain_text("a < b &amp;&amp; c > d") == "a < b && c > d"
    assert plain_text("&amp;lt;b&amp;gt;fett&amp;lt;/b&amp;gt;") == "fett"
    assert plain_text('<a href="mailto:rat@stadt.example">rat@stadt.example</a>') == "rat@stadt.example"
    assert plain_text("Zeile 1\r\n\r\n\r\n\r\nZeile 2\x00") == "Zeile 1\n\nZeile 2"
    assert plain_text(None) == ""
