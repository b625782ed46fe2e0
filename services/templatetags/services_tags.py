from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from services.enums import FeeKind
from services.structured_data import as_script

register = template.Library()


def euro(amount):
    return _("%(amount)s EUR") % {"amount": number_format(amount, 2, use_l10n=True, force_grouping=True)}


@register.simple_tag
def fee(page):
    """The fee in words and numbers, formatted for the active language (37,00 EUR / 37.00 EUR)."""
    if page.fee_kind == FeeKind.FREE:
        return _("Free of charge")
    if page.fee_kind == FeeKind.FIXED and page.fee_amount is not None:
        return euro(page.fee_amount)
    if page.fee_kind == FeeKind.RANGE and page.fee_amount is not None and page.fee_amount_max is not None:
        return _("%(low)s to %(high)s") % {"low": euro(page.fee_amount), "high": euro(page.fee_amount_max)}
    return _("Depends on the case")


@register.filter
def json_ld(data):
    return as_script(data) if data else ""
