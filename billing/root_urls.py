"""Machine URLs outside the language prefix, included by cms/urls.py: django-payments' callback
views (`payments/process/<token>/`), where the providers' server-to-server notifications arrive."""

from django.urls import include, path

urlpatterns = [path("payments/", include("payments.urls"))]
