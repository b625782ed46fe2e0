from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TwofactorConfig(AppConfig):
    """A second factor (TOTP) for staff accounts in the admin, through django-otp (docs/twofactor.md)."""

    name = "twofactor"
    verbose_name = _("Second factor")
