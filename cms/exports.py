"""Helpers for every file the project writes for spreadsheets (CSV, XLSX)."""

# A spreadsheet runs a cell that starts with one of these as a formula (CSV/formula injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value):
    """A text cell as a spreadsheet will show, never run, it: a leading formula character gets an
    apostrophe in front (OWASP's advice). Numbers, dates and other non-text values pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value
