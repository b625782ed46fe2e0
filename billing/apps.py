from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BillingConfig(AppConfig):
    """Online payment of fees: payments of submissions through django-payments, providers, callbacks, reconciliation (docs/billing.md)."""

    name = "billing"
    verbose_name = _("Payments")

    def ready(self):
        # Imported here, as Django documents for signal receivers: they need the models.
        from billing import receivers, submissions

        receivers.connect()
        submissions.connect()
