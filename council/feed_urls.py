"""Machine-readable council URLs outside the language prefix: iCal feeds and the OParl endpoint."""

from django.urls import include, path

from council import feeds

app_name = "council_feeds"

urlpatterns = [
    path("feeds/meetings.ics", feeds.meetings_ics, name="meetings_ics"),
    path("feeds/meetings/<int:pk>.ics", feeds.meeting_ics, name="meeting_ics"),
    path("feeds/committees/<int:pk>.ics", feeds.committee_ics, name="committee_ics"),
    path("feeds/events.ics", feeds.events_ics, name="events_ics"),
    path("feeds/events/<int:pk>.ics", feeds.event_ics, name="event_ics"),
    path("feeds/categories/<slug:category>.ics", feeds.category_ics, name="category_ics"),
    path("feeds/calendar.ics", feeds.personal_ics, name="personal_ics"),
    path("oparl/v1.1/", include("council.oparl.urls")),
]
