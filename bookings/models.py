"""Bulky-waste pickup (Sperrmüll) capacity and bookings.

A booking occupies one numbered slot of a day and pickup kind. A partial unique constraint on
(date, kind, slot) among bookings that hold a slot (reserved or booked) lets the database, not the
application, decide who gets the last slot when two citizens book at the same moment (see
bookings/calendar.py). Each booking carries the normalised keys of its household and e-mail
address (bookings/households.py), so the per-household limit is one indexed query."""

import secrets
from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from bookings.enums import HOLDING_STATUSES, BookingStatus, PickupKind
from bookings.households import household_key

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
    standard_limit = models.PositiveSmallIntegerField(
        _("open standard pickups per household"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_(
            "How many reserved or booked standard pickups from today on one address and one e-mail address may have."
        ),
    )
    express_limit = models.PositiveSmallIntegerField(
        _("open express pickups per household"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("The same for express pickups."),
    )
    confirm_hours = models.PositiveSmallIntegerField(
        _("hours to confirm a booking"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(72)],
        help_text=_(
            "A new booking holds its date this long. If the citizen has not confirmed it with the link "
            "in the e-mail by then, the date is released for others."
        ),
    )
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
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("standard_limit"), FieldPanel("express_limit")]), FieldPanel("confirm_hours")],
            heading=_("Limits and confirmation"),
        ),
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

    def limit(self, kind):
        return self.express_limit if kind == PickupKind.EXPRESS else self.standard_limit


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


class BookingQuerySet(models.QuerySet):
    def holding(self, now=None):
        """Bookings that hold their slot now: booked, or reserved and not yet past the deadline
        (an overdue reservation counts as free even before the release job has run)."""
        now = now or timezone.now()
        return self.filter(
            models.Q(status=BookingStatus.BOOKED)
            | models.Q(status=BookingStatus.RESERVED)
            & (models.Q(reserved_until__isnull=True) | models.Q(reserved_until__gt=now))
        )

    def release_expired(self, now=None):
        """Release reservations whose confirmation deadline has passed: status `expired`, slot freed.
        One UPDATE, so it is safe next to a confirmation at the same moment (that one locks the row
        and re-checks the deadline; PostgreSQL re-evaluates this WHERE on the locked row). Returns
        how many were released."""
        now = now or timezone.now()
        return self.filter(status=BookingStatus.RESERVED, reserved_until__lte=now).update(
            status=BookingStatus.EXPIRED, slot=None, cancelled_at=now
        )


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
    status = models.CharField(_("status"), max_length=10, choices=BookingStatus.choices, default=BookingStatus.RESERVED)
    name = models.CharField(_("name"), max_length=200, blank=True)
    address = models.CharField(_("pickup address"), max_length=300, blank=True)
    items = models.TextField(_("items"), blank=True)
    fee = models.DecimalField(_("fee in EUR"), max_digits=7, decimal_places=2, default=Decimal("0"))
    language = models.CharField(_("language"), max_length=8, default="de")
    household_key = models.CharField(_("household key"), max_length=300, blank=True, editable=False)
    email_key = models.CharField(_("e-mail key"), max_length=254, blank=True, editable=False)
    created_at = models.DateTimeField(_("booked at"), auto_now_add=True)
    reserved_until = models.DateTimeField(_("reserved until"), null=True, blank=True, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True, editable=False)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    # A pickup with a fee, while online payment is offered, is held for its payment instead of the
    # e-mail confirmation and booked when paid (bookings/payments.py, docs/billing.md).
    payment_required = models.BooleanField(_("payment required"), default=False, editable=False)
    paid_at = models.DateTimeField(_("paid at"), null=True, blank=True, editable=False)

    objects = BookingQuerySet.as_manager()

    class Meta:
        verbose_name = _("pickup booking")
        verbose_name_plural = _("pickup bookings")
        ordering = ["date", "kind", "slot"]
        constraints = [
            models.UniqueConstraint(
                fields=["date", "kind", "slot"],
                condition=models.Q(status__in=[str(s) for s in HOLDING_STATUSES]),
                name="bookings_one_booking_per_slot",
            ),
        ]
        indexes = [
            models.Index(fields=["date", "kind", "status"], name="bookings_day_kind_status"),
            models.Index(fields=["household_key", "kind", "date"], name="bookings_household_open"),
            models.Index(fields=["email_key", "kind", "date"], name="bookings_email_open"),
            models.Index(fields=["status", "reserved_until"], name="bookings_reservations_due"),
        ]

    def __str__(self):
        return f"{self.reference} {self.date:%d.%m.%Y} {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        # The key follows the address, also when staff correct it in the admin.
        self.household_key = household_key(self.address)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "address" in update_fields:
            kwargs["update_fields"] = {*update_fields, "household_key"}
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        """Holds its slot: reserved (awaiting the citizen's confirmation) or booked."""
        return self.status in HOLDING_STATUSES

    @property
    def is_reserved(self):
        return self.status == BookingStatus.RESERVED

    @property
    def awaiting_payment(self):
        """Reserved, held for its fee: booked once the payment arrives (not by the e-mail link)."""
        return self.status == BookingStatus.RESERVED and self.payment_required and self.paid_at is None

    @property
    def hold_hours(self):
        """How many hours the reservation was held for (for the e-mail's wording)."""
        if not (self.reserved_until and self.created_at):
            return 0
        return max(1, round((self.reserved_until - self.created_at).total_seconds() / 3600))
