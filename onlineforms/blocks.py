"""A StreamField block that shows a form page's form in place on any page. The form posts to the
form page itself, which stores the submission and shows the confirmation."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class FormBlock(blocks.StructBlock):
    form_page = blocks.PageChooserBlock(label=_("Form"), page_type="onlineforms.FormPage")
    heading = blocks.CharBlock(
        label=_("Heading"), required=False, max_length=120, help_text=_("Leave empty to use the form's title.")
    )

    class Meta:
        icon = "form"
        label = _("Online form")
        template = "onlineforms/blocks/form_block.html"
        description = _("Shows a form from the online services in place; citizens can fill it in right here.")
        preview_value = {"heading": ""}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = value.get("form_page")
        request = (parent_context or {}).get("request")
        form_page = page.specific.localized if page else None
        if form_page is None or not form_page.live:
            context["form_page"] = None
            return context
        context["form_page"] = form_page
        context["form"] = form_page.get_form(page=form_page, user=getattr(request, "user", None))
        context["prefix"] = f"block-{form_page.pk}-"
        context["privacy_page"] = form_page.privacy_page.localized if form_page.privacy_page_id else None
        return context
