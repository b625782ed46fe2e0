"""Outside the language prefix: the OpenID Connect callback (one address to register with the
provider) and the private calendar feed (a calendar app's address, in the account's language)."""

from django.urls import path

from accounts import views

urlpatterns = [
    path("konto/oidc/callback/", views.oidc_callback, name="accounts_oidc_callback"),
    path("konto/kalender/<str:token>.ics", views.calendar_feed, name="accounts_calendar_feed"),
]
