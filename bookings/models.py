"""Bulky-waste pickup (Sperrmüll) capacity and bookings.

A booking occupies one numbered slot of a day and pickup kind. A partial unique constraint on
(date, kind, slot) among active bookings lets the database, not the application, decide who
gets the last slot when two citizens book at the same moment (see bookings/calendar.py)."""

import secrets
from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from bookings.enums import BookingStatus, PickupKind

WEEKDAY_FIELDS = [
    "pickup_monday",
    "pickup_tuesday",
    "pickup_wednesday",
    "pickup_thursday",
    "pickup_friday",
    "pickup_saturday",
]


def new_feed_token():
    return secrets.token_urlsafe(24)


@register_setting(icon="date")
class PickupSettings(BaseGenericSetting):
    """How far ahead citizens may book, how many pickups the crews manage per day, and the express fee."""

    horizon_days = models.PositiveSmallIntegerField(
        _("booking horizon in days"),
        default=42,
        validators=[MinValueValidator(1)],
        help_text=_("Citizens can book pickups up to this many days ahead."),
    )
    lead_days = models.PositiveSmallIntegerField(
        _("lead time for standard pickups in days"),
        default=3,
        help_text=_("The earliest standard pickup is this many days after the booking."),
    )
    express_lead_days = models.PositiveSmallIntegerField(
        _("lead time for express pickups in days"),
        default=1,
        help_text=_("The earliest express pickup is this many days after the booking."),
    )
    standard_capacity = models.PositiveSmallIntegerField(_("standard pickups per day"), default=8)
    express_capacity = models.PositiveSmallIntegerField(_("express pickups per day"), default=2)
    express_fee = models.DecimalField(
        _("express fee in EUR"),
        max_digits=7,
        decimal_places=2,
        default=Decimal("35.00"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    pickup_monday = models.BooleanField(_("Monday"), default=True)
    pickup_tuesday = models.BooleanField(_("Tuesday"), default=True)
    pickup_wednesday = models.BooleanField(_("Wednesday"), default=True)
    pickup_thursday = models.BooleanField(_("Thursday"), default=True)
    pickup_friday = models.BooleanField(_("Friday"), default=True)
    pickup_saturday = models.BooleanField(_("Saturday"), default=False)
    feed_token = models.CharField(
        _("calendar feed token"),
        max_length=64,
        default=new_feed_token,
        help_text=_("Part of the crew's calendar address. Change it to lock out an old address."),
    )

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("horizon_days"), FieldPanel("lead_days"), FieldPanel("express_lead_days")])],
            heading=_("When citizens can book"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("standard_capacity"), FieldPanel("express_capacity")]),
                FieldPanel("express_fee"),
            ],
            heading=_("Capacity and fee"),
        ),
        MultiFieldPanel([FieldPanel(name) for name in WEEKDAY_FIELDS], heading=_("Pickup days")),
        FieldPanel("feed_token"),
    ]

    class Meta:
        verbose_name = _("bulky-waste pickup")

    def weekdays(self):
        """Python weekday numbers (Monday = 0) with pickups."""
        return {i for i, name in enumerate(WEEKDAY_FIELDS) if getattr(self, name)}

    def default_capacity(self, kind):
        return self.express_capacity if kind == PickupKind.EXPRESS else self.standard_capacity

    def fee(self, kind):
        return self.express_fee if kind == PickupKind.EXPRESS else Decimal("0")

    def lead(self, kind):
        return self.express_lead_days if kind == PickupKind.EXPRESS else self.lead_days


class ClosedDay(models.Model):
    """A day without pickups besides Sundays and public holidays (e.g. works outing, strike)."""

    date = models.DateField(_("date"), unique=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    panels = [FieldPanel("date"), FieldPanel("reason")]

    class Meta:
        verbose_name = _("closed day")
        verbose_name_plural = _("closed days")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%d.%m.%Y} {self.reason}".strip()


class DayCapacity(models.Model):
    """A different number of pickups on one day (e.g. fewer crews in the holidays)."""

    date = models.DateField(_("date"))
    kind = models.CharField(_("pickup"), max_length=10, choices=PickupKind.choices)
    capacity = models.PositiveSmallIntegerField(_("pickups"))

    panels = [FieldPanel("date"), FieldPanel("kind"), FieldPanel("capacity")]

    class Meta:
        verbose_name = _("capacity on a day")
        verbose_name_plural = _("capacity on single days")
        ordering = ["date", "kind"]
        constraints = [models.UniqueConstraint(fields=["date", "kind"], name="bookings_one_capacity_per_day_kind")]

    def __str__(self):
        return f"{self.date:%d.%m.%Y} {self.get_kind_display()}: {self.capacity}"


class Booking(models.Model):
    reference = models.CharField(_("reference"), max_length=20, db_index=True)
    submission = models.ForeignKey(
        "onlineforms.Submission",
        verbose_name=_("submission"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="bookings",
    )
    date = models.DateField(_("pickup date"))
    kind = models.CharField(_("pickup"), max_length=10, choices=PickupKind.choices)
    slot = models.PositiveSmallIntegerField(_("slot"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=BookingStatus.choices, default=BookingStatus.BOOKED)
    name = models.CharField(_("name"), max_length=200, blank=True)
    address = models.CharField(_("pickup address"), max_length=300, blank=True)
    items = models.TextField(_("items"), blank=True)
    fee = models.DecimalField(_("fee in EUR"), max_digits=7, decimal_places=2, default=Decimal("0"))
    language = models.CharField(_("language"), max_length=8, default="de")
    created_at = models.DateTimeField(_("booked at"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("pickup booking")
        verbose_name_plural = _("pickup bookings")
        ordering = ["date", "kind", "slot"]
        constraints = [
            models.UniqueConstraint(
                fields=["date", "kind", "slot"],
                condition=models.Q(status="booked"),
                name="bookings_one_booking_per_slot",
            ),
        ]
        indexes = [models.Index(fields=["date", "kind", "status"], name="bookings_day_kind_status")]

    def __str__(self):
        return f"{self.reference} {self.date:%d.%m.%Y} {self.get_kind_display()}"

    @property
    def is_active(self):
        return self.status == BookingStatus.BOOKED
