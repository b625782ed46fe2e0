"""Machine URLs outside the language prefix, included by cms/urls.py."""

from django.urls import path

from bookings import views

urlpatterns = [
    path("feeds/sperrmuell/<str:token>.ics", views.crew_feed, name="bookings_crew_feed"),
]
