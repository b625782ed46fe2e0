"""Search JSON API (outside the language prefix; the language is a parameter)."""

from django.urls import path

from search import views

app_name = "search_api"

urlpatterns = [
    path("", views.api, name="search"),
    path("suggest/", views.suggest, name="suggest"),
]
