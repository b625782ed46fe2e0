"""The OpenID Connect callback, outside the language prefix (one address to register with the provider)."""

from django.urls import path

from accounts import views

urlpatterns = [
    path("konto/oidc/callback/", views.oidc_callback, name="accounts_oidc_callback"),
]
