"""Whose submissions a member of staff may see (docs/editorial.md, "Forms and their submissions").

A submission is personal data, so staff see only the submissions of forms in their scope:
- they need onlineforms.view_submission (the model permission), and
- the form page must pass every `filter_form_submissions_for_user` hook, the hook Wagtail's own
  Forms menu applies (wagtail.contrib.forms.utils.get_forms_for_user). The editorial app's hook
  narrows department staff to the forms their department owns (FormPage.owner_group) and gives the
  other editorial roles but Redaktion none; a user in no editorial group keeps every form, as the
  model permission says. Wagtail's Forms menu in addition shows only forms the user may edit.

The scope is the forms' translation keys, so the German and English pages of one form count as one
(submissions of both languages are stored under the form's key, Submission.form_key). Bookings
build on it (bookings/wagtail_hooks.py)."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail import hooks
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page

from onlineforms.submissions import Submission

VIEW_PERMISSION = "onlineforms.view_submission"


@dataclass(frozen=True)
class FormScope:
    keys: frozenset  # translation keys of the forms whose submissions the user may see
    everything: bool  # every form there is: such a user also sees the bookings whose submission is
    # gone (anonymised by the retention purge: date, kind and fee only)

    def submissions(self, queryset=None):
        queryset = Submission.objects.all() if queryset is None else queryset
        return queryset if self.everything else queryset.filter(form_key__in=self.keys)

    def covers(self, submission):
        return self.everything or submission.form_key in self.keys


NOTHING = FormScope(keys=frozenset(), everything=False)


def form_scope(user):
    """The user's FormScope, worked out once per request (kept on the user object)."""
    cached = getattr(user, "_onlineforms_scope", None)
    if cached is not None:
        return cached
    scope = NOTHING
    if user.is_active and user.has_perm(VIEW_PERMISSION):
        every_form = Page.objects.filter(content_type__in=_form_content_types())
        allowed = every_form
        for fn in hooks.get_hooks("filter_form_submissions_for_user"):
            allowed = fn(user, allowed)
        keys = frozenset(allowed.values_list("translation_key", flat=True))
        scope = FormScope(keys=keys, everything=not every_form.exclude(translation_key__in=keys).exists())
    user._onlineforms_scope = scope
    return scope


def _form_content_types():
    types = get_form_types()
    return types if types else ContentType.objects.none()
