"""Public URLs of online forms inside the language prefix (/de/…, /en/…)."""

urlpatterns = []
