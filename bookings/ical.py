"""The crew's pickup schedule as an iCalendar feed (one all-day event per booking)."""

from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar, Event

from bookings.enums import BookingStatus


def pickup_calendar(bookings, host="stadtportal"):
    cal = Calendar()
    cal.add("prodid", "-//Stadtportal//Sperrmuell//DE")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Sperrmüll-Abholungen")
    cal.add("x-wr-timezone", "Europe/Berlin")
    now = timezone.now()
    for booking in bookings:
        event = Event()
        event.add("uid", f"booking-{booking.pk}@{host}")
        event.add("dtstamp", now)
        event.add("dtstart", booking.date)
        event.add("dtend", booking.date + timedelta(days=1))
        express = " EXPRESS" if booking.kind == "express" else ""
        event.add("summary", f"Sperrmüll{express}: {booking.address or booking.reference}")
        event.add("location", booking.address)
        event.add("description", f"{booking.reference}\n{booking.name}\n{booking.items}".strip())
        event.add("status", "CANCELLED" if booking.status == BookingStatus.CANCELLED else "CONFIRMED")
        event.add("categories", [booking.get_kind_display()])
        cal.add_component(event)
    return cal.to_ical()
