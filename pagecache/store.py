"""The cache's state, all of it in Django's default cache (Redis in production), none in the process:

- `pagecache:v:<tag>`   the tag's version: "b<time>" after a change (a bump), "i<time>" when it
                        was first needed. Versions are never compared by order, only for equality.
- `pagecache:e:<hash>`  an entry: the answer, and the version of every tag it showed when stored.
                        It is fresh while all those versions are still current and its expiry
                        has not passed.
- `pagecache:g`         the generation: changed by every bump. Each process keeps the entries it
                        checked in memory (a bounded copy, `_local`) with the generation it read
                        before checking; while the generation is unchanged, a hit is one small
                        read and no unpickling. Any change anywhere makes every copy be checked
                        again against its tags (so the copy is never trusted longer than the
                        shared state says).
- `pagecache:u:<tag>`   the absolute addresses stored under the tag, for the front cache's purge
                        (kept only when a front cache is configured). With Redis a set (SADD is
                        atomic across processes); with other backends a dict written under a lock.
"""

import hashlib
import threading
import time
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.redis import RedisCache

PREFIX = "pagecache"
LOCK_WAIT = 0.05  # seconds to wait for another process's index update


def _key(kind, name):
    if len(name) > 180:  # memcached limits keys to 250 characters
        name = hashlib.sha1(name.encode()).hexdigest()
    return f"{PREFIX}:{kind}:{name}"


def version_key(tag):
    return _key("v", tag)


def entry_key(text):
    return _key("e", hashlib.sha1(text.encode()).hexdigest())


# --- tag versions -------------------------------------------------------------------------------


GENERATION_KEY = f"{PREFIX}:g"


# The generation as this process last read or wrote it, and when (time.monotonic()).
_known = (None, 0.0)


def bump(tags):
    """Every entry that showed one of `tags` is stale from now on, in every process (in this one at once)."""
    global _known
    tags = set(tags)
    if not tags:
        return
    value = f"b{time.time():.6f}:{uuid.uuid4().hex[:8]}"
    values = {version_key(tag): value for tag in tags}
    values[GENERATION_KEY] = value
    cache.set_many(values, timeout=None)
    _known = (value, time.monotonic())


def generation():
    """The current generation (one small read); made when missing (after a cache flush)."""
    global _known
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, f"i{time.time():.6f}:{uuid.uuid4().hex[:8]}", timeout=None)
        value = cache.get(GENERATION_KEY)
    _known = (value, time.monotonic())
    return value


def trust_seconds():
    """How long a hit may use the generation this process read last, without reading it again:
    PAGECACHE_GENERATION_TRUST, and 0 when a front cache is purged (it asks again right after its
    purge, and must get the new answer from whichever process it reaches)."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return 0.0
    return getattr(settings, "PAGECACHE_GENERATION_TRUST", 0.0)


def generation_for_hit():
    """The generation a hit is checked against: the one this process read or wrote less than
    trust_seconds() ago, else a fresh read. Another process's change is seen within that time,
    this process's own at once."""
    value, read_at = _known
    if value is not None and time.monotonic() - read_at < trust_seconds():
        return value
    return generation()


def forget_process_state():
    """Drop this process's copies and its known generation (as after a restart); for tests that
    flush the cache between cases, where the generation would otherwise be trusted a moment longer."""
    global _known
    _known = (None, 0.0)
    _local.clear()


def versions(tags, make_missing=True):
    """{tag: current version}. With make_missing, tags without one yet get one (with add, so
    processes agree); without, they are left out (an entry that has them is then stale)."""
    keys = {version_key(tag): tag for tag in tags}
    found = cache.get_many(list(keys))
    result = {keys[key]: value for key, value in found.items()}
    if not make_missing:
        return result
    for key, tag in keys.items():
        if key not in found:
            value = f"i{time.time():.6f}:{uuid.uuid4().hex[:8]}"
            if not cache.add(key, value, timeout=None):
                value = cache.get(key, value)
            result[tag] = value
    return result


def bumped_since(tag_versions, moment):
    """True when one of the versions comes from a change after `moment` (a POSIX timestamp)."""
    for value in tag_versions.values():
        if value.startswith("b") and float(value[1:].split(":", 1)[0]) > moment:
            return True
    return False


# --- entries ------------------------------------------------------------------------------------


