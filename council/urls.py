"""Public council and calendar URLs inside the language prefix (/de/…, /en/…)."""

urlpatterns = []
