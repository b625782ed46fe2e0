from django.urls import path

from council.oparl import views
from council.oparl.views import KINDS

urlpatterns = [
    path("", views.system, name="oparl_system"),
    path("bodies/", views.bodies, name="oparl_bodies"),
    path("body/<int:body>/", views.body, name="oparl_body"),
    *[
        path(f"body/<int:body>/{list_name}/", views.object_list, {"kind": kind}, name=f"oparl_{list_name}")
        for kind, (list_name, _objects, _writer) in KINDS.items()
    ],
    *[path(f"{kind}/<int:pk>/", views.one_object, {"kind": kind}, name=f"oparl_{kind}") for kind in KINDS],
]
