"""Free pickup dates, reserving, confirming, releasing, cancelling and moving.

Capacity: the database guarantees it. Each booking that holds a slot (reserved or booked) has a
numbered slot, and (date, kind, slot) is unique among those (a partial unique constraint).

Reservation: a citizen's booking starts `reserved`; the slot is held (it counts against capacity
and the household limit) until `reserved_until`. Opening the signed link from the confirmation
e-mail and pressing the button makes it `booked`. A reservation not confirmed in time is released
(`expired`, slot freed) by `release_expired`, run by the `release_reservations` task (queued for
the deadline when the backend can defer, i.e. the db_worker) and by the `release_reservations`
management command from cron. A reservation past its deadline counts as free even before the job
has run: `held()` ignores it and `_take_slot` releases the day's overdue ones before choosing.

Per-household limit: a household (normalised address) and an e-mail address may each have at most
`PickupSettings.standard_limit` open standard and `express_limit` open express pickups; "open" is
holding a slot with a pickup date today or later. Why not a unique constraint? A partial unique
index can only test immutable row values, not "date >= today": yesterday's booking stays `booked`
and would block the household until a job rewrote it, and a unique index can only say "one",
not a configurable limit. So the check is a count, made safe against parallel submissions by a
lock per household and per e-mail address: on PostgreSQL a transaction-scoped advisory lock
(`pg_advisory_xact_lock`) on a hash of each key, taken in a fixed order (no deadlocks) before
counting and held until the booking commits. A second submission for the same household waits,
then counts the first one's committed booking and is refused. Advisory locks need no table and
leave no personal data behind. This relies on READ COMMITTED (Django's default), where the count
after the wait sees the other transaction's commit. SQLite lets only one writer in at a time, and
store_submission writes the submission before it books, so there the transactions queue anyway."""

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import IntegrityError, connections, router, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from billing import flow as billing_flow
from billing.providers import enabled as payment_enabled
from billing.receivers import refund_submission
from bookings.enums import HOLDING_STATUSES, BookingStatus, PickupKind
from bookings.holidays import is_holiday
from bookings.households import email_key, household_key
from bookings.models import Booking, ClosedDay, DayCapacity, PickupSettings
from bookings.tasks import schedule_release


class SlotUnavailable(Exception):
    """The chosen day is full, closed or outside the booking window."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class BookingLimitReached(SlotUnavailable):
    """The household or e-mail address already has as many open pickups of this kind as allowed.
    `reason` is "household" or "email"."""

    def __init__(self, message, reason):
        super().__init__(message)
        self.reason = reason


FULL_MESSAGE = _("This date has just been fully booked. Please choose another date.")
NOT_OFFERED_MESSAGE = _("Please choose one of the dates offered.")
HOUSEHOLD_LIMIT_MESSAGE = _(
    "You already have an open pickup booking for this address. Please cancel or move it via the link "
    "in your e-mail instead of booking again."
)
EMAIL_LIMIT_MESSAGE = _(
    "You already have an open pickup booking with this e-mail address. Please cancel or move it via "
    "the link in your e-mail instead of booking again."
)


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
    rows = Booking.objects.holding().filter(date__range=(first, last), kind=kind).values("date").annotate(n=Count("id"))
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


def release_expired(now=None, **filters):
    """Release the overdue reservations (of one day and kind, say); see BookingQuerySet.release_expired."""
    return Booking.objects.filter(**filters).release_expired(now)


def _take_slot(booking, settings):
    """Give `booking` the lowest free slot of its day, or raise SlotUnavailable. Must run inside
    a transaction; each attempt is a savepoint, so a lost race simply tries the next number."""
    release_expired(date=booking.date, kind=booking.kind)
    capacity = capacities(booking.date, booking.date, booking.kind, settings)(booking.date)
    taken = set(
        Booking.objects.filter(date=booking.date, kind=booking.kind, status__in=HOLDING_STATUSES)
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


def lock_keys(*keys):
    """Serialise bookings for the same household / e-mail address until the transaction ends
    (PostgreSQL advisory locks; see the module docstring). No-op elsewhere."""
    connection = connections[router.db_for_write(Booking)]
    if connection.vendor != "postgresql":
        return
    ids = sorted(
        {int.from_bytes(hashlib.sha256(f"bookings:{k}".encode()).digest()[:8], "big", signed=True) for k in keys if k}
    )
    with connection.cursor() as cursor:
        for lock_id in ids:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [lock_id])


def check_limits(kind, household, email, *, today=None, settings=None, exclude_pk=None):
    """Raise BookingLimitReached if the household or e-mail key already has its open pickups of
    this kind (one query over the indexed keys). Empty keys are not limited."""
    settings = settings or get_settings()
    today = today or timezone.localdate()
    checks = {}
    if household:
        checks["household"] = Q(household_key=household)
    if email:
        checks["email"] = Q(email_key=email)
    if not checks:
        return
    either = checks.get("household", Q(pk__in=[])) | checks.get("email", Q(pk__in=[]))
    counts = (
        Booking.objects.holding()
        .filter(either, kind=kind, date__gte=today)
        .exclude(pk=exclude_pk)
        .aggregate(**{name: Count("pk", filter=q) for name, q in checks.items()})
    )
    limit = settings.limit(kind)
    if counts.get("household", 0) >= limit:
        raise BookingLimitReached(HOUSEHOLD_LIMIT_MESSAGE, "household")
    if counts.get("email", 0) >= limit:
        raise BookingLimitReached(EMAIL_LIMIT_MESSAGE, "email")


@transaction.atomic
def book(day, kind, *, today=None, email="", confirmed=False, **fields):
    """Reserve a slot on `day` for the household at `address` (held until the citizen confirms,
    see `confirm`), or raise SlotUnavailable / BookingLimitReached. `confirmed=True` books at once
    (staff, tests). `email` is the citizen's address, for the per-e-mail limit."""
    settings = get_settings()
    check_offered(day, kind, today, settings)
    household, mail_key = household_key(fields.get("address", "")), email_key(email)
    lock_keys(household, mail_key)
    check_limits(kind, household, mail_key, today=today, settings=settings)
    now = timezone.now()
    fee = settings.fee(kind)
    # A pickup with a fee is held for its payment (a short time) and booked when paid, when online
    # payment is offered; otherwise it waits for the e-mail confirmation as before.
    payment_required = not confirmed and fee > 0 and payment_enabled()
    hold = billing_flow.hold_delta() if payment_required else timedelta(hours=settings.confirm_hours)
    booking = Booking(
        date=day,
        kind=kind,
        fee=fee,
        status=BookingStatus.BOOKED if confirmed else BookingStatus.RESERVED,
        household_key=household,
        email_key=mail_key,
        reserved_until=None if confirmed else now + hold,
        confirmed_at=now if confirmed else None,
        payment_required=payment_required,
        **fields,
    )
    _take_slot(booking, settings)
    if not confirmed:
        transaction.on_commit(lambda: schedule_release(booking.reserved_until))
    return booking


