"""billing's payment providers for django-payments, and the factory that builds them.

PAYMENT_VARIANT_FACTORY points here: unlike django-payments' default factory it builds the provider
from the current settings each time (no process-wide cache), so a changed PAYMENT_VARIANTS (tests
pointing a variant at their simulator's port) takes effect at once. Building one is cheap."""

from django.conf import settings
from django.utils.module_loading import import_string


def provider_factory(variant, payment=None):
    handler, config = getattr(settings, "PAYMENT_VARIANTS", {}).get(variant, (None, None))
    if not handler:
        raise ValueError(f"Payment variant does not exist: {variant}")
    return import_string(handler)(**config)


def offered_variants():
    """The variants citizens may choose, in the configured order: BILLING_VARIANTS that are configured."""
    configured = getattr(settings, "PAYMENT_VARIANTS", {})
    return [v for v in getattr(settings, "BILLING_VARIANTS", []) if v in configured]


def enabled():
    """Whether online payment is offered at all (at least one variant configured)."""
    return bool(offered_variants())
