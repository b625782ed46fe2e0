from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OnlineFormsConfig(AppConfig):
    name = "onlineforms"
    verbose_name = _("Online forms")

    def ready(self):
        from anymail.signals import tracking

        from onlineforms.emails import handle_tracking

        tracking.connect(handle_tracking, dispatch_uid="onlineforms_email_tracking")
