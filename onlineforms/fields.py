"""The form fields of municipal forms, onlineforms' own field types (registered in
onlineforms.registry, beside Wagtail's choice and yes/no types) and the form builder that builds
every field through the registry."""

import time
from datetime import date
from decimal import Decimal

from django import forms
from django.core.validators import RegexValidator
from django.template.defaultfilters import filesizeformat
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder, _split_by_newline_or_comma
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES
from wagtail.models import Locale

from onlineforms import abuse, registry
from onlineforms.registry import FieldType

# ASCII digits only: Python's \d also matches Arabic-Indic, fullwidth and other digits.
POSTCODE_VALIDATOR = RegexValidator(
    r"\A[0-9]{5}\Z", _("A German postcode has exactly five digits, e.g. 45999."), code="postcode"
)

# Characters that break a line: a single-line answer containing one could forge e-mail headers or
# CSV rows downstream, and no name or street has one.
LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def no_line_breaks(value):
    if isinstance(value, str) and any(char in value for char in LINE_BREAKS):
        raise forms.ValidationError(_("Please enter this on one line, without line breaks."), code="line_break")


class SingleLineField(forms.CharField):
    """One line of text: line breaks are refused (not silently removed), so nothing is changed behind
    the citizen's back."""

    default_validators = [no_line_breaks]


# Extension -> the bytes such a file starts with. Anything else is refused, whatever its name says.
UPLOAD_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
}
UPLOAD_CONTENT_TYPES = {"pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png"}


class AddressWidget(forms.MultiWidget):
    template_name = "onlineforms/widgets/address.html"

    def __init__(self, attrs=None):
        super().__init__(
            [
                forms.TextInput(attrs={"autocomplete": "address-line1"}),
                forms.TextInput(
                    attrs={"autocomplete": "postal-code", "inputmode": "numeric", "maxlength": "5", "size": "5"}
                ),
                forms.TextInput(attrs={"autocomplete": "address-level2"}),
            ],
            attrs,
        )

    def decompress(self, value):
        if isinstance(value, dict):
            return [value.get("street"), value.get("postcode"), value.get("town")]
        return [None, None, None]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        labels = [_("Street and house number"), _("Postcode"), _("Town")]
        for subwidget, label in zip(context["widget"]["subwidgets"], labels, strict=True):
            subwidget["label"] = label
        return context


class AddressField(forms.MultiValueField):
    """Street and number, five-digit postcode, town. Stored as {'street', 'postcode', 'town'}."""

    widget = AddressWidget
    is_address = True

    def __init__(self, **kwargs):
        fields = (
            SingleLineField(max_length=200, error_messages={"incomplete": _("Enter the street and house number.")}),
            SingleLineField(
                max_length=5, validators=[POSTCODE_VALIDATOR], error_messages={"incomplete": _("Enter the postcode.")}
            ),
            SingleLineField(max_length=100, error_messages={"incomplete": _("Enter the town.")}),
        )
        kwargs.pop("initial", None)
        super().__init__(fields=fields, require_all_fields=False, **kwargs)

    def compress(self, data_list):
        if not data_list or not any(data_list):
            return None
        street, postcode, town = (list(data_list) + [None, None, None])[:3]
        return {"street": (street or "").strip(), "postcode": postcode or "", "town": (town or "").strip()}

    def clean(self, value):
        # Every part is needed once anything is entered (or the field is required).
        if self.required or (isinstance(value, (list, tuple)) and any(value)):
            for field in self.fields:
                field.required = True
        return super().clean(value)


def format_address(value):
    if not isinstance(value, dict):
        return str(value or "")
    return f"{value.get('street', '')}, {value.get('postcode', '')} {value.get('town', '')}".strip(", ")


