"""The form field that offers free pickup dates: a plain <select> grouped by pickup kind, so it
works without JavaScript and with any screen reader. The server checks the choice again."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bookings import calendar
from bookings.enums import PickupKind
from core import formats


def day_label(free_day):
    return formats.long_date(free_day.date)


def kind_heading(kind, settings):
    if kind == PickupKind.EXPRESS:
        return _("Express pickup (fee %(fee)s)") % {"fee": formats.money(settings.express_fee)}
    return _("Standard pickup (free of charge)")


class PickupSlotField(forms.ChoiceField):
    """Choice of a free pickup day; the value is '<ISO date>|<kind>'."""

    default_error_messages = {
        "invalid_choice": gettext_lazy("Please choose one of the dates offered."),
    }

    def __init__(self, *, kinds=None, today=None, **kwargs):
        self.kinds = [k for k in (kinds or PickupKind.values) if k in PickupKind.values] or PickupKind.values
        self.today = today
        kwargs.setdefault("choices", self.build_choices)
        super().__init__(**kwargs)

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result._built_choices = None
        return result

    def build_choices(self):
        """Built once per form (rendering asks for the choices more than once)."""
        if getattr(self, "_built_choices", None) is None:
            self._built_choices = self._free_day_choices()
        return self._built_choices

    def _free_day_choices(self):
        settings = calendar.get_settings()
        groups = [("", _("Choose a date"))]
        for kind in self.kinds:
            days = calendar.free_days(kind, self.today, settings)
            if days:
                groups.append((kind_heading(kind, settings), [(d.value, day_label(d)) for d in days]))
        return groups

    def validate(self, value):
        forms.Field.validate(self, value)
        if value in self.empty_values:
            return
        try:
            day, kind = calendar.decode_choice(value)
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice") from None
        if kind not in self.kinds:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        try:
            calendar.check_offered(day, kind, self.today)
        except calendar.SlotUnavailable as error:
            raise forms.ValidationError(error.message, code="not_offered") from None
        if not any(d.date == day for d in calendar.free_days(kind, self.today)):
            raise forms.ValidationError(calendar.FULL_MESSAGE, code="full")

    def clean(self, value):
        value = super().clean(value)
        if value in self.empty_values:
            return None
        return calendar.decode_choice(value)
