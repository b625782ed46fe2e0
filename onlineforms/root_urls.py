"""URLs outside the language prefix: email provider webhooks, staff feeds (token-protected)."""

urlpatterns = []
