"""Helpers for every file the project writes for spreadsheets (CSV, XLSX)."""

# A spreadsheet runs a cell that starts with one of these as a formula (CSV/formula injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value):
    """A text cell as a spreadsheet will show, never run, it: a leading formula character gets an
    apostrophe in front (OWASP's advice). Numbers, dates and other non-text values pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin:
    """For a Wagtail view with SpreadsheetExportMixin (every ModelViewSet's IndexView, the form
    builder's submissions list): each exported value and heading, CSV and XLSX alike, passes
    safe_cell after Wagtail's own formatting (preprocess_field_value is where both write_csv_row and
    generate_xlsx_row get their values), so no field can slip past."""

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        return safe_cell(super().get_heading(queryset, field))
