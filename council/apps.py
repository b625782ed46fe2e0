from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilConfig(AppConfig):
    name = "council"
    verbose_name = _("Council and calendar")

    def ready(self):
        from core.sitecache import bump_on_save
        from council.models.records import Committee, Location, Meeting

        # "Live now" in every page's header is kept in each process (council.models.schedule):
        # a changed meeting, committee or location renews every copy.
        bump_on_save(Meeting)
        bump_on_save(Location)
        bump_on_save(Committee)
