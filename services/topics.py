"""Pages elsewhere that group services (the Lebenslagen do). The A–Z filters by them and a service page
links to the ones that list it, without services knowing the app that provides them: that app registers
a `ServiceTopics` through the `register_service_topics` Wagtail hook (lebenslagen/wagtail_hooks.py)."""

from collections.abc import Callable
from dataclasses import dataclass

from wagtail import hooks


@dataclass(frozen=True)
class ServiceTopics:
    param: str  # the A–Z filter's query parameter, e.g. "lebenslage"
    label: str  # the filter's label
    all_label: str  # the filter's "no choice" option
    unknown_message: str  # shown when the parameter names no topic
    heading: str  # above the list of topics on a service page
    pages: Callable  # pages(locale_id) -> live, public topic pages in that language (with .slug, .title)
    service_keys: Callable  # service_keys(topic_page) -> translation keys of the services it lists
    for_service: Callable  # for_service(service_page) -> live topic pages in its language that list it


def service_topics():
    """The registered topic source, or None when no installed app groups services."""
    for register in hooks.get_hooks("register_service_topics"):
        return register()
    return None