class _LocalCopies:
    """Entries this process has checked, with the generation read before the check; at most
    PAGECACHE_LOCAL_BYTES of content, least recently used dropped first. Thread-safe."""

    def __init__(self):
        self.lock = threading.Lock()
        self.items = OrderedDict()
        self.size = 0

    def get(self, key, current):
        with self.lock:
            found = self.items.get(key)
            if found is None:
                return None
            entry, checked_at = found
            if checked_at != current:
                return None
            self.items.move_to_end(key)
            return entry

    def put(self, key, entry, checked_at):
        limit = getattr(settings, "PAGECACHE_LOCAL_BYTES", 0)
        size = len(entry["content"])
        if size > limit:
            return
        with self.lock:
            old = self.items.pop(key, None)
            if old is not None:
                self.size -= len(old[0]["content"])
            self.items[key] = (entry, checked_at)
            self.size += size
            while self.size > limit and self.items:
                _key, (dropped, _gen) = self.items.popitem(last=False)
                self.size -= len(dropped["content"])

    def clear(self):
        with self.lock:
            self.items.clear()
            self.size = 0


_local = _LocalCopies()


def get_entry(key):
    """The fresh entry under `key`, or None. While nothing has changed since this process last
    checked it, the in-process copy is served after one read of the generation (or none, within
    trust_seconds() of the last read)."""
    current = generation_for_hit()
    entry = _local.get(key, current)
    if entry is None:
        entry = cache.get(key)
        if entry is None:
            return None
        if versions(entry["tags"], make_missing=False) != entry["tags"]:
            return None
        _local.put(key, entry, current)
    if entry["expires"] <= time.time():
        return None
    return entry


def set_entry(key, entry, timeout, checked_at=None):
    """Store `entry`; `checked_at` is the generation read before its tags' versions were read."""
    cache.set(key, entry, timeout=max(1, int(timeout)))
    if checked_at is not None:
        _local.put(key, entry, checked_at)


def variant_allowed(address):
    """Answers with a query string: at most PAGECACHE_MAX_VARIANTS per address (without its query)
    within the timeout, so hostile query strings cannot fill the cache."""
    key = _key("n", hashlib.sha1(address.encode()).hexdigest())
    limit = settings.PAGECACHE_MAX_VARIANTS
    cache.add(key, 0, timeout=settings.PAGECACHE_TIMEOUT)
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        return True


# --- the front cache's index of addresses per tag -----------------------------------------------


def _redis_client():
    """The raw client of Django's own Redis backend, or None for other backends."""
    backend = caches[DEFAULT_CACHE_ALIAS]  # `cache` is a proxy: its own type says nothing
    if isinstance(backend, RedisCache):
        return backend._cache.get_client(write=True)
    return None


def index_add(tags, url):
    timeout = settings.PAGECACHE_TIMEOUT * 2
    client = _redis_client()
    if client is not None:
        pipe = client.pipeline(transaction=False)
        for tag in tags:
            key = cache.make_key(_key("u", tag))
            pipe.sadd(key, url)
            pipe.expire(key, timeout)
        pipe.execute()
        return
    for tag in tags:
        with _locked(_key("u", tag)) as key:
            urls = cache.get(key) or {}
            if url not in urls:
                urls[url] = True
                cache.set(key, urls, timeout=timeout)


def index_pop(tags):
    """The addresses stored under `tags`, which are forgotten."""
    urls = set()
    client = _redis_client()
    if client is not None:
        pipe = client.pipeline(transaction=False)
        keys = [cache.make_key(_key("u", tag)) for tag in tags]
        for key in keys:
            pipe.smembers(key)
        if keys:
            pipe.delete(*keys)
        for members in pipe.execute()[: len(keys)]:
            urls.update(member.decode() if isinstance(member, bytes) else member for member in members)
        return urls
    for tag in tags:
        with _locked(_key("u", tag)) as key:
            urls.update(cache.get(key) or {})
            cache.delete(key)
    return urls


class _locked:
    """A short lock in the cache (add is atomic); after LOCK_WAIT the writer goes ahead anyway."""

    def __init__(self, key):
        self.key = key
        self.lock = key + ":lock"
        self.held = False

    def __enter__(self):
        deadline = time.monotonic() + LOCK_WAIT
        while not (held := cache.add(self.lock, 1, timeout=2)) and time.monotonic() < deadline:
            time.sleep(0.002)
        self.held = held
        return self.key

    def __exit__(self, *exc):
        if self.held:
            cache.delete(self.lock)
