from django import forms
from django.utils.translation import gettext_lazy as _

CODE_ATTRS = {
    "autocomplete": "one-time-code",
    "autocapitalize": "off",
    "spellcheck": "false",
    "autofocus": True,
}


class CodeForm(forms.Form):
    """The code step after the password: a TOTP code or a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=64,
        help_text=_("The six-digit code from your authenticator app, or one of your recovery codes."),
        widget=forms.TextInput(attrs=CODE_ATTRS),
        error_messages={"required": _("Please enter the code.")},
    )


class EnrolForm(forms.Form):
    """Confirming a new authenticator app with the first code it shows."""

    name = forms.CharField(
        label=_("Name of this app or device"),
        max_length=64,
        required=False,
        help_text=_("So you can tell your devices apart later, e.g. “Work phone”."),
    )
    code = forms.CharField(
        label=_("Six-digit code from the app"),
        max_length=16,
        widget=forms.TextInput(attrs={**CODE_ATTRS, "inputmode": "numeric", "autofocus": False}),
        error_messages={"required": _("Please enter the code the app shows.")},
    )
