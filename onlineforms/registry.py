"""The field types an editor can give a form field, as a registry other apps add to.

A field type says how its form field is built, how its answer is stored, what the citizen's
confirmation may repeat of it, and what it adds about a stored submission to the e-mails, the page
after sending and the staff's view. onlineforms registers its own types in onlineforms/fields.py;
an app building on onlineforms registers its types in its AppConfig.ready(). onlineforms itself
knows no type but its own: everything it shows about the others comes through this registry."""

from django.template.loader import render_to_string
from wagtail.contrib.forms.forms import FormBuilder


class FieldType:
    """A kind of form field. The defaults suit a type whose answer is stored as the form cleans it,
    never repeated in the confirmation, and that adds nothing else about a submission."""

    # What the type adds about a stored submission, by place: "confirmation" (the citizen's e-mail)
    # and "notification" (the office's), both plain text, and "landing" (HTML, the page after sending).
    templates = {}

    def __init__(self, name, label):
        self.name = name
        self.label = label

    def create_field(self, builder, field, options):
        """The Django form field for `field`; by default Wagtail's FormBuilder.create_<name>_field."""
        return getattr(FormBuilder, f"create_{self.name}_field")(builder, field, options)

    def stored_value(self, field, value, source_field):
        """The cleaned answer (never None) as it is stored in the submission's form_data (JSON).
        `source_field` is the same field in the default language (None when there is none)."""
        return value

    def confirmation_fact(self, field, value, source_field):
        """The stored answer as the citizen's confirmation may show it, or None to leave it out. The
        address the confirmation goes to is not verified, so only what the form itself defines may
        be repeated, never what the sender typed."""
        return None

    def submission_context(self, submission, root):
        """Template context for what the type adds about `submission`; `root` is the site's URL."""
        return {}

    def staff_summary(self, submission):
        """(label, text) for the staff's view of `submission`, or None."""
        return None


_types = {}

# What other apps add about any submission, whatever its fields (the citizen account: the link to
# the request's status page): callables (place, submission, page, root, request) -> text or "",
# registered in their AppConfig.ready().
_submission_additions = []

# Initial values of a form shown to a visitor (the citizen account: the profile's name, address, ...):
# callables (page, request) -> {field key: value}, registered in their AppConfig.ready().
_initial_providers = []


# (label, text or safe HTML) about any submission for the staff's view of it: callables (submission).
_staff_summaries = []


def register_staff_summary(provider):
    if provider not in _staff_summaries:
        _staff_summaries.append(provider)
    return provider


def register_submission_addition(provider):
    if provider not in _submission_additions:
        _submission_additions.append(provider)
    return provider


def register_initial(provider):
    if provider not in _initial_providers:
        _initial_providers.append(provider)
    return provider


def initial_for(page, request):
    """The initial values the registered providers offer for `page`'s form shown to `request`."""
    initial = {}
    for provider in _initial_providers:
        initial.update(provider(page, request) or {})
    return initial


def register(field_type):
    """Add a field type (or replace the one of the same name)."""
    _types[field_type.name] = field_type
    return field_type


def get(name):
    """The registered type named `name`; KeyError for a type nobody registered."""
    return _types[name]


def choices():
    """(name, label) of every registered type, in the order they were registered: FormField's choices."""
    return [(field_type.name, field_type.label) for field_type in _types.values()]


def types_of(page):
    """The registered types the fields of `page` use, each once, in the order of the fields."""
    found = {}
    for field in page.get_form_fields():
        if field.field_type in _types:
            found.setdefault(field.field_type, _types[field.field_type])
    return list(found.values())


def render_additions(place, submission, page, root="", request=None):
    """What the types of `page`'s fields add at `place` about `submission`, each rendered by its template."""
    rendered = []
    for field_type in types_of(page):
        template = field_type.templates.get(place)
        if template:
            context = {"submission": submission, "page": page, **field_type.submission_context(submission, root)}
            rendered.append(render_to_string(template, context, request))
    for provider in _submission_additions:
        text = provider(place, submission, page, root, request)
        if text:
            rendered.append(text)
    return rendered


def staff_summaries(submission, page):
    """[(label, text)] the types of `page`'s fields, and the apps registered with
    register_staff_summary, add to the staff's view of `submission`."""
    found = [summary for field_type in types_of(page) if (summary := field_type.staff_summary(submission))]
    return found + [summary for provider in _staff_summaries if (summary := provider(submission))]
