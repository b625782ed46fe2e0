"""Public council and calendar URLs inside the language prefix (/de/…, /en/…).

Each route is spelled in the visitor's language (/de/rat/sitzungen/7/, /en/council/meetings/7/).
The spellings live here rather than in the gettext catalogue, so a URL never changes because a
translation changed; Django's translate_url, and with it the language switcher, maps one onto the other."""

from django.urls import path
from django.utils import translation
from django.utils.functional import lazy

from council import views

app_name = "council"


def _route(de, en):
    routes = {"de": de, "en": en}
    return lazy(lambda: routes.get((translation.get_language() or "de")[:2], de), str)()


urlpatterns = [
    path(_route("kalender/", "calendar/"), views.calendar_list, name="calendar"),
    path(
        _route("kalender/<int:year>/<int:month>/", "calendar/<int:year>/<int:month>/"),
        views.calendar_month,
        name="month",
    ),
    path(_route("kalender/archiv/", "calendar/archive/"), views.archive, name="archive"),
    path(_route("kalender/abonnieren/", "calendar/subscribe/"), views.subscribe, name="subscribe"),
    path(_route("kalender/veranstaltungen/<int:pk>/", "calendar/events/<int:pk>/"), views.event_detail, name="event"),
    path(_route("rat/sitzungen/<int:pk>/", "council/meetings/<int:pk>/"), views.meeting_detail, name="meeting"),
    path(_route("rat/gremien/", "council/committees/"), views.committee_list, name="committees"),
    path(_route("rat/gremien/<int:pk>/", "council/committees/<int:pk>/"), views.committee_detail, name="committee"),
]
