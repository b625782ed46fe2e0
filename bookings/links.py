"""Signed links that let a citizen confirm, cancel or move a booking without an account.

The confirmation link has its own salt, so a manage link cannot be replayed as a confirmation
link (or the other way round)."""

from django.core import signing
from django.urls import reverse
from django.utils import translation

from bookings.models import Booking

SALT = "bookings.manage"
CONFIRM_SALT = "bookings.confirm"


def token_for(booking, salt=SALT):
    return signing.dumps({"b": booking.pk, "r": booking.reference}, salt=salt, compress=True)


def booking_for(token, salt=SALT):
    """The booking a token names, or None if the token is forged, altered or the booking gone."""
    try:
        data = signing.loads(token, salt=salt)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("b"), int) or not isinstance(data.get("r"), str):
        return None
    return Booking.objects.filter(pk=data["b"], reference=data["r"]).first()


def manage_url(booking, language=None):
    with translation.override(language or booking.language):
        return reverse("bookings_manage", args=[token_for(booking)])


def confirm_url(booking, language=None):
    """The link in the confirmation e-mail that turns the reservation into a booking (GET shows a
    button, only the POST confirms; see bookings.views.confirm)."""
    with translation.override(language or booking.language):
        return reverse("bookings_confirm", args=[token_for(booking, CONFIRM_SALT)])
