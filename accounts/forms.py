from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.enums import RequestStatus
from accounts.models import Citizen


class EmailSignInForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Citizen
        fields = ["name", "street", "postcode", "city", "phone", "language"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "street": forms.TextInput(attrs={"autocomplete": "address-line1"}),
            "postcode": forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }

    def clean_postcode(self):
        value = self.cleaned_data["postcode"].strip()
        if value and not (value.isascii() and value.isdigit() and len(value) == 5):
            raise forms.ValidationError(_("Enter a five-digit postcode."))
        return value


class StatusForm(forms.Form):
    """Staff's status step (admin)."""

    status = forms.ChoiceField(label=_("New status"), choices=RequestStatus.choices)
    message = forms.CharField(
        label=_("Message to the citizen (optional)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Shown in the citizen's account and sent by e-mail. Write it in the citizen's language."),
    )


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(label=_("Yes, delete my account"), required=True)
