"""URLs outside the language prefix: the crew's calendar feed. (E-mail provider webhooks: cms/mail.py.)"""

from django.urls import include, path

urlpatterns = [
    path("", include("bookings.root_urls")),
]
