"""Search JSON API (outside the language prefix; the language is a parameter)."""

urlpatterns = []
