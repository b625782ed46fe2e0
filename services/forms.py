from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class ServicePageForm(WagtailAdminPageForm):
    """Drafts may be incomplete; publishing needs a responsible office (fees and teaser are
    required model fields, which Wagtail enforces on publish only)."""

    def is_publishing(self):
        return "action-publish" in self.data or "action-submit" in self.data

    def clean(self):
        cleaned_data = super().clean()
        if self.is_publishing():
            formset = self.formsets.get("responsible_offices")
            if formset is not None:
                # Child forms are validated after the page form; validate them here to read them.
                offices = [
                    form
                    for form in formset.forms
                    if form.is_valid() and form.cleaned_data.get("office") and not form.cleaned_data.get("DELETE")
                ]
                if not offices:
                    self.add_error(
                        None,
                        _(
                            "A service cannot be published without a responsible office (tab 'Access and responsibility')."
                        ),
                    )
        return cleaned_data
