from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Services")

    def ready(self):
        from core.sitecache import bump_on_save
        from services.models import Office

        # A service page's offices are kept in each process (ServicePage.get_context): a changed
        # office renews every copy.
        bump_on_save(Office)