@transaction.atomic
def confirm(booking, now=None):
    """The citizen confirmed their e-mail address: a reservation still within its deadline becomes
    booked. Past the deadline it is released instead. Returns the booking; its status says what
    happened (booked, or expired/cancelled if it could not be confirmed). Confirming twice is harmless."""
    now = now or timezone.now()
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status != BookingStatus.RESERVED or booking.awaiting_payment:
        return booking  # a pickup held for its fee is booked by the payment, not by the e-mail link
    if booking.reserved_until is not None and booking.reserved_until <= now:
        release_expired(now, pk=booking.pk)
    else:
        booking.status, booking.confirmed_at = BookingStatus.BOOKED, now
        booking.save(update_fields=["status", "confirmed_at"])
    booking.refresh_from_db()
    return booking


@transaction.atomic
def cancel(booking):
    """Free the slot (of a booked or a reserved pickup). A paid fee is refunded through the payment
    provider (citizens cancel until the day before the pickup, see can_change). Cancelling twice is
    harmless (and refunds once)."""
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status in HOLDING_STATUSES:
        booking.status = BookingStatus.CANCELLED
        booking.slot = None
        booking.cancelled_at = timezone.now()
        booking.save(update_fields=["status", "slot", "cancelled_at"])
        if booking.paid_at and booking.fee and booking.submission_id:
            refund_submission(booking.submission, booking.fee, f"pickup {booking.reference} cancelled")
    return booking


@transaction.atomic
def move(booking, day, kind=None, today=None):
    """Move a booked pickup to another day (and kind); the old slot is freed only if the new one is
    won. Moving to the other kind counts against that kind's household limit."""
    settings = get_settings()
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status != BookingStatus.BOOKED:
        raise SlotUnavailable(_("This booking has been cancelled."))
    kind = kind or booking.kind
    check_offered(day, kind, today, settings)
    if kind != booking.kind:
        lock_keys(booking.household_key, booking.email_key)
        check_limits(
            kind, booking.household_key, booking.email_key, today=today, settings=settings, exclude_pk=booking.pk
        )
    booking.date, booking.kind = day, kind
    if not booking.paid_at:  # a paid fee stays what was paid
        booking.fee = settings.fee(kind)
    return _take_slot(booking, settings)


def is_pending(booking, now=None):
    """Reserved and still within the time to confirm it."""
    now = now or timezone.now()
    return booking.status == BookingStatus.RESERVED and (booking.reserved_until is None or booking.reserved_until > now)


def can_change(booking, today=None):
    """Citizens may cancel (a reservation or a booking) or move (a booking) until the day before the pickup."""
    today = today or timezone.localdate()
    return booking.status in HOLDING_STATUSES and booking.date > today


def can_move(booking, today=None):
    return booking.status == BookingStatus.BOOKED and can_change(booking, today)
