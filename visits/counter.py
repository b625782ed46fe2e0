"""The visit counters between a request and the table (docs/visits.md).

A counted request adds one to a dict in the process: no network, no database (`record`). At most
every VISITS_BUFFER_SECONDS the process adds what it holds to the shared counters in the default
cache, with one pipelined round trip: with Redis, HINCRBY on one hash per day (field: the path),
atomic across processes; with another cache backend, a dict per day read and written under a
process lock (enough for local memory, which no other process shares). `manage.py flush_visits`
(`visits.daily.flush`) moves the shared counters into DailyVisits and subtracts what it moved.

A process that stops adds what it still holds on exit (atexit). Counts a process holds while it is
killed (SIGKILL) are lost: at most VISITS_BUFFER_SECONDS of its visits."""

import atexit
import datetime
import os
import threading
import time

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.utils import timezone

DAYS_KEY = "visits:days"
# Shared counters of a day live this long (seconds) when flush_visits never runs.
COUNTER_TTL = 14 * 24 * 3600

_lock = threading.Lock()
_held = {}  # (day ISO string, path) -> count, in this process
_state = {"pid": None, "flushed": 0.0, "day": None, "day_ends": 0.0}


def _today(now):
    """Today in the site's time zone (TIME_ZONE), worked out once per day, not per request."""
    if now >= _state["day_ends"]:
        local = timezone.localtime()
        tomorrow = datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time.min, local.tzinfo)
        _state["day"] = local.date().isoformat()
        _state["day_ends"] = min(tomorrow.timestamp(), now + 3600)  # DST changes: look again within the hour
    return _state["day"]


def record(path):
    """Count one visit of `path` today."""
    key = (_today(time.time()), path)
    now = time.monotonic()
    with _lock:
        if _state["pid"] is None:  # the first count in this process
            _state["pid"] = os.getpid()
            _state["flushed"] = now
        _held[key] = _held.get(key, 0) + 1
        due = now - _state["flushed"] >= settings.VISITS_BUFFER_SECONDS
    if due:
        flush_buffer()


def flush_buffer():
    """Add what this process holds to the shared counters."""
    with _lock:
        if not _held:
            _state["flushed"] = time.monotonic()
            return 0
        held = dict(_held)
        _held.clear()
        _state["flushed"] = time.monotonic()
    try:
        add(held)
    except Exception:
        # The shared cache is down: keep the counts for the next try rather than fail the page.
        with _lock:
            for key, count in held.items():
                _held[key] = _held.get(key, 0) + count
        return 0
    return sum(held.values())


def held():
    """What this process holds and has not added yet (for tests and the benchmark)."""
    with _lock:
        return dict(_held)


def forget_process_state():
    with _lock:
        _held.clear()
        _state.update(pid=None, flushed=0.0, day=None, day_ends=0.0)


def _after_fork():
    """A forked worker (gunicorn) starts with nothing held: what the parent held is the parent's."""
    global _lock
    _lock = threading.Lock()
    _held.clear()
    _state.update(pid=None, flushed=0.0)


atexit.register(flush_buffer)
os.register_at_fork(after_in_child=_after_fork)


# --- the shared counters in the default cache --------------------------------------------------


def _redis():
    """The raw client of Django's Redis backend (and cms.cache's), or None for other backends."""
    backend = caches["default"]
    if isinstance(backend, RedisCache):
        return backend._cache.get_client(write=True)
    return None


def _day_key(day):
    return cache.make_key(f"visits:day:{day}")


_local_lock = threading.Lock()


def add(counts):
    """Add {(day, path): n} to the shared counters (n may be negative: flush subtracts what it moved)."""
    if not counts:
        return
    client = _redis()
    days = sorted({day for day, _path in counts})
    if client is not None:
        pipe = client.pipeline(transaction=False)
        for (day, path), count in counts.items():
            pipe.hincrby(_day_key(day), path, count)
        for day in days:
            pipe.expire(_day_key(day), COUNTER_TTL)
        pipe.sadd(cache.make_key(DAYS_KEY), *days)
        pipe.execute()
        return
    with _local_lock:
        for day in days:
            stored = cache.get(f"visits:day:{day}") or {}
            for (each_day, path), count in counts.items():
                if each_day == day:
                    stored[path] = stored.get(path, 0) + count
            cache.set(f"visits:day:{day}", {path: n for path, n in stored.items() if n}, COUNTER_TTL)
        known = set(cache.get(DAYS_KEY) or ())
        cache.set(DAYS_KEY, sorted(known | set(days)), COUNTER_TTL)


def pending():
    """{(day, path): n} of every day in the shared counters, n > 0."""
    client = _redis()
    found = {}
    if client is not None:
        days = sorted(value.decode() for value in client.smembers(cache.make_key(DAYS_KEY)))
        for day in days:
            for path, count in client.hgetall(_day_key(day)).items():
                if int(count) > 0:
                    found[(day, path.decode())] = int(count)
        return found
    for day in cache.get(DAYS_KEY) or ():
        for path, count in (cache.get(f"visits:day:{day}") or {}).items():
            if count > 0:
                found[(day, path)] = count
    return found


def forget_days(days):
    """Drop the counters of days that are over and were moved (only fields at 0 are left there)."""
    client = _redis()
    if client is not None:
        for day in days:
            key = _day_key(day)
            if not any(int(count) for count in client.hvals(key)):
                client.srem(cache.make_key(DAYS_KEY), day)
        return
    with _local_lock:
        known = set(cache.get(DAYS_KEY) or ())
        for day in days:
            if not cache.get(f"visits:day:{day}"):
                known.discard(day)
                cache.delete(f"visits:day:{day}")
        cache.set(DAYS_KEY, sorted(known), COUNTER_TTL)
