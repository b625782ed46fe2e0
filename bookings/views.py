from datetime import timedelta

from django import forms
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from bookings import calendar
from bookings.enums import BookingStatus
from bookings.forms import PickupSlotField
from bookings.ical import pickup_calendar
from bookings.links import CONFIRM_SALT, booking_for, manage_url
from bookings.models import Booking, PickupSettings
from core.formats import long_date


class MoveForm(forms.Form):
    slot = PickupSlotField(label=gettext_lazy("New pickup date"))

    def __init__(self, *args, kind, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"] = PickupSlotField(label=_("New pickup date"), kinds=[kind])


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    """The page behind the signed link in the confirmation e-mail: cancel a reservation or booking,
    move a booking."""
    booking = booking_for(token)
    if booking is None:
        return invalid_link(request)
    changeable = calendar.can_change(booking)
    movable = calendar.can_move(booking)
    form = MoveForm(kind=booking.kind)
    message = None
    if request.method == "POST" and changeable:
        action = request.POST.get("action")
        if action == "cancel":
            booking = calendar.cancel(booking)
            return redirect(request.path + "?done=cancelled")
        if action == "move" and movable:
            form = MoveForm(request.POST, kind=booking.kind)
            if form.is_valid():
                day, kind = form.cleaned_data["slot"]
                try:
                    calendar.move(booking, day, kind)
                except calendar.SlotUnavailable as error:
                    form.add_error("slot", error.message)
                else:
                    return redirect(request.path + "?done=moved")
    done = request.GET.get("done")
    if done == "confirmed" and booking.status == BookingStatus.BOOKED:
        message = _("Thank you. Your pickup on %(date)s is booked.") % {"date": long_date(booking.date)}
    elif done == "cancelled":
        message = _("Your pickup has been cancelled.")
    elif done == "moved":
        message = _("Your pickup has been moved to %(date)s.") % {"date": long_date(booking.date)}
    context = {
        "booking": booking,
        "pickup_date": long_date(booking.date),
        "changeable": changeable,
        "movable": movable,
        "reserved_until": booking.reserved_until if calendar.is_pending(booking) else None,
        "form": form,
        "message": message,
        "page_title": _("Your bulky-waste pickup %(reference)s") % {"reference": booking.reference},
    }
    return render(request, "bookings/manage.html", context, status=400 if form.errors else 200)


def invalid_link(request):
    context = {
        "page_title": _("This link is not valid"),
        "message": _(
            "Please use the link from your confirmation e-mail exactly as it is. If it still does not work, "
            "call us and quote your reference number."
        ),
    }
    return render(request, "cms/message_page.html", context, status=404)


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """The confirmation link from the e-mail: proves the citizen reads that mailbox, and turns the
    held reservation into a booking.

    GET only shows the booking and a button; the POST of that button (with its CSRF token)
    confirms. GET must never change anything: mail security scanners (Outlook Safe Links,
    Proofpoint, Mimecast, ...), link previews and browsers' prefetching open every link in an
    e-mail without a person. If GET confirmed, a scanner would confirm bookings nobody looked at,
    including ones made with someone else's address, and the confirmation would prove nothing."""
    booking = booking_for(token, CONFIRM_SALT)
    if booking is None:
        return invalid_link(request)
    if request.method == "POST":
        booking = calendar.confirm(booking)
        if booking.status == BookingStatus.BOOKED:
            return redirect(manage_url(booking, get_language()) + "?done=confirmed")
    if calendar.is_pending(booking):
        state, status = "pending", 200
    elif booking.status in (BookingStatus.EXPIRED, BookingStatus.RESERVED):  # reserved here: past its deadline
        state, status = "expired", 410
    elif booking.status == BookingStatus.BOOKED:
        state, status = "confirmed", 200
    else:
        state, status = "cancelled", 410
    context = {
        "booking": booking,
        "state": state,
        "pickup_date": long_date(booking.date),
        "manage_url": manage_url(booking, get_language()),
        "page_title": _("Confirm your bulky-waste pickup %(reference)s") % {"reference": booking.reference},
    }
    return render(request, "bookings/confirm.html", context, status=status)


def crew_feed(request, token):
    """iCal feed for the crews, protected by the token in PickupSettings."""
    settings = PickupSettings.load()
    if not constant_time_compare(token, settings.feed_token):
        raise Http404
    today = timezone.localdate()
    # Only confirmed pickups: a reservation may never be confirmed, and crews must not collect it.
    # A confirmed one that was cancelled stays in the feed as CANCELLED, so calendars drop it.
    bookings = (
        Booking.objects.filter(
            date__gte=today - timedelta(days=7), date__lte=today + timedelta(days=settings.horizon_days + 7)
        )
        .filter(Q(status=BookingStatus.BOOKED) | Q(status=BookingStatus.CANCELLED, confirmed_at__isnull=False))
        .order_by("date", "kind", "slot")
    )
    response = HttpResponse(pickup_calendar(bookings, request.get_host()), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response
