"""Public URLs of online forms inside the language prefix (/de/…, /en/…). Form pages themselves
are Wagtail pages; here live the booking links sent by e-mail."""

from django.urls import include, path

urlpatterns = [
    path("", include("bookings.urls")),
]
