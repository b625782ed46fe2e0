"""Opening hours: is an office open now, and if not, when does it open next?

Everything is computed in the site's time zone (settings.TIME_ZONE), whatever the server's clock
or the moment's own zone: the weekday, the date a special closure covers and "today" or "tomorrow"
are the office's, so the answer does not change at midnight UTC."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from pagecache import expires_at, next_midnight

LOOKAHEAD_DAYS = 21


def site_zone():
    return timezone.get_default_timezone()


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
    closes_at: datetime | None = None  # when open: when this opening ends
    opens_at: datetime | None = None  # when closed: the next opening
    closure: Closure | None = None  # when closed today for a special reason
    now: datetime | None = None  # the moment asked about, in the site's time zone

    @property
    def opens_in_days(self):
        """0 when the next opening is today, 1 tomorrow (local dates), None when there is none."""
        if self.opens_at is None or self.now is None:
            return None
        return (self.opens_at.astimezone(site_zone()).date() - self.now.date()).days


def _at(day, moment, zone):
    return datetime.combine(day, moment, zone)


def state_at(ranges, closures, now=None):
    """The office's state at `now` (aware datetime; default: the current time)."""
    state = _state_at(ranges, closures, now)
    # pagecache: "open now" / "opens at" and "today" hold until the next change or midnight.
    expires_at(state.closes_at, state.opens_at, next_midnight(state.now))
    return state


def _state_at(ranges, closures, now=None):
    zone = site_zone()
    now = (now or timezone.now()).astimezone(zone)
    today = now.date()
    closure_today = next((c for c in closures if c.covers(today)), None)
    if closure_today is None:
        todays = sorted((r for r in ranges if r.weekday == today.weekday()), key=lambda r: r.opens)
        for r in todays:
            if r.opens <= now.time() < r.closes:
                closes = r.closes
                for later in todays:  # 08:00–12:00 and 12:00–16:00 are open until 16:00
                    if later.opens <= closes < later.closes:
                        closes = later.closes
                return OpenState(True, closes_at=_at(today, closes, zone), now=now)
    for offset in range(LOOKAHEAD_DAYS):
        day = today + timedelta(days=offset)
        if any(c.covers(day) for c in closures):
            continue
        for opens in sorted(r.opens for r in ranges if r.weekday == day.weekday()):
            at = _at(day, opens, zone)
            if at > now:
                return OpenState(False, opens_at=at, closure=closure_today, now=now)
    return OpenState(False, closure=closure_today, now=now)
