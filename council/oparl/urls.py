from django.urls import path

from council.oparl import views

urlpatterns = [
    path("", views.system, name="oparl_system"),
    path("bodies/", views.bodies, name="oparl_bodies"),
    path("body/<int:body>/", views.body, name="oparl_body"),
    path("body/<int:body>/organizations/", views.organizations, name="oparl_organizations"),
    path("body/<int:body>/meetings/", views.meetings, name="oparl_meetings"),
    path("body/<int:body>/locations/", views.locations, name="oparl_locations"),
    path("body/<int:body>/agendaitems/", views.agenda_items, name="oparl_agendaitems"),
    path("body/<int:body>/people/", views.empty_list, {"name": "people"}, name="oparl_people"),
    path("body/<int:body>/papers/", views.empty_list, {"name": "papers"}, name="oparl_papers"),
    path("organization/<int:pk>/", views.organization, name="oparl_organization"),
    path("meeting/<int:pk>/", views.meeting, name="oparl_meeting"),
    path("agendaitem/<int:pk>/", views.agenda_item, name="oparl_agendaitem"),
    path("location/<int:pk>/", views.location, name="oparl_location"),
]
