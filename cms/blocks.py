"""Shared StreamField blocks. Every page type builds its body from these."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A heading whose level is bounded to h2-h4, so the page outline stays valid for screen readers
    (the page title is the only h1)."""

    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        help_text=_("Use level 2 for main sections, level 3 for sections inside them."),
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading (level 2 to 4).")
        preview_value = {"text": "Was Sie mitbringen müssen", "level": "h2"}


class NoticeBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("warning", _("Warning")), ("success", _("Good to know"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "components/blocks/notice_block.html"
        label = _("Notice")
        description = _("A highlighted box for important information.")
        preview_value = {"kind": "info", "title": "Hinweis", "text": "<p>Bitte bringen Sie Ihren Ausweis mit.</p>"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the information, not the picture. Required for screen reader users."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/blocks/image_block.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")


class LinkStructValue(blocks.StructValue):
    """Resolves a link to a page (in the visitor's language) or to an external URL."""

    def url(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("external_url") or ""

    def text(self):
        if self.get("title"):
            return self.get("title")
        page = self.get("page")
        return page.localized.title if page else self.get("external_url")

    def is_external(self):
        return not self.get("page") and bool(self.get("external_url"))


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"), required=False, max_length=120)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = blocks.URLBlock(label=_("External URL"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkStructValue

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose either a page or an external URL."))}
            )
        return value


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "list-ul"
        template = "components/blocks/link_list_block.html"
        label = _("Link list")
        description = _("A list of links to pages or other websites.")


class BodyBlock(blocks.StreamBlock):
    """The shared body. Page types that need more subclass it and add blocks."""

    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["h2", "h3", *RICH_TEXT_FEATURES],
        icon="pilcrow",
        template="components/blocks/paragraph_block.html",
    )
    heading = HeadingBlock()
    notice = NoticeBlock()
    image = ImageBlock()
    link_list = LinkListBlock()

    class Meta:
        block_counts = {}
