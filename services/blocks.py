"""Blocks about services that other pages embed: the contact block shows an office."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class ContactBlock(blocks.StructBlock):
    office = SnippetChooserBlock("services.Office", label=_("Office"))
    note = blocks.CharBlock(label=_("Note"), required=False, max_length=250)

    class Meta:
        icon = "user"
        template = "services/components/contact_block.html"
        label = _("Contact")
        description = _("Address, phone, email and opening hours of an office.")
