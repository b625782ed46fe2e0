"""Staff side: the day's pickup list (with CSV), all bookings, closed days and capacity exceptions.

Bookings are personal data of a form's submissions: staff see only the bookings of forms in their
form scope (onlineforms/scope.py, docs/editorial.md), in the lists, the exports and every view that
takes an id (404 outside it)."""

from datetime import date, timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import DeleteView, EditView, HistoryView, IndexView, InspectView, UsageView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from bookings.enums import BookingStatus
from bookings.exports import bookings_csv, bookings_for_user
from bookings.models import Booking, ClosedDay, DayCapacity, PickupSettings
from core.exports import SafeSpreadsheetExportMixin
from onlineforms.admin_views import ScopedIndexMixin, ScopedObjectMixin
from onlineforms.scope import form_scope


def _can_view(user):
    return user.has_perm("bookings.view_booking")


# The pickup list accepts only days in this range: anything else is a typo or a probe, and the
# first and last days Python knows (0001-01-01, 9999-12-31) would overflow the previous/next links.
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)


def day_bookings(day, user):
    return bookings_for_user(user, Booking.objects.filter(date=day)).order_by("status", "kind", "slot")


def chosen_day(request):
    """The ?date= of the request if it is a date within FIRST_DAY..LAST_DAY; otherwise today (with a
    message if something else was asked for)."""
    text = request.GET.get("date", "")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        day = None
    if day is not None and FIRST_DAY <= day <= LAST_DAY:
        return day
    if text:
        messages.warning(
            request,
            _("Please choose a day between %(first)s and %(last)s. Showing today instead.")
            % {"first": date_format(FIRST_DAY, "SHORT_DATE_FORMAT"), "last": date_format(LAST_DAY, "SHORT_DATE_FORMAT")},
        )
    return timezone.localdate()


def pickup_list(request):
    """The crews' list for one day: who, where, what, express first. Only confirmed pickups are to be
    collected; reservations still waiting for the citizen's confirmation are listed apart."""
    if not _can_view(request.user):
        raise PermissionDenied
    day = chosen_day(request)
    bookings = day_bookings(day, request.user)
    if request.GET.get("format") == "csv":
        crew = [
            b
            for b in bookings
            if b.status == BookingStatus.BOOKED or (b.status == BookingStatus.CANCELLED and b.confirmed_at)
        ]
        response = HttpResponse(bookings_csv(crew), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="sperrmuell-{day.isoformat()}.csv"'
        return response
    settings = PickupSettings.load()
    return render(
        request,
        "bookings/admin/pickup_list.html",
        {
            "day": day,
            "previous": day - timedelta(days=1),
            "next": day + timedelta(days=1),
            "active": [b for b in bookings if b.status == BookingStatus.BOOKED],
            "reserved": [b for b in bookings if b.status == BookingStatus.RESERVED],
            "cancelled": [b for b in bookings if b.status == BookingStatus.CANCELLED],
            "feed_url": request.build_absolute_uri(reverse("bookings_crew_feed", args=[settings.feed_token])),
            "header_title": _("Pickup list"),
        },
    )


class ScopedBookingMixin:
    def in_scope(self, user, obj):
        scope = form_scope(user)
        return scope.everything or (obj.submission is not None and scope.covers(obj.submission))

    def scope_queryset(self, queryset):
        return bookings_for_user(self.request.user, queryset)


class BookingIndexView(ScopedBookingMixin, ScopedIndexMixin, SafeSpreadsheetExportMixin, IndexView):
    pass


class BookingEditView(ScopedBookingMixin, ScopedObjectMixin, EditView):
    pass


class BookingDeleteView(ScopedBookingMixin, ScopedObjectMixin, DeleteView):
    pass


class BookingInspectView(ScopedBookingMixin, ScopedObjectMixin, InspectView):
    pass


class BookingHistoryView(ScopedBookingMixin, ScopedObjectMixin, HistoryView):
    pass


class BookingUsageView(ScopedBookingMixin, ScopedObjectMixin, UsageView):
    pass


class BookingViewSet(ModelViewSet):
    model = Booking
    index_view_class = BookingIndexView
    edit_view_class = BookingEditView
    delete_view_class = BookingDeleteView
    inspect_view_class = BookingInspectView
    history_view_class = BookingHistoryView
    usage_view_class = BookingUsageView
    icon = "list-ul"
    menu_label = _("All bookings")
    url_namespace = "bookings_booking"
    url_prefix = "bookings/bookings"
    list_display = ["date", "kind", "slot", "reference", "name", "address", "status", "reserved_until"]
    list_filter = ["date", "kind", "status"]
    list_export = ["date", "kind", "slot", "reference", "name", "address", "items", "fee", "status"]
    export_filename = "sperrmuell-buchungen"
    search_fields = ["reference", "name", "address"]
    form_fields = ["name", "address", "items"]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_index_view_kwargs(self, **kwargs):
        return {**super().get_index_view_kwargs(**kwargs), "add_url_name": None}


class ClosedDayViewSet(ModelViewSet):
    model = ClosedDay
    icon = "date"
    menu_label = _("Closed days")
    url_namespace = "bookings_closedday"
    url_prefix = "bookings/closed-days"
    list_display = ["date", "reason"]
    form_fields = ["date", "reason"]


class DayCapacityViewSet(ModelViewSet):
    model = DayCapacity
    icon = "cogs"
    menu_label = _("Capacity on single days")
    url_namespace = "bookings_daycapacity"
    url_prefix = "bookings/capacity"
    list_display = ["date", "kind", "capacity"]
    form_fields = ["date", "kind", "capacity"]


class PickupGroup(ViewSetGroup):
    menu_label = _("Bulky waste")
    menu_icon = "calendar-alt"
    menu_order = 260
    items = (BookingViewSet, ClosedDayViewSet, DayCapacityViewSet)

    def get_submenu_items(self):
        pickup = MenuItem(_("Pickup list"), reverse("bookings_pickup_list"), icon_name="list-ol", order=0)
        return [pickup, *super().get_submenu_items()]


@hooks.register("register_admin_viewset")
def register_pickup_group():
    return PickupGroup()


@hooks.register("register_admin_urls")
def register_pickup_list_url():
    return [path("bookings/pickup-list/", pickup_list, name="bookings_pickup_list")]
