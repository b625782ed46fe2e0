"""Spreadsheets of bookings for staff and crews. Names, addresses and items are typed by citizens,
so every text cell goes through core.exports.safe_cell: a cell starting with = + - @ (or a tab or
carriage return) is shown by Excel/LibreOffice as text, never run as a formula (CSV injection)."""

import csv
import io

from bookings.enums import BookingStatus
from core.exports import safe_cell
from onlineforms.scope import form_scope

CSV_COLUMNS = ["Datum", "Art", "Platz", "Aktenzeichen", "Name", "Adresse", "Gegenstände", "Gebühr EUR", "Status"]
STATUS_LABELS = {
    BookingStatus.RESERVED: "reserviert (nicht bestätigt)",
    BookingStatus.BOOKED: "gebucht",
    BookingStatus.CANCELLED: "storniert",
    BookingStatus.EXPIRED: "verfallen",
}


def bookings_for_user(user, queryset):
    """The bookings of `queryset` the user may see: those of submissions in the user's form scope;
    anonymised bookings (their submission purged) only for staff who see every form."""
    scope = form_scope(user)
    if scope.everything:
        return queryset
    return queryset.filter(submission__in=scope.submissions())


def bookings_csv(bookings):
    """Semicolon-separated with BOM, so German Excel opens it as it is."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";")
    writer.writerow(CSV_COLUMNS)
    for b in bookings:
        row = [
            b.date.strftime("%d.%m.%Y"),
            "Express" if b.kind == "express" else "Standard",
            b.slot or "",
            b.reference,
            b.name,
            b.address,
            " ".join(b.items.split()),
            f"{b.fee:.2f}".replace(".", ","),
            STATUS_LABELS.get(b.status, b.status),
        ]
        writer.writerow([safe_cell(value) for value in row])
    return out.getvalue()
