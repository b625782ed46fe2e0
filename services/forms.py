from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from services.consistency import normalise_leika_key, offer_disagreements


class ServicePageForm(WagtailAdminPageForm):
    """Drafts may be incomplete; publishing needs a responsible office (fees and teaser are
    required model fields, which Wagtail enforces on publish only) and an online start when the OZG
    level promises an online application (services.consistency; the other disagreements only warn,
    after publishing, see wagtail_hooks)."""

    def is_publishing(self):
        return "action-publish" in self.data or "action-submit" in self.data

    def clean_leika_key(self):
        # Pasted as printed in the catalogue ("99 008 001 012 000"); the model validates the digits.
        return normalise_leika_key(self.cleaned_data.get("leika_key"))

    def clean(self):
        cleaned_data = super().clean()
        if self.is_publishing():
            self.check_offices()
            self.check_online_offer(cleaned_data)
        return cleaned_data

    def check_offices(self):
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
                    _("A service cannot be published without a responsible office (tab 'Access and responsibility')."),
                )

    def check_online_offer(self, cleaned_data):
        if cleaned_data.get("ozg_level") is None or "ozg_level" in self.errors:
            return
        online = bool(cleaned_data.get("start_url") or cleaned_data.get("start_page"))
        for finding in offer_disagreements(cleaned_data["ozg_level"], online):
            if finding.blocking:
                self.add_error(finding.field, finding.message)
