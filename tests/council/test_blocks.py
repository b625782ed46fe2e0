"""The embeddable blocks: upcoming meetings for chosen committees, and one meeting, with live state."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import translation
from freezegun import freeze_time

from council.blocks import MeetingBlock, UpcomingMeetingsBlock
from tests.council.helpers import berlin, committee, event, meeting

pytestmark = pytest.mark.django_db


@freeze_time("2026-11-20 12:00:00")
def test_upcoming_meetings_of_chosen_committees_with_count():
    building = committee("Bauausschuss Test", "Building committee test")
    other = committee("Kulturausschuss Test", "Culture committee test")
    for day in (1, 8, 15):
        meeting([building], title=f"Bau {day}", title_en=f"Building {day}", start=berlin(2026, 12, day, 17))
    meeting([other], title="Kultur", title_en="Culture", start=berlin(2026, 11, 30, 17))
    block = UpcomingMeetingsBlock()
    value = block.to_python({"title": "Nächste Sitzungen", "committees": [building.pk], "categories": [], "count": 2})
    with translation.override("en"):
        html = block.render(value, {"request": RequestFactory().get("/en/")})
    assert "Building 1" in html and "Building 8" in html
    assert "Building 15" not in html and "Culture" not in html
    assert f"/en/calendar/?committee={building.pk}" in html


@freeze_time("2026-11-20 12:00:00")
def test_upcoming_block_with_event_category_and_live_state():
    building = committee("Bauausschuss Test", "Building committee test")
    start = berlin(2026, 11, 20, 12, 30)
    meeting(
        [building],
        title="Laufende Sitzung",
        title_en="Running meeting",
        start=start - timedelta(hours=1),
        end=start + timedelta(hours=1),
        livestream_url="https://stream.example/live",
    )
    event(title="Markt Test", title_en="Market test", start=berlin(2026, 11, 21, 8), category="market")
    block = UpcomingMeetingsBlock()
    value = block.to_python({"committees": [building.pk], "categories": ["market"], "count": 5})
    with translation.override("en"):
        html = block.render(value, {"request": RequestFactory().get("/en/")})
    assert "Running meeting" in html and "Live now" in html and "Market test" in html


@freeze_time("2026-12-03 17:30:00")
def test_one_meeting_block_shows_live_link():
    building = committee("Bauausschuss Test", "Building committee test")
    item = meeting(
        [building],
        start=berlin(2026, 12, 3, 17),
        end=berlin(2026, 12, 3, 19),
        livestream_url="https://stream.example/live",
    )
    block = MeetingBlock()
    value = block.to_python({"meeting": item.get_translations().get().pk})
    with translation.override("en"):
        html = block.render(value, {"request": RequestFactory().get("/en/")})
    assert "Test committee: meeting no. 1" in html and "Live now" in html
    assert f"/en/calendar/meetings/{item.pk}/#agenda" in html


@freeze_time("2026-11-20 12:00:00")
@pytest.mark.parametrize("language, moved_date", [("de", "Donnerstag, 10. Dezember 2026"), ("en", "Thursday, 10 December 2026")])
def test_one_meeting_block_shows_a_moved_meeting_at_its_new_date(language, moved_date):
    building = committee("Bauausschuss Test", "Building committee test")
    item = meeting(
        [building],
        start=berlin(2026, 12, 3, 17),
        end=berlin(2026, 12, 3, 19),
        state="moved",
        moved_to=berlin(2026, 12, 10, 18),
    )
    block = MeetingBlock()
    value = block.to_python({"meeting": item.pk})
    with translation.override(language):
        html = block.render(value, {"request": RequestFactory().get(f"/{language}/")})
    assert f"{moved_date}, 18:00" in html
    assert "3. Dezember 2026, 17:00" not in html and "3 December 2026, 17:00" not in html


def test_blocks_validate_count():
    from django.core.exceptions import ValidationError

    block = UpcomingMeetingsBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"committees": [], "categories": [], "count": 50}))
