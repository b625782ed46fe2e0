"""Citizen-facing payment URLs, included by cms/urls.py inside the language prefix."""

from django.urls import path

from billing import views

urlpatterns = [
    path("bezahlen/<str:token>/", views.pay, name="billing_pay"),
    path("bezahlen/zurueck/<uuid:token>/", views.payment_return, name="billing_return"),
]