class GermanDateField(forms.DateField):
    """A date typed into <input type="date"> (ISO) or as 25.11.2026."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    input_formats = ["%Y-%m-%d", "%d.%m.%Y"]
    default_error_messages = {"invalid": _("Enter a date, e.g. 25.11.2026.")}

    def to_python(self, value):
        # strptime reads any Unicode digit ("٢٥.١١.٢٠٢٦"); only ASCII digits are a date here.
        if isinstance(value, str) and not value.strip().isascii():
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)

    def validate(self, value):
        super().validate(value)
        if value and not (date(1900, 1, 1) <= value <= date(2100, 12, 31)):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")


class UploadField(forms.FileField):
    """A PDF, JPEG or PNG file up to `max_bytes`, checked by its first bytes, not only its name."""

    widget = forms.ClearableFileInput

    def __init__(self, *, max_bytes, extensions=None, **kwargs):
        self.max_bytes = max_bytes
        self.extensions = extensions or list(UPLOAD_SIGNATURES)
        kwargs.pop("initial", None)
        super().__init__(**kwargs)
        self.widget.attrs["accept"] = ",".join(f".{ext}" for ext in self.extensions)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return upload
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        kinds = ", ".join(sorted({e.upper() for e in self.extensions if e != "jpeg"}))
        if extension not in self.extensions:
            raise forms.ValidationError(
                _("Please upload a file of one of these types: %(kinds)s.") % {"kinds": kinds}, code="type"
            )
        if upload.size > self.max_bytes:
            raise forms.ValidationError(
                _("The file is too large (%(size)s). The limit is %(limit)s.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(self.max_bytes)},
                code="size",
            )
        upload.seek(0)
        head = upload.read(16)
        upload.seek(0)
        if not any(head.startswith(sig) for sig in UPLOAD_SIGNATURES[extension]):
            raise forms.ValidationError(
                _("The file is not a valid %(kind)s file.") % {"kind": extension.upper()}, code="content"
            )
        upload.detected_type = UPLOAD_CONTENT_TYPES[extension]
        return upload


class ConsentField(forms.BooleanField):
    """Consent to data processing: always required; the privacy notice is linked next to it."""

    is_consent = True

    def __init__(self, **kwargs):
        kwargs["required"] = True
        kwargs.pop("initial", None)
        kwargs.setdefault(
            "error_messages",
            {"required": _("Please agree to the processing of your data, or we cannot accept the form.")},
        )
        super().__init__(**kwargs)


class MunicipalBaseForm(BaseForm):
    """Adds the honeypot and the time trap to every form page form.

    The time-trap token is bound to the form and used up by the first submission that passes every
    check; while the form still has errors it is kept, so the citizen can correct and send again."""

    form_key = ""  # the page's translation key, set by MunicipalFormBuilder

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.page is not None:
            self.form_key = str(self.page.translation_key)
        self.fields[abuse.HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[abuse.STARTED_FIELD] = forms.CharField(required=False, widget=forms.HiddenInput)
        if not self.is_bound:
            self.initial[abuse.STARTED_FIELD] = abuse.start_token(self.form_key)
        self.spam = False
        self.started_at = None

    def visible_form_fields(self):
        return [f for f in self.visible_fields() if f.name != abuse.HONEYPOT_FIELD]

    def renew_started(self, at=None):
        """Put a fresh time-trap token into the re-shown form (by default: shown now)."""
        self.data = self.data.copy()
        self.data[abuse.STARTED_FIELD] = abuse.start_token(self.form_key, at)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(abuse.HONEYPOT_FIELD):
            self.spam = True
            raise forms.ValidationError(_("Your form could not be accepted."), code="honeypot")
        token = abuse.read_token(self.data.get(abuse.STARTED_FIELD), self.form_key)
        if token is None or time.time() - token["t"] < abuse.min_seconds():
            # Missing, forged, expired, made for another form, or sent within seconds: a fresh
            # token for the next try; a person simply sends again.
            self.renew_started()
            raise forms.ValidationError(_("Please check your answers and send the form again."), code="time_trap")
        self.started_at = token["t"]
        if self._errors:
            return cleaned  # not used up yet: the corrected form is sent with the same token
        if not abuse.use_token(token):
            self.spam = True
            self.renew_started()
            raise forms.ValidationError(
                _("This form has already been sent with these details. Please check your answers and send it again."),
                code="replay",
            )
        return cleaned

    def answers(self):
        """cleaned_data without the protection fields."""
        return {k: v for k, v in self.cleaned_data.items() if k not in (abuse.HONEYPOT_FIELD, abuse.STARTED_FIELD)}


class MunicipalFormBuilder(FormBuilder):
    """Wagtail's form builder, taking each field from its type in onlineforms.registry."""

    def __init__(self, fields, page=None):
        super().__init__(fields)
        self.page = page

    def get_field_options(self, field):
        options = super().get_field_options(field)
        options["label"] = field.label
        return options

    def get_create_field_function(self, type):
        field_type = registry.get(type)
        return lambda field, options: field_type.create_field(self, field, options)

    def get_form_class(self):
        attrs = {**self.formfields, "form_key": str(self.page.translation_key) if self.page else ""}
        return type("MunicipalForm", (MunicipalBaseForm,), attrs)


