"""Security issue 9, finding 6 (the forms part): answers starting with = + - @ (or tab/CR) ran as
formulas in the spreadsheets staff download. Every CSV/XLSX the forms code serves - Wagtail's
per-form export and the Submissions viewset's export - goes through core.exports.safe_cell."""

import csv
import io

import pytest
from django.test import Client
from openpyxl import load_workbook

from core.exports import FORMULA_PREFIXES
from tests.onlineforms.helpers import form_page, post

pytestmark = pytest.mark.django_db

EVIL = '=HYPERLINK("http://evil")'
ANSWERS = {
    "name": "@SUM(1+1)",
    "email": "=1+2@example.org",
    "thema": "Abfall",
    "nachricht": EVIL,
    "einwilligung": "on",
}


@pytest.fixture
def page():
    page = form_page("kontakt", "de")
    assert post(Client(), page, ANSWERS).status_code == 302
    return page


def content(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response):
    return list(csv.reader(io.StringIO(content(response).decode("utf-8-sig"))))


def xlsx_cells(response):
    sheet = load_workbook(io.BytesIO(content(response))).active
    return [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]


def assert_neutral(values):
    assert values, "nothing exported"
    for value in values:
        assert not str(value).startswith(FORMULA_PREFIXES), value


def test_wagtails_form_export_csv_is_neutralised(admin_client, page):
    rows = csv_rows(admin_client.get(f"/admin/forms/submissions/{page.pk}/?export=csv"))
    cells = [cell for row in rows for cell in row]
    assert "'" + EVIL in cells and "'@SUM(1+1)" in cells and "'=1+2@example.org" in cells
    assert_neutral(cells)


def test_wagtails_form_export_xlsx_has_plain_strings(admin_client, page):
    cells = xlsx_cells(admin_client.get(f"/admin/forms/submissions/{page.pk}/?export=xlsx"))
    evil = next(cell for cell in cells if "HYPERLINK" in str(cell.value))
    assert evil.data_type == "s" and evil.value == "'" + EVIL
    assert_neutral([cell.value for cell in cells])


def test_submission_viewset_exports_are_neutralised(admin_client, page):
    rows = csv_rows(admin_client.get("/admin/onlineforms/submissions/?export=csv"))
    cells = [cell for row in rows for cell in row]
    assert "'=1+2@example.org" in cells
    assert any(EVIL in cell for cell in cells)  # inside the answers column
    assert_neutral(cells)
    cells = xlsx_cells(admin_client.get("/admin/onlineforms/submissions/?export=xlsx"))
    email = next(cell for cell in cells if "1+2@example.org" in str(cell.value))
    assert email.data_type == "s" and email.value == "'=1+2@example.org"
    assert_neutral([cell.value for cell in cells])
