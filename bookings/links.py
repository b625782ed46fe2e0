"""Signed links that let a citizen cancel or move a booking without an account."""

from django.core import signing
from django.urls import reverse
from django.utils import translation

SALT = "bookings.manage"


def token_for(booking):
    return signing.dumps({"b": booking.pk, "r": booking.reference}, salt=SALT, compress=True)


def booking_for(token):
    """The booking a token names, or None if the token is forged, altered or the booking gone."""
    from bookings.models import Booking

    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    return Booking.objects.filter(pk=data.get("b"), reference=data.get("r")).first()


def manage_url(booking, language=None):
    with translation.override(language or booking.language):
        return reverse("bookings_manage", args=[token_for(booking)])