def choice_list(field):
    """The choices an editor wrote for a field, as the form builder splits them."""
    return _split_by_newline_or_comma(field.choices or "")


def source_fields(page):
    """The form's fields in the default language, by key (for choices stored in one language)."""
    if page.locale.language_code == Locale.get_default().language_code:
        return page.fields_by_key()
    source = page.get_translation_or_none(Locale.get_default())
    return source.specific.fields_by_key() if source else page.fields_by_key()


# --- onlineforms' own field types ------------------------------------------------------------


class TextType(FieldType):
    """Typed freely: stored as typed, never repeated in the confirmation."""

    def __init__(self, name, label, build):
        super().__init__(name, label)
        self.build = build

    def create_field(self, builder, field, options):
        return self.build(builder, options)


class NumberType(TextType):
    def stored_value(self, field, value, source_field):
        return str(value) if isinstance(value, Decimal) else value


class AddressType(TextType):
    def stored_value(self, field, value, source_field):
        return format_address(value)


class DateType(FieldType):
    def create_field(self, builder, field, options):
        return GermanDateField(**options)

    def stored_value(self, field, value, source_field):
        return value.isoformat()

    def confirmation_fact(self, field, value, source_field):
        try:
            return formats.date_format(date.fromisoformat(value), "DATE_FORMAT")
        except (TypeError, ValueError):
            return None


class YesNoType(FieldType):
    """Wagtail's checkbox and onlineforms' consent: the confirmation says yes or no."""

    def __init__(self, name, label, build=None):
        super().__init__(name, label)
        self.build = build

    def create_field(self, builder, field, options):
        return self.build(options) if self.build else super().create_field(builder, field, options)

    def confirmation_fact(self, field, value, source_field):
        return gettext("yes") if value is True else gettext("no") if value is False else None


class ChoiceType(FieldType):
    """Wagtail's choice types. Answers are stored in the default language (so exports have one
    vocabulary) and shown in the page's."""

    def stored_value(self, field, value, source_field):
        if source_field is None:
            return value
        mapping = dict(zip(choice_list(field), choice_list(source_field), strict=False))
        if isinstance(value, list):
            return [mapping.get(v, v) for v in value]
        return mapping.get(value, value)

    def confirmation_fact(self, field, value, source_field):
        stored, shown = choice_list(source_field or field), choice_list(field)
        mapping = dict(zip(stored, shown, strict=False))
        values = value if isinstance(value, list) else [value]
        if not values or any(v not in mapping for v in values):
            return None  # not from the list (data from elsewhere): leave it out
        return ", ".join(mapping[v] for v in values)


def _email_field(builder, options):
    field = forms.EmailField(max_length=254, **options)
    field.widget.attrs["autocomplete"] = "email"
    return field


def _upload_field(builder, options):
    max_mb = getattr(builder.page, "max_upload_mb", 10) or 10
    return UploadField(max_bytes=max_mb * 1024 * 1024, **options)


WAGTAIL_LABELS = dict(FORM_FIELD_CHOICES)

# In the order editors see them.
OWN_TYPES = [
    TextType("singleline", WAGTAIL_LABELS["singleline"], lambda b, options: SingleLineField(max_length=255, **options)),
    TextType(
        "multiline",
        WAGTAIL_LABELS["multiline"],
        lambda b, options: forms.CharField(max_length=5000, widget=forms.Textarea(attrs={"rows": 5}), **options),
    ),
    TextType("email", WAGTAIL_LABELS["email"], _email_field),
    NumberType(
        "number",
        WAGTAIL_LABELS["number"],
        lambda b, options: forms.DecimalField(max_digits=12, decimal_places=2, **options),
    ),
    YesNoType("checkbox", WAGTAIL_LABELS["checkbox"]),
    ChoiceType("checkboxes", WAGTAIL_LABELS["checkboxes"]),
    ChoiceType("dropdown", WAGTAIL_LABELS["dropdown"]),
    ChoiceType("multiselect", WAGTAIL_LABELS["multiselect"]),
    ChoiceType("radio", WAGTAIL_LABELS["radio"]),
    DateType("date", WAGTAIL_LABELS["date"]),
    AddressType("address", _("German postal address"), lambda b, options: AddressField(**options)),
    TextType("upload", _("File upload (private)"), _upload_field),
    YesNoType("consent", _("Consent to data processing"), lambda options: ConsentField(**options)),
]
for own_type in OWN_TYPES:
    registry.register(own_type)
