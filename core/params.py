"""Strict parsing of query-string parameters for every public view.

A query string is written by whoever sends the request. Python is generous where a view must not be:
`"²".isdigit()` is True but `int("²")` fails, `int("٣")` is 3, `int(" 7 ")` is 7, `int("1_000")` is
1000, and a twenty-digit id overflows SQLite. So numbers here are ASCII digits only, with a bounded
number of digits, inside a bounded range; dates and times are ISO 8601 in ASCII, inside 1900-2100
(so converting them to UTC or to a database value cannot overflow).

Each helper returns `default` when the parameter is absent or empty. When it is present but wrong it
raises `InvalidParameter`, whose message is translated lazily (str() it inside the visitor's
language). A view turns that into a 400 (feeds, APIs) or a 404 (a page that does not exist, e.g. an
archive year); views where a stale or mistyped value should simply be ignored (filter forms, page
numbers) pass `lenient=True` and get the default instead.
"""

import re
from datetime import UTC, date, datetime, time

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The largest id we accept by default: fits every integer column (SQLite, PostgreSQL integer and bigint).
MAX_ID = 2**31 - 1
MAX_PAGE = 10_000
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)

_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# 2026-11-01, 2026-11-01T09:30, 2026-11-01T09:30:00.123+01:00, …Z; a "+" sent unencoded in a query
# string arrives as a space, so " 01:00" is read as "+01:00".
_DATETIME = re.compile(
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})"
    r"(?:[Tt](?P<time>[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?))?"
    r"(?P<offset>[Zz]|[+\- ][0-9]{2}(?::?[0-9]{2})?)?"
)


class InvalidParameter(ValueError):
    """A query parameter that is present but not acceptable. The message is translated when it is
    read (`str(error)` or `error.message`), so it comes out in the language active at that moment."""

    def __init__(self, name, template, **params):
        self.name = name
        self.template = template
        self.params = {"name": name, **params}
        super().__init__(name)

    @property
    def message(self):
        return str(self.template) % self.params

    def __str__(self):
        return self.message


def raw_value(query, name):
    """The last value of `name` (as QueryDict.get), stripped of surrounding spaces; None when absent/empty."""
    value = query.get(name)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


_INTEGER = re.compile(r"-?[0-9]{1,40}")


def parse_int(value, name="value", *, min=0, max=MAX_ID):
    """`value` (a string) as an int in [min, max], or InvalidParameter."""
    text = str(value).strip()
    if not _INTEGER.fullmatch(text):
        raise InvalidParameter(name, _("“%(name)s” must be a whole number."))
    width = len(str(abs(min) if abs(min) > abs(max) else abs(max)))
    if len(text.lstrip("-").lstrip("0")) > width or not min <= int(text) <= max:
        raise InvalidParameter(name, _("“%(name)s” must be between %(min)s and %(max)s."), min=min, max=max)
    return int(text)


def int_param(query, name, default=None, *, min=0, max=MAX_ID, lenient=False):
    """One whole number from the query string, e.g. `int_param(request.GET, "page", 1, min=1, max=MAX_PAGE)`."""
    value = raw_value(query, name)
    if value is None:
        return default
    try:
        return parse_int(value, name, min=min, max=max)
    except InvalidParameter:
        if lenient:
            return default
        raise


def int_list(query, name, *, max_items=50, min=1, max=MAX_ID, lenient=False):
    """All values of a repeated parameter (?committee=3&committee=5) as distinct ints, in order.

    Strict: any bad value or more than `max_items` values raise. Lenient: bad values are dropped and
    the list is cut at `max_items`."""
    values = [str(v).strip() for v in query.getlist(name) if str(v).strip()]
    if len(values) > max_items and not lenient:
        raise InvalidParameter(name, _("Too many values for “%(name)s”."))
    found = []
    for value in values:
        try:
            number = parse_int(value, name, min=min, max=max)
        except InvalidParameter:
            if lenient:
                continue
            raise
        if number not in found:
            found.append(number)
        if len(found) >= max_items:
            break
    return found


def choice_param(query, name, choices, default=""):
    """The value if it is one of `choices`, else `default` (a stale or made-up choice is ignored)."""
    value = raw_value(query, name)
    return value if value is not None and value in choices else default


def choice_list(query, name, choices, *, max_items=50):
    """The values of a repeated parameter that are among `choices`, distinct, in order, at most `max_items`."""
    found = []
    for value in query.getlist(name)[: max_items * 4]:
        if value in choices and value not in found:
            found.append(value)
    return found[:max_items]


def _bad_date(name):
    return InvalidParameter(name, _("“%(name)s” must be a date like 2026-11-01."))


def parse_date(value, name="date", *, min=MIN_DATE, max=MAX_DATE):
    text = str(value).strip()
    if not _DATE.fullmatch(text):
        raise _bad_date(name)
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise _bad_date(name) from None
    if not min <= parsed <= max:
        raise InvalidParameter(
            name, _("“%(name)s” must be between %(min)s and %(max)s."), min=min.isoformat(), max=max.isoformat()
        )
    return parsed


def date_param(query, name, default=None, *, min=MIN_DATE, max=MAX_DATE, lenient=False):
    value = raw_value(query, name)
    if value is None:
        return default
    try:
        return parse_date(value, name, min=min, max=max)
    except InvalidParameter:
        if lenient:
            return default
        raise


def _bad_datetime(name):
    return InvalidParameter(name, _("“%(name)s” must be an ISO 8601 date and time, e.g. 2026-11-01T00:00:00+01:00."))


def parse_datetime(value, name="datetime", *, min=MIN_DATE, max=MAX_DATE, tz=None):
    """An aware datetime; a value without offset is read in `tz` (default: the current time zone)."""
    text = str(value).strip()
    match = _DATETIME.fullmatch(text)
    if not match:
        raise _bad_datetime(name)
    offset = match["offset"] or ""
    if offset[:1] == " ":
        offset = "+" + offset[1:]
    if offset in ("Z", "z"):
        offset = "+00:00"
    try:
        day = parse_date(match["date"], name, min=min, max=max)
        clock = time.fromisoformat(match["time"]) if match["time"] else time.min
        parsed = datetime.combine(day, clock)
        if offset:
            parsed = datetime.fromisoformat(f"{parsed.isoformat()}{offset}")
    except ValueError as error:
        if isinstance(error, InvalidParameter):
            raise
        raise _bad_datetime(name) from None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, tz or timezone.get_current_timezone())
    return parsed.astimezone(UTC)


def datetime_param(query, name, default=None, *, min=MIN_DATE, max=MAX_DATE, tz=None, lenient=False):
    value = raw_value(query, name)
    if value is None:
        return default
    try:
        return parse_datetime(value, name, min=min, max=max, tz=tz)
    except InvalidParameter:
        if lenient:
            return default
        raise
