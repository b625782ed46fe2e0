"""Time-dependent content stays true: a cached page expires when what it says changes by the clock."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from cms.models import Alert

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")


def at(*args):
    return datetime(*args, tzinfo=BERLIN)


def test_open_now_expires_when_the_office_closes(visitor, town):
    url = town.service("personalausweis", "en").url  # names the office, open Mondays 8:00–12:30 and 14:00–16:00
    with freeze_time(at(2026, 11, 2, 12, 0)) as clock:  # a Monday
        first = visitor.get(url)
        assert "Open now" in first.content.decode()
        assert int(first["X-Accel-Expires"]) == 30 * 60  # until 12:30
        clock.move_to(at(2026, 11, 2, 12, 29))
        assert visitor.status(url) == "hit"
        clock.move_to(at(2026, 11, 2, 12, 31))
        after = visitor.get(url)
        assert after.cache_status == "miss"
        assert "Closed now" in after.content.decode()
        assert int(after["X-Accel-Expires"]) == 3600  # opens again at 14:00, after the timeout


def test_an_alert_appears_when_it_starts_and_goes_when_it_ends(visitor, town):
    url = town.service("hund").url
    with freeze_time(at(2026, 11, 2, 9, 0)) as clock:
        Alert.objects.create(
            locale=town.home.locale,
            title="Glatteis",
            text="Vorsicht auf den Wegen.",
            starts_at=at(2026, 11, 2, 10, 0),
            ends_at=at(2026, 11, 2, 10, 30),
        )
        page = visitor.get(url)
        assert "Glatteis" not in page.content.decode()
        assert int(page["X-Accel-Expires"]) <= 60 * 60  # at most until the alert starts
        assert visitor.status(url) == "hit"
        clock.move_to(at(2026, 11, 2, 10, 0, 1))
        shown = visitor.get(url)
        assert shown.cache_status == "miss" and "Glatteis" in shown.content.decode()
        assert int(shown["X-Accel-Expires"]) <= 30 * 60
        clock.move_to(at(2026, 11, 2, 10, 30, 1))
        gone = visitor.get(url)
        assert gone.cache_status == "miss" and "Glatteis" not in gone.content.decode()


def test_a_service_notice_starts_on_its_first_day(visitor, town):
    service = town.service("fundsachen")
    with freeze_time(at(2026, 11, 2, 20, 0)) as clock:
        service.status = "restricted"
        service.status_reason = "Umzug des Fundbüros."
        service.status_from = at(2026, 11, 3, 0, 0).date()
        service.status_until = at(2026, 11, 4, 0, 0).date()
        service.save_revision().publish()
        home = town.home.url
        assert "Umzug des Fundbüros" not in visitor.get(home).content.decode()
        assert visitor.status(home) == "hit"
        clock.move_to(at(2026, 11, 3, 0, 0, 1))
        assert visitor.status(home) == "miss"
        clock.move_to(at(2026, 11, 5, 0, 0, 1))
        assert visitor.status(home) == "miss"


def test_the_cache_never_outlives_its_timeout(visitor, town, settings):
    settings.PAGECACHE_TIMEOUT = 60
    url = town.service("hund").url
    with freeze_time(at(2026, 11, 7, 13, 0)) as clock:  # Saturday afternoon: closed until Monday
        assert int(visitor.get(url)["X-Accel-Expires"]) == 60
        clock.tick(timedelta(seconds=61))
        assert visitor.status(url) == "miss"
