"""Machine-readable council URLs outside the language prefix: iCal feeds and the OParl endpoint."""

urlpatterns = []
