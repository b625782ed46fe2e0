"""Rich text page links resolved from the page's one batch of links (core.i18n.prefetch_page_links)."""

from django.utils.html import escape
from wagtail import hooks
from wagtail.rich_text.pages import PageLinkHandler

from core.i18n import localized_link, prefetch_page_links


class BatchedPageLinkHandler(PageLinkHandler):
    """Wagtail's page link handler asks for the pages of each rich text value (with one query per
    page type) and then each page's translation (two queries per link). This one takes them from
    the request's batch: one query per page for every link in its fields and blocks."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        ids = set()
        for attrs in attrs_list:
            try:
                ids.add(int(attrs.get("id")))
            except (TypeError, ValueError):
                continue
        prefetch_page_links(ids)
        result = []
        for attrs in attrs_list:
            try:
                page = localized_link(int(attrs.get("id")))
            except (TypeError, ValueError):
                page = None
            result.append(f'<a href="{escape(page.url)}">' if page is not None else "<a>")
        return result


@hooks.register("register_rich_text_features")
def register_batched_page_links(features):
    features.register_link_type(BatchedPageLinkHandler)
