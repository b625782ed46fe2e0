"""Public holidays on which crews do not collect: the statutory holidays of the town's federal state
(settings.BOOKINGS_HOLIDAY_STATE, an ISO 3166-2 code without "DE-", default "NW" for North
Rhine-Westphalia), from the `holidays` library. Easter Sunday and Whit Sunday are Sundays, not
statutory holidays in NRW; Sundays have no pickups anyway (PickupSettings has no Sunday)."""

from functools import lru_cache

import holidays
from django.conf import settings

DEFAULT_STATE = "NW"


def state():
    return getattr(settings, "BOOKINGS_HOLIDAY_STATE", DEFAULT_STATE)


@lru_cache(maxsize=64)
def _state_holidays(subdiv, year):
    return dict(holidays.country_holidays("DE", subdiv=subdiv, years=year, language="de"))


def public_holidays(year):
    """{date: German name} of the statutory public holidays of the configured state in `year`."""
    return _state_holidays(state(), year)


def is_holiday(day):
    return day in public_holidays(day.year)
