"""URLs outside the language prefix: e-mail provider webhooks (anymail) and the crew's calendar feed."""

from django.urls import include, path

urlpatterns = [
    path("anymail/", include("anymail.urls")),
    path("", include("bookings.root_urls")),
]
