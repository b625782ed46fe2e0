"""The full-page cache (docs/caching.md): anonymous GET and HEAD answers, per language, kept in
Django's default cache and invalidated exactly by tags.

Feature code says, while a page renders, what the page shows and until when it stays true:

    from pagecache import tag, expires_at
    tag(office)             # this answer shows this office (a model instance)
    tag(ServicePage)        # ... lists rows of this model: any change of one purges it
    tag("children:0001")    # ... a named thing
    tag_links(*ancestors)   # ... shows these pages as links only (title, address)
    expires_at(closes_at)   # ... is stale from then on ("open now", "live now", alerts)

Both are no-ops outside a request the cache middleware handles. This module imports no model and no
project app, so any floor may import it."""

from pagecache.recording import capture, expires_at, expires_on, is_recording, next_midnight, replay, tag, tag_links

__all__ = ["capture", "expires_at", "expires_on", "is_recording", "next_midnight", "replay", "tag", "tag_links"]
