"""Free pickup dates, booking, cancelling and moving. The database guarantees the capacity:
each active booking holds a numbered slot, and (date, kind, slot) is unique among active ones."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bookings.enums import BookingStatus, PickupKind
from bookings.holidays import is_holiday
from bookings.models import Booking, ClosedDay, DayCapacity, PickupSettings


class SlotUnavailable(Exception):
    """The chosen day is full, closed or outside the booking window."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


FULL_MESSAGE = _("This date has just been fully booked. Please choose another date.")
NOT_OFFERED_MESSAGE = _("Please choose one of the dates offered.")


@dataclass(frozen=True)
class FreeDay:
    date: date
    kind: str
    free: int
    fee: object

    @property
    def value(self):
        return encode_choice(self.date, self.kind)


def encode_choice(day, kind):
    return f"{day.isoformat()}|{kind}"


def decode_choice(value):
    """'2026-11-25|standard' -> (date, kind); ValueError for anything else."""
    day_text, _sep, kind = str(value).partition("|")
    if kind not in PickupKind.values:
        raise ValueError("unknown pickup kind")
    return date.fromisoformat(day_text), kind


def get_settings():
    return PickupSettings.load()


def window(kind, today=None, settings=None):
    settings = settings or get_settings()
    today = today or timezone.localdate()
    return today + timedelta(days=settings.lead(kind)), today + timedelta(days=settings.horizon_days)


def pickup_days(first, last, settings=None):
    """Days between first and last (inclusive) on which crews collect at all."""
    settings = settings or get_settings()
    weekdays = settings.weekdays()
    closed = set(ClosedDay.objects.filter(date__range=(first, last)).values_list("date", flat=True))
    day = first
    while day <= last:
        if day.weekday() in weekdays and not is_holiday(day) and day not in closed:
            yield day
        day += timedelta(days=1)


def capacities(first, last, kind, settings):
    overrides = dict(DayCapacity.objects.filter(date__range=(first, last), kind=kind).values_list("date", "capacity"))
    return lambda day: overrides.get(day, settings.default_capacity(kind))


def booked_counts(first, last, kind):
    rows = (
        Booking.objects.filter(date__range=(first, last), kind=kind, status=BookingStatus.BOOKED)
        .values("date")
        .annotate(n=Count("id"))
    )
    return {row["date"]: row["n"] for row in rows}


def free_days(kind, today=None, settings=None):
    """[FreeDay] with at least one free slot, in date order (three queries)."""
    settings = settings or get_settings()
    first, last = window(kind, today, settings)
    if first > last:
        return []
    capacity = capacities(first, last, kind, settings)
    counts = booked_counts(first, last, kind)
    fee = settings.fee(kind)
    result = []
    for day in pickup_days(first, last, settings):
        free = capacity(day) - counts.get(day, 0)
        if free > 0:
            result.append(FreeDay(day, kind, free, fee))
    return result


def check_offered(day, kind, today=None, settings=None):
    """Raise SlotUnavailable unless the day is a bookable pickup day (ignoring how full it is)."""
    settings = settings or get_settings()
    first, last = window(kind, today, settings)
    if not (first <= day <= last) or day not in set(pickup_days(day, day, settings)):
        raise SlotUnavailable(NOT_OFFERED_MESSAGE)


def _take_slot(booking, settings):
    """Give `booking` the lowest free slot of its day, or raise SlotUnavailable. Must run inside
    a transaction; each attempt is a savepoint, so a lost race simply tries the next number."""
    capacity = capacities(booking.date, booking.date, booking.kind, settings)(booking.date)
    taken = set(
        Booking.objects.filter(date=booking.date, kind=booking.kind, status=BookingStatus.BOOKED)
        .exclude(pk=booking.pk)
        .values_list("slot", flat=True)
    )
    for slot in range(1, capacity + 1):
        if slot in taken:
            continue
        booking.slot = slot
        try:
            with transaction.atomic():
                booking.save()
            return booking
        except IntegrityError:
            continue
    booking.slot = None
    raise SlotUnavailable(FULL_MESSAGE)


@transaction.atomic
def book(day, kind, *, today=None, **fields):
    """Create an active booking on `day`, or raise SlotUnavailable."""
    settings = get_settings()
    check_offered(day, kind, today, settings)
    booking = Booking(date=day, kind=kind, fee=settings.fee(kind), status=BookingStatus.BOOKED, **fields)
    return _take_slot(booking, settings)


@transaction.atomic
def cancel(booking):
    """Free the slot. Cancelling twice is harmless."""
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == BookingStatus.BOOKED:
        booking.status = BookingStatus.CANCELLED
        booking.slot = None
        booking.cancelled_at = timezone.now()
        booking.save(update_fields=["status", "slot", "cancelled_at"])
    return booking


@transaction.atomic
def move(booking, day, kind=None, today=None):
    """Move an active booking to another day (and kind); the old slot is freed only if the new one is won."""
    settings = get_settings()
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status != BookingStatus.BOOKED:
        raise SlotUnavailable(_("This booking has been cancelled."))
    kind = kind or booking.kind
    check_offered(day, kind, today, settings)
    booking.date, booking.kind, booking.fee = day, kind, settings.fee(kind)
    return _take_slot(booking, settings)


def can_change(booking, today=None):
    """Citizens may cancel or move until the day before the pickup."""
    today = today or timezone.localdate()
    return booking.status == BookingStatus.BOOKED and booking.date > today
