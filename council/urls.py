"""Council addresses inside the language prefix (/de/…, /en/…) that are not the calendar page's own.

The calendar lives on a Wagtail page (council.models.calendar_page) whose sub-pages keep the old
/de/kalender/… and /en/calendar/… addresses; meetings and committees used to live under /de/rat/…
and /en/council/…, which now redirect permanently to the page."""

from django.urls import path

from council import views
from council.models.calendar_page import spelled

app_name = "council"

urlpatterns = [
    path(
        spelled("rat/sitzungen/<int:pk>/", "council/meetings/<int:pk>/"),
        views.moved_to_calendar_page,
        {"route": "meeting"},
    ),
    path(spelled("rat/gremien/", "council/committees/"), views.moved_to_calendar_page, {"route": "committees"}),
    path(
        spelled("rat/gremien/<int:pk>/", "council/committees/<int:pk>/"),
        views.moved_to_calendar_page,
        {"route": "committee"},
    ),
]
