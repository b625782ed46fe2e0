from django import forms, template

from onlineforms.fields import AddressField, ConsentField

register = template.Library()


@register.filter
def field_kind(bound_field):
    field, widget = bound_field.field, bound_field.field.widget
    if isinstance(field, AddressField):
        return "address"
    if isinstance(widget, (forms.RadioSelect, forms.CheckboxSelectMultiple)):
        return "group"
    if isinstance(widget, forms.CheckboxInput) or isinstance(field, ConsentField):
        return "checkbox"
    return "input"


@register.filter
def first_input_id(bound_field):
    if isinstance(bound_field.field, AddressField):
        return f"{bound_field.auto_id}_0"
    if isinstance(bound_field.field.widget, (forms.RadioSelect, forms.CheckboxSelectMultiple)):
        return f"{bound_field.auto_id}_0"
    return bound_field.id_for_label


@register.filter
def describe(bound_field):
    """The widget with aria-describedby pointing at its help text and errors."""
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}_helptext")
    if bound_field.errors:
        ids.append(f"{bound_field.auto_id}_error")
    attrs = {"aria-describedby": " ".join(ids)} if ids else {}
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
    return bound_field.as_widget(attrs=attrs)


@register.inclusion_tag("onlineforms/includes/form.html", takes_context=True)
def online_form(context, form, action, prefix=""):
    return {
        "form": form,
        "action": action,
        "prefix": prefix,
        "privacy_page": context.get("privacy_page"),
        "form_error": context.get("form_error") if context.get("form") is form else None,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
    }
