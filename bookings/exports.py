import csv
import io

from bookings.enums import BookingStatus

CSV_COLUMNS = ["Datum", "Art", "Platz", "Aktenzeichen", "Name", "Adresse", "Gegenstände", "Gebühr EUR", "Status"]


def bookings_csv(bookings):
    """Semicolon-separated with BOM, so German Excel opens it as it is."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";")
    writer.writerow(CSV_COLUMNS)
    for b in bookings:
        writer.writerow(
            [
                b.date.strftime("%d.%m.%Y"),
                "Express" if b.kind == "express" else "Standard",
                b.slot or "",
                b.reference,
                b.name,
                b.address,
                " ".join(b.items.split()),
                f"{b.fee:.2f}".replace(".", ","),
                "storniert" if b.status == BookingStatus.CANCELLED else "gebucht",
            ]
        )
    return out.getvalue()
