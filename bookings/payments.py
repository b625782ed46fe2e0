"""Express pickups and online payment: what a held pickup charges, and what a payment's outcome
means for it. Connected by BookingsConfig.ready() through billing's charge registry and signals.

A pickup with a fee is booked only when paid: `calendar.book` holds it (reserved, for
BILLING_HOLD_MINUTES) with `payment_required`; billing asks `pickup_charges` what the submission
owes (the fee of each pickup still held, never an amount from the browser); `payment_paid` books
it, `payment_failed` (cancelled, declined, timed out) releases its slot. A payment that arrives
after the slot was released is refunded; cancelling a paid pickup refunds it (calendar.cancel)."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from billing import charges
from billing.models import OPEN_STATUSES
from billing.receivers import refund_submission
from billing.signals import payment_failed, payment_paid
from bookings.enums import BookingStatus
from bookings.models import Booking
from core.formats import long_date


def pickup_charges(submission):
    """A charge per pickup of the submission that is held for its fee and not yet paid."""
    now = timezone.now()
    found = []
    with override(submission.language):
        for booking in submission.bookings.filter(
            payment_required=True, paid_at__isnull=True, status=BookingStatus.RESERVED, reserved_until__gt=now
        ):
            label = _("%(kind)s on %(date)s") % {"kind": booking.get_kind_display(), "date": long_date(booking.date)}
            found.append(charges.Charge(label, booking.fee))
    return found


def book_paid(sender, payment, **kwargs):
    """payment_paid: each pickup held for it is booked; one whose slot was released meanwhile
    (the payment came after the hold time) gets its fee back."""
    if payment.submission_id is None:
        return
    now = timezone.now()
    for booking in Booking.objects.select_for_update().filter(
        submission_id=payment.submission_id, payment_required=True, paid_at__isnull=True
    ):
        booking.paid_at = now
        if booking.status == BookingStatus.RESERVED and booking.reserved_until and booking.reserved_until > now:
            booking.status, booking.confirmed_at = BookingStatus.BOOKED, now
            booking.save(update_fields=["paid_at", "status", "confirmed_at"])
        else:
            booking.save(update_fields=["paid_at"])
            refund_submission(payment.submission, booking.fee, f"pickup {booking.reference} released before payment")


def release_unpaid(sender, payment, **kwargs):
    """payment_failed: the pickups held for it are released, unless another attempt is still open."""
    if payment.submission_id is None:
        return
    if payment.submission.payments.filter(status__in=OPEN_STATUSES).exclude(pk=payment.pk).exists():
        return
    now = timezone.now()
    Booking.objects.filter(
        submission_id=payment.submission_id,
        payment_required=True,
        paid_at__isnull=True,
        status=BookingStatus.RESERVED,
    ).update(status=BookingStatus.EXPIRED, slot=None, cancelled_at=now)


def connect():
    charges.register(pickup_charges)
    payment_paid.connect(book_paid, dispatch_uid="bookings_book_paid")
    payment_failed.connect(release_unpaid, dispatch_uid="bookings_release_unpaid")
