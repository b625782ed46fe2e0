"""Finding the page for an address in two queries, whatever its depth: the pages along the path
(by slug, below the visitor's home page) and the deepest one's specific row; for an address seen
since the page tree last changed, none (the walk and the specific row are kept in the process). Wagtail's own
Page.route asks for each segment's child and its specific row in turn. A page that routes further
itself (a RoutablePageMixin page, or an address that matches no page) gets the rest of the path
through its own route(), as in Wagtail."""

import copy

from wagtail.models import Page

from core.sitecache import GenerationMemo, home_for, site_for_request

# (site, home page, path) -> (the deepest page's pk and model, how many segments it matched),
# kept in the process until the page tree changes.
_places = GenerationMemo()
# pk -> the page's specific row, kept in the process until the page tree changes. Each request gets
# a shallow copy (what a view sets on its page stays with that request); the copies share the
# parsed StreamField values, so a page's blocks are read from JSON once per process and generation.
_pages = GenerationMemo(size=1024)


def route(request, path):
    """What Page.route_for_request returns (a RouteResult), or None when the request has no site."""
    site = site_for_request(request)
    if site is None:
        return None
    home = home_for(site)
    components = [component for component in path.split("/") if component]
    if not components:
        return home.route(request, [])
    pk, model, matched = _places.get((site.pk, home.pk, tuple(components)), lambda: _walk(home, components))
    if pk == home.pk:
        page = home
    else:
        kept = _pages.get(pk, lambda: model._default_manager.filter(pk=pk).first())
        if kept is None:  # deleted since this request read the generation
            _pages.discard(pk)
            pk, model, matched = _walk(home, components)
            page = home if pk == home.pk else model._default_manager.get(pk=pk)
        else:
            page = copy.copy(kept)
    return page.route(request, components[matched:])


def _walk(home, components):
    """The deepest page along the path below home: (its pk, its specific model, segments matched)."""
    rows = Page.objects.filter(
        slug__in=set(components),
        path__startswith=home.path,
        depth__gt=home.depth,
        depth__lte=home.depth + len(components),
    ).only("id", "path", "depth", "slug", "content_type_id")
    by_place = {(row.depth, row.slug): row for row in rows}
    deepest, matched = home, 0
    for number, slug in enumerate(components):
        row = by_place.get((home.depth + number + 1, slug))
        if row is None or not row.path.startswith(deepest.path):
            # Slugs are unique among siblings, so one row per depth and slug could still be a
            # cousin: then ask as Wagtail does.
            sibling = None if row is None else _child(deepest, slug)
            if sibling is None:
                break
            row = sibling
        deepest, matched = row, number + 1
    # The model comes from the content type (cached by Django), no query.
    return deepest.pk, (deepest.specific_class or Page) if deepest is not home else None, matched


def _child(parent, slug):
    return Page.objects.child_of(parent).filter(slug=slug).first()
