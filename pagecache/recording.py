"""What the answer being rendered shows (tags) and until when it is true (expiry).

The middleware opens a recording for each request it handles; `tag` and `expires_at` add to it.
A context variable holds it, so threads and async tasks each see their own request's."""

import contextvars
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Model
from django.utils import timezone

_current = contextvars.ContextVar("pagecache_recording", default=None)

PAGE_LABEL = "wagtailcore.page"


@dataclass
class Recording:
    tags: set = field(default_factory=set)
    expires: float | None = None  # a POSIX timestamp


def start():
    return _current.set(Recording())


def stop(token):
    recording = _current.get()
    _current.reset(token)
    return recording


def current():
    return _current.get()


def is_recording():
    return _current.get() is not None


def _base_label(model):
    """The label of the model that owns the primary key (a page's is wagtailcore.page)."""
    parents = model._meta.get_parent_list()
    return (parents[-1] if parents else model)._meta.label_lower


def is_page(obj_or_model):
    return _base_label(obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)) == PAGE_LABEL


def names(*things):
    """The tag names of model instances, model classes, strings and iterables of them."""
    found = []
    for thing in things:
        if thing is None:
            continue
        if isinstance(thing, str):
            found.append(thing)
        elif isinstance(thing, type) and issubclass(thing, Model):
            found.append(model_tag(thing))
        elif isinstance(thing, Model):
            found.append(object_tag(thing))
        else:
            found.extend(names(*thing))
    return found


def model_tag(model):
    return f"model:{model._meta.concrete_model._meta.label_lower}"


def object_tag(obj):
    """A page is tagged by its translation key, so a change of one language purges both; so is any
    translatable snippet. Other rows by their primary key."""
    base = _base_label(type(obj))
    if base == PAGE_LABEL:
        return f"page:{obj.translation_key}"
    key = getattr(obj, "translation_key", None)
    return f"obj:{base}:{key or obj.pk}"


def link_tags(pages):
    """Tags for pages shown only as links (breadcrumbs, menus, footer): their title, address and
    being live, not their content. A page's own change bumps both; a change of something it shows
    (a page that lists a renamed service) only its page tag."""
    return [f"link:{page.translation_key}" for page in pages if page is not None]


def tag_links(*pages):
    recording = _current.get()
    if recording is not None:
        recording.tags.update(link_tags(pages))


def tag(*things):
    """This answer shows `things` (instances, model classes, names): purge it when they change."""
    recording = _current.get()
    if recording is not None:
        recording.tags.update(names(*things))


def expires_at(*moments):
    """This answer is stale from the earliest of `moments` (aware datetimes; None is ignored)."""
    recording = _current.get()
    if recording is None:
        return
    for moment in moments:
        if moment is None:
            continue
        stamp = moment.timestamp() if isinstance(moment, datetime) else float(moment)
        if recording.expires is None or stamp < recording.expires:
            recording.expires = stamp


def expires_on(*days):
    """This answer is stale from the start (local midnight) of the earliest of `days` (dates)."""
    if _current.get() is None:
        return
    zone = timezone.get_default_timezone()
    expires_at(*(datetime.combine(day, time.min, zone) for day in days if isinstance(day, date)))


def next_midnight(now=None):
    """The start of the next local day: when "today" and "tomorrow" change."""
    local = timezone.localtime(now or timezone.now())
    return datetime.combine(local.date() + timedelta(days=1), time.min, local.tzinfo)


def capture(build):
    """Run `build()` in a recording of its own: (its value, what it recorded). What it recorded also
    goes to the answer being rendered, as if it had been recorded there."""
    token = _current.set(Recording())
    try:
        value = build()
    finally:
        recorded = _current.get()
        _current.reset(token)
    replay(recorded)
    return value, recorded


def replay(recorded):
    """Record again what a captured build recorded (its value is being used once more)."""
    recording = _current.get()
    if recording is None or recorded is None:
        return
    recording.tags.update(recorded.tags)
    if recorded.expires is not None:
        expires_at(recorded.expires)
