from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.calendar import REMINDER_HOURS
from accounts.enums import RequestStatus
from accounts.models import Citizen
from council.enums import EventCategory
from council.models import Committee


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


class CommitteeChoiceField(forms.ModelMultipleChoiceField):
    """Canonical committees, named in the visitor's language."""

    def label_from_instance(self, obj):
        return getattr(obj.localized, "title", obj.title)


class CalendarForm(forms.Form):
    """What goes into my calendar, and the reminders before meetings."""

    committees = CommitteeChoiceField(
        label=_("Committees"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Their meetings are in your calendar."),
    )
    categories = forms.MultipleChoiceField(
        label=_("Event categories"),
        choices=(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The city's events of these kinds are in your calendar."),
    )
    reminders = forms.BooleanField(
        label=_("Remind me by e-mail before a meeting of my committees"),
        required=False,
        help_text=_("With the livestream link, if the meeting has one. Cancelled meetings give no reminder."),
    )
    reminder_hours = forms.TypedChoiceField(label=_("When"), coerce=int, choices=())

    def __init__(self, *args, citizen, **kwargs):
        super().__init__(*args, **kwargs)
        self.citizen = citizen
        self.fields["committees"].queryset = Committee.objects.canonical().order_by("title")
        self.fields["categories"].choices = EventCategory.choices
        self.fields["reminder_hours"].choices = [(hours, hours_label(hours)) for hours in REMINDER_HOURS]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reminders") and not (self.citizen.email and self.citizen.email_verified):
            self.add_error(
                "reminders", _("We can only send reminders to a confirmed e-mail address, and this account has none.")
            )
        return cleaned


def hours_label(hours):
    if hours % 24 == 0:
        days = hours // 24
        return ngettext("%(count)d day before", "%(count)d days before", days) % {"count": days}
    return ngettext("%(count)d hour before", "%(count)d hours before", hours) % {"count": hours}
