from datetime import timedelta

from django import forms
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from bookings import calendar
from bookings.enums import BookingStatus
from bookings.forms import PickupSlotField, long_date
from bookings.ical import pickup_calendar
from bookings.links import booking_for
from bookings.models import Booking, PickupSettings


class MoveForm(forms.Form):
    slot = PickupSlotField(label=gettext_lazy("New pickup date"))

    def __init__(self, *args, kind, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"] = PickupSlotField(label=_("New pickup date"), kinds=[kind])


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    """The page behind the signed link in the confirmation e-mail: cancel or move a booking."""
    booking = booking_for(token)
    if booking is None:
        response = render(request, "bookings/invalid_link.html", {"page_title": _("This link is not valid")})
        response.status_code = 404
        return response
    changeable = calendar.can_change(booking)
    form = MoveForm(kind=booking.kind)
    message = None
    if request.method == "POST" and changeable:
        action = request.POST.get("action")
        if action == "cancel":
            booking = calendar.cancel(booking)
            return redirect(request.path + "?done=cancelled")
        if action == "move":
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
    if done == "cancelled":
        message = _("Your pickup has been cancelled.")
    elif done == "moved":
        message = _("Your pickup has been moved to %(date)s.") % {"date": long_date(booking.date)}
    context = {
        "booking": booking,
        "pickup_date": long_date(booking.date),
        "changeable": changeable and booking.status == BookingStatus.BOOKED,
        "form": form,
        "message": message,
        "page_title": _("Your bulky-waste pickup %(reference)s") % {"reference": booking.reference},
    }
    return render(request, "bookings/manage.html", context, status=400 if form.errors else 200)


def crew_feed(request, token):
    """iCal feed for the crews, protected by the token in PickupSettings."""
    settings = PickupSettings.load()
    if not constant_time_compare(token, settings.feed_token):
        raise Http404
    today = timezone.localdate()
    bookings = Booking.objects.filter(
        date__gte=today - timedelta(days=7), date__lte=today + timedelta(days=settings.horizon_days + 7)
    ).order_by("date", "kind", "slot")
    response = HttpResponse(pickup_calendar(bookings, request.get_host()), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response
