"""The second factor's place in the admin: its views, the account page's link, the reset button in
the user list, and its log actions."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from twofactor import views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("twofactor/verify/", views.verify, name="twofactor_verify"),
        path("twofactor/enrol/", views.enrol, name="twofactor_enrol"),
        path("twofactor/recovery-codes/", views.recovery_codes, name="twofactor_recovery_codes"),
        path("twofactor/", views.manage, name="twofactor_manage"),
        path("twofactor/devices/<int:device_id>/remove/", views.remove, name="twofactor_remove"),
        path("twofactor/recovery-codes/new/", views.regenerate, name="twofactor_regenerate"),
        path("twofactor/users/<str:user_id>/reset/", views.reset, name="twofactor_reset"),
    ]


@hooks.register("register_account_menu_item")
def account_menu_item(request):
    return {
        "url": reverse("twofactor_manage"),
        "label": _("Second factor"),
        "help_text": _("Authenticator apps and recovery codes for signing in."),
    }


@hooks.register("register_user_listing_buttons")
def user_listing_buttons(user, request_user):
    # Offered for every other user, without a query per row; the reset page says what they have.
    if request_user.is_superuser and user.pk != request_user.pk:
        yield Button(_("Reset second factor"), reverse("twofactor_reset", args=[user.pk]), icon_name="key", priority=80)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action("twofactor.enrol", _("Add second factor"), _("Second factor added"))
    actions.register_action("twofactor.remove", _("Remove second factor"), _("Second factor removed"))
    actions.register_action("twofactor.recovery_codes", _("New recovery codes"), _("New recovery codes made"))
    actions.register_action("twofactor.reset", _("Reset second factor"), _("Second factor reset by an administrator"))
