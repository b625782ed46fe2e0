"""The A–Z list: German alphabetical order (DIN 5007-1: Ä as A, ß as ss), letters, filters."""

import string
from itertools import groupby

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.params import choice_param, raw_value
from core.sitecache import site_for_request, tree_memo
from pagecache import tag
from services.enums import Audience
from services.topics import service_topics

# Above this many services (after the filters) the A–Z shows one letter at a time.
ONE_LETTER_ABOVE = 150
UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "à": "a", "á": "a", "é": "e", "è": "e"})
LETTERS = list(string.ascii_uppercase)


def german_sort_key(text):
    folded = text.casefold().translate(UMLAUTS)
    return (folded, text)


def initial(text):
    folded = german_sort_key(text)[0].lstrip()
    letter = folded[:1].upper()
    return letter if letter in LETTERS else "#"


def _letter_href(request, letter):
    query = request.GET.copy()
    query["letter"] = letter
    query.pop("page", None)
    return f"?{query.urlencode()}"


def _groups_html(request, index_page, groups, shown_key):
    """The markup of the letter groups shown. It depends only on live pages (and today's date, for
    the status pills, which tell the page cache when they change), so it is rendered once per
    language, site and filter and kept in the process until the page tree changes."""

    def render():
        return mark_safe(render_to_string("services/components/a_to_z_groups.html", {"groups": groups, "request": request}))

    site = site_for_request(request)
    return tree_memo(("a-z-html", getattr(site, "pk", None), shown_key), index_page, render, request)


def build_index(index_page, services, request):
    """The A–Z of `services` (the index page's live children), filtered by the request's topic and audience."""
    tag(services.model)  # pagecache: any service's change
    queryset = (
        services.live()
        .public()
        .only(
            "id",
            "title",
            "url_path",
            "teaser",
            "audience",
            "status",
            "status_from",
            "status_until",
            "locale_id",
            "translation_key",
        )
    )
    # The whole list, in German order, is kept in the process until the page tree changes; the
    # filters pick from it.
    services = tree_memo("a-z", index_page, lambda: sorted(queryset, key=lambda s: german_sort_key(s.title)), request)
    topic_filter = service_topics()
    topics, selected_topic, wanted = [], None, ""
    if topic_filter is not None:
        topics = tree_memo("a-z-topics", index_page, lambda: topic_filter.pages(index_page.locale_id), request)
        wanted = (raw_value(request.GET, topic_filter.param) or "")[:100]
    if wanted:
        selected_topic = next((topic for topic in topics if topic.slug == wanted), None)
        if selected_topic is not None:
            keys = set(
                tree_memo("a-z-topic", selected_topic, lambda: topic_filter.service_keys(selected_topic), request)
            )
            services = [service for service in services if service.translation_key in keys]
    audience = choice_param(request.GET, "audience", (Audience.CITIZENS, Audience.BUSINESSES))
    if audience:
        services = [service for service in services if service.audience in (audience, Audience.BOTH)]

    groups = [(letter, list(items)) for letter, items in groupby(services, key=lambda s: initial(s.title))]
    present = {letter for letter, _items in groups}
    letters = [(letter, letter in present) for letter in LETTERS] + ([("#", True)] if "#" in present else [])
    # A long list shows one letter at a time (the letter links lead to ?letter=…, filters kept);
    # a short one shows every letter, and the letter links jump within the page. ?letter=… always works.
    letter = choice_param(request.GET, "letter", [*LETTERS, "#"])
    by_letter = letter != "" or len(services) > ONE_LETTER_ABOVE
    if by_letter and not letter and groups:
        letter = groups[0][0]
    shown = [(initial_, items) for initial_, items in groups if initial_ == letter] if by_letter else groups
    shown_key = (selected_topic.pk if selected_topic else None, audience, letter if by_letter else None)
    return {
        "groups_html": _groups_html(request, index_page, shown, shown_key),
        "letters": letters,
        "letter_links": [
            (initial_, is_present, _letter_href(request, initial_) if by_letter else f"#letter-{initial_}")
            for initial_, is_present in letters
        ],
        "by_letter": by_letter,
        "letter": letter,
        "groups": shown,
        "shown_count": sum(len(items) for _initial, items in shown),
        "service_count": len(services),
        "topic_filter": topic_filter,
        "topics": topics,
        "selected_topic": selected_topic,
        "unknown_topic": bool(wanted) and selected_topic is None,
        "audience": audience,
        "audience_choices": [
            ("", _("Everyone")),
            (Audience.CITIZENS.value, _("Citizens")),
            (Audience.BUSINESSES.value, _("Businesses")),
        ],
        "is_filtered": bool(selected_topic or audience),
    }
