"""Under each language prefix (cms/urls.py): /de/_feedback/..., /en/_feedback/...
(the underscore keeps them clear of page slugs)."""

from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("_feedback/", views.vote, name="vote"),
    path("_feedback/comment/", views.comment, name="comment"),
    path("_feedback/thanks/<str:token>/", views.thanks, name="thanks"),
]
