"""Opening hours: is an office open now, and if not, when does it open next?"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

BERLIN = ZoneInfo("Europe/Berlin")
LOOKAHEAD_DAYS = 21


@dataclass(frozen=True)
class Range:
    weekday: int
    opens: time
    closes: time


@dataclass(frozen=True)
class Closure:
    start: date
    end: date
    reason: str

    def covers(self, day):
        return self.start <= day <= self.end


@dataclass(frozen=True)
class OpenState:
    is_open: bool
    closes_at: datetime | None = None  # when open: today's closing time
    opens_at: datetime | None = None  # when closed: the next opening
    closure: Closure | None = None  # when closed today for a special reason


def state_at(ranges, closures, now=None):
    """The office's state at `now` (aware datetime; default: the current time), in Berlin time."""
    now = (now or timezone.now()).astimezone(BERLIN)
    today = now.date()
    closure_today = next((c for c in closures if c.covers(today)), None)
    if closure_today is None:
        for r in ranges:
            if r.weekday == today.weekday() and r.opens <= now.time() < r.closes:
                return OpenState(True, closes_at=datetime.combine(today, r.closes, BERLIN))
    for offset in range(LOOKAHEAD_DAYS):
        day = today + timedelta(days=offset)
        if any(c.covers(day) for c in closures):
            continue
        starts = sorted(r.opens for r in ranges if r.weekday == day.weekday())
        for opens in starts:
            at = datetime.combine(day, opens, BERLIN)
            if at > now:
                return OpenState(False, opens_at=at, closure=closure_today)
    return OpenState(False, closure=closure_today)
