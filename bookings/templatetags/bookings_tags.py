from django import template

from bookings.forms import long_date as format_long_date

register = template.Library()


@register.filter
def long_date(value):
    """'Dienstag, 24. November 2026' / 'Tuesday, 24 November 2026'."""
    return format_long_date(value) if value else ""
