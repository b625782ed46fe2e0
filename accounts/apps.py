from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Citizen accounts")

    def ready(self):
        from accounts import prefill, records
        from onlineforms import registry
        from onlineforms.signals import submission_stored

        submission_stored.connect(records.on_submission_stored, dispatch_uid="accounts_submission_stored")
        registry.register_submission_addition(records.confirmation_addition)
        registry.register_initial(prefill.profile_initial)
