"""What billing tells other apps about payments (receivers are connected in their AppConfig.ready()).

All are sent inside the transaction that changed the payment, once per change (a repeated callback
changes nothing and sends nothing):

payment_paid(sender=Payment, payment): the provider confirmed the money.
payment_failed(sender=Payment, payment): the attempt ended without money: the citizen cancelled,
    the provider declined, or it timed out (payment.message says which).
payment_refunded(sender=Payment, payment): the money went back to the citizen."""

from django.dispatch import Signal

payment_paid = Signal()
payment_failed = Signal()
payment_refunded = Signal()
