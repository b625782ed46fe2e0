"""The citizen account, included by cms/urls.py inside the language prefix."""

from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("konto/", views.home, name="home"),
    path("konto/anmelden/", views.sign_in_page, name="sign_in"),
    path("konto/anmelden/dienstkonto/", views.oidc_start, name="oidc_start"),
    path("konto/anmelden/link/<str:token>/", views.email_link, name="email_link"),
    path("konto/abmelden/", views.sign_out_view, name="sign_out"),
    path("konto/abgemeldet/", views.signed_out, name="signed_out"),
    path("konto/status/", views.status_fragment, name="status_fragment"),
    path("konto/antraege/<str:reference>/", views.request_detail, name="request_detail"),
    path("konto/profil/", views.profile, name="profile"),
    path("konto/kalender/", views.my_calendar, name="calendar"),
    path("konto/daten/", views.my_data, name="my_data"),
    path("konto/daten.json", views.my_data_json, name="my_data_json"),
    path("konto/loeschen/", views.delete_account, name="delete"),
    path("konto/geloescht/", views.deleted, name="deleted"),
    path("antragsstatus/<str:token>/", views.status_page, name="status_page"),
]
