"""Citizen-facing booking URLs, included by cms/urls.py inside the language prefix."""

from django.urls import path

from bookings import views

urlpatterns = [
    path("sperrmuell/termin/<str:token>/", views.manage, name="bookings_manage"),
    path("sperrmuell/bestaetigen/<str:token>/", views.confirm, name="bookings_confirm"),
]
