"""The pickup date as a field type of online forms, and what a stored or purged submission means
for its bookings. Connected by BookingsConfig.ready() through onlineforms' registry and signals."""

import re

from django.utils.translation import gettext_lazy as _

from bookings import calendar
from bookings.forms import PickupSlotField
from bookings.links import confirm_url, manage_url
from bookings.models import Booking
from onlineforms import registry
from onlineforms.fields import format_address
from onlineforms.signals import SubmissionRefused, submission_stored, submissions_purging

FIELD_TYPE = "pickup"


class PickupFieldType(registry.FieldType):
    """A free pickup date of the kinds the editor lists in the field's choices (standard, express;
    all when empty). The confirmation shows the booking, not the answer."""

    templates = {
        "confirmation": "bookings/emails/confirmation.txt",
        "notification": "bookings/emails/notification.txt",
        "landing": "bookings/includes/landing.html",
    }

    def create_field(self, builder, field, options):
        kinds = [k.strip().lower() for k in re.split(r"[,\n]", field.choices or "") if k.strip()]
        options.pop("initial", None)
        return PickupSlotField(kinds=kinds, **options)

    def stored_value(self, field, value, source_field):
        day, kind = value
        return f"{day.isoformat()} {kind}"

    def submission_context(self, submission, root):
        """Per booking: the manage link, and while it waits for confirmation the signed confirmation
        link and how many hours it is held."""
        return {
            "bookings": [
                {
                    "booking": booking,
                    "manage_url": root + manage_url(booking, submission.language),
                    "confirm_url": root + confirm_url(booking, submission.language)
                    if booking.is_reserved and not booking.payment_required
                    else "",
                    "confirm_hours": booking.hold_hours,
                }
                for booking in submission.bookings.all()
            ]
        }

    def staff_summary(self, submission):
        return _("Pickups"), ", ".join(str(b) for b in submission.bookings.all()) or "–"


def first_value(fields, answers, kind, key_hint=None):
    """The first answer to a field of type `kind` (whose key contains `key_hint`, if given)."""
    for key, field in fields.items():
        if field.field_type == kind and answers.get(key) and (key_hint is None or key_hint in key):
            return answers[key]
    return None


def book_pickups(sender, submission, page, answers, **kwargs):
    """submission_stored: reserve the chosen date of each pickup field, for the household the form
    names. A date taken meanwhile (or the household limit) refuses the whole submission."""
    fields = page.fields_by_key()
    pickups = [
        (key, answers[key]) for key, field in fields.items() if field.field_type == FIELD_TYPE and answers.get(key)
    ]
    if not pickups:
        return
    name = first_value(fields, answers, "singleline", "name") or first_value(fields, answers, "singleline") or ""
    address = first_value(fields, answers, "address")
    items = first_value(fields, answers, "multiline") or ""
    for key, (day, kind) in pickups:
        try:
            calendar.book(
                day,
                kind,
                reference=submission.reference,
                submission=submission,
                name=name[:200],
                address=format_address(address)[:300] if address else "",
                items=items,
                language=submission.language,
                email=submission.citizen_email,
            )
        except calendar.SlotUnavailable as error:  # full day, or the household limit (BookingLimitReached)
            raise SubmissionRefused(error.message, field=key) from error


def anonymise_pickups(sender, ids, **kwargs):
    """submissions_purging: the pickups of purged submissions keep only date and kind (statistics)."""
    Booking.objects.filter(submission_id__in=ids).update(name="", address="", items="", submission=None)


def connect():
    registry.register(PickupFieldType(FIELD_TYPE, _("Bulky-waste pickup date")))
    submission_stored.connect(book_pickups, dispatch_uid="bookings_book_pickups")
    submissions_purging.connect(anonymise_pickups, dispatch_uid="bookings_anonymise_pickups")
