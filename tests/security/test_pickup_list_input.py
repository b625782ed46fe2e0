"""Security issue 9, finding 11 (bookings): hostile ?date= values on the staff pickup list. The first
and last days Python knows overflowed the previous/next-day links (500); anything outside
2000-01-01..2100-12-31 or not a date now shows today with a message, as HTML and as CSV."""

import pytest
from freezegun import freeze_time

pytestmark = pytest.mark.django_db

HOSTILE = ["0001-01-01", "9999-12-31", "1999-12-31", "2101-01-01", "2026-02-30", "tomorrow", "\x00", "9" * 500]


@freeze_time("2026-11-23 09:00:00+01:00")
@pytest.mark.parametrize("value", HOSTILE)
def test_out_of_range_or_broken_dates_show_today_with_a_message(admin_client, value):
    response = admin_client.get("/admin/bookings/pickup-list/", {"date": value})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="2026-11-23"' in html
    assert "01.01.2000" in html and "31.12.2100" in html  # the message names the accepted range
    csv = admin_client.get("/admin/bookings/pickup-list/", {"date": value, "format": "csv"})
    assert csv.status_code == 200 and "sperrmuell-2026-11-23.csv" in csv["Content-Disposition"]


@freeze_time("2026-11-23 09:00:00+01:00")
@pytest.mark.parametrize(
    "value,previous,following", [("2000-01-01", "1999-12-31", "2000-01-02"), ("2100-12-31", "2100-12-30", "2101-01-01")]
)
def test_the_edges_of_the_range_are_shown(admin_client, value, previous, following):
    html = admin_client.get("/admin/bookings/pickup-list/", {"date": value}).content.decode()
    assert f'value="{value}"' in html and f"?date={previous}" in html and f"?date={following}" in html
    assert "31.12.2100" not in html or value == "2100-12-31"


@freeze_time("2026-11-23 09:00:00+01:00")
def test_no_date_means_today_without_a_message(admin_client):
    html = admin_client.get("/admin/bookings/pickup-list/").content.decode()
    assert 'value="2026-11-23"' in html and "01.01.2000" not in html
