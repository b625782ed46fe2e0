from wagtail import hooks

from pagecache import tag


@hooks.register("before_serve_page")
def tag_served_page(page, request, serve_args, serve_kwargs):
    """The page served: its own change (in either language) purges it."""
    tag(page)
