from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BookingsConfig(AppConfig):
    name = "bookings"
    verbose_name = _("Bookings")

    def ready(self):
        # Imported here, as Django documents for signal receivers: bookings.pickup_field needs the
        # models, which are not loaded yet when apps.py is imported.
        from bookings import payments, pickup_field

        pickup_field.connect()
        payments.connect()
