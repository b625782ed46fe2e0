from django import template
from django.utils.translation import gettext as _

from core.formats import money
from services.enums import FeeKind
from services.structured_data import as_script

register = template.Library()


@register.simple_tag
def fee(page):
    """The fee in words and numbers, formatted for the active language (37,00 € / €37.00)."""
    if page.fee_kind == FeeKind.FREE:
        return _("Free of charge")
    if page.fee_kind == FeeKind.FIXED and page.fee_amount is not None:
        return money(page.fee_amount)
    if page.fee_kind == FeeKind.RANGE and page.fee_amount is not None and page.fee_amount_max is not None:
        return _("%(low)s to %(high)s") % {"low": money(page.fee_amount), "high": money(page.fee_amount_max)}
    return _("Depends on the case")


@register.filter
def json_ld(data):
    return as_script(data) if data else ""
