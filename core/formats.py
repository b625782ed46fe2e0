"""Dates and money in the visitor's language, from the named formats of settings.FORMAT_MODULE_PATH
(cms/formats/): pages, e-mails and exports never write a pattern of their own."""

from django.utils import formats
from django.utils.translation import gettext as _


def money(amount):
    """'35,00 €' in German, '€35.00' in English."""
    if amount is None:
        return ""
    return _("€%(amount)s") % {"amount": formats.number_format(amount, 2, use_l10n=True, force_grouping=True)}


def long_date(value):
    """The weekday and the date: 'Mittwoch, 25. November 2026' / 'Wednesday, 25 November 2026'."""
    return _("%(weekday)s, %(date)s") % {
        "weekday": formats.date_format(value, "l"),
        "date": formats.date_format(value, "DATE_FORMAT"),
    }

