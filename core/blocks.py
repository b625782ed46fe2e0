"""Block primitives every page type builds its body from: text, headings, notices, images, links, FAQ, steps,
downloads and video. Feature apps add their own blocks in their `blocks.py`; the project (`cms/blocks.py`)
composes them into the StreamBlocks pages use."""

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from core.i18n import localized_link
from core.video import VideoURLError, parse_video_url

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
            # From the page's one batch of links (core.i18n.prefetch_page_links), not a query per link.
            target = localized_link(page) or page
            return target.url
        return self.get("external_url") or ""

    def text(self):
        if self.get("title"):
            return self.get("title")
        page = self.get("page")
        return (localized_link(page) or page).title if page else self.get("external_url")

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


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question and answer")


class FAQBlock(blocks.StructBlock):
    """Questions and answers as native details/summary: keyboard and screen reader friendly without JavaScript."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(FAQItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        template = "components/blocks/faq_block.html"
        label = _("Frequently asked questions")
        description = _("Questions and answers that open on click.")
        preview_value = {
            "title": "Häufige Fragen",
            "items": [{"question": "Kann ich den Antrag online stellen?", "answer": "<p>Ja.</p>"}],
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.TextBlock(label=_("Explanation"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "components/blocks/steps_block.html"
        label = _("Steps")
        description = _("A numbered sequence of steps.")


class DownloadsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "components/blocks/downloads_block.html"
        label = _("Downloads")
        description = _("Documents to download, with file type and size.")


class VideoBlock(blocks.StructBlock):
    """An explainer video from YouTube or Vimeo behind two-click consent: nothing is loaded from the
    host until the visitor clicks, and a transcript is always on the page."""

    url = blocks.URLBlock(
        label=_("Video address"),
        help_text=_("A YouTube or Vimeo address, e.g. https://www.youtube.com/watch?v=… or https://vimeo.com/…"),
    )
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("Announced to screen readers and shown above the video.")
    )
    cover = ImageChooserBlock(
        label=_("Cover image"), required=False, help_text=_("Shown before the visitor agrees to load the video.")
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Everything that is said and shown in the video, for people who cannot watch or hear it."),
    )
    captions = blocks.BooleanBlock(
        label=_("Show captions"),
        required=False,
        default=True,
        help_text=_("Switch on the host's captions in the visitor's language."),
    )

    class Meta:
        icon = "media"
        template = "components/blocks/video_block.html"
        label = _("Explainer video")
        description = _("A YouTube or Vimeo video, loaded only after the visitor agrees, with transcript.")

    def clean(self, value):
        errors = {}
        try:
            parse_video_url(value.get("url"))
        except VideoURLError as error:
            errors["url"] = ValidationError(str(error))
        transcript = value.get("transcript")
        if (
            transcript is None
            or not strip_tags(str(transcript.source if hasattr(transcript, "source") else transcript)).strip()
        ):
            errors["transcript"] = ValidationError(_("A transcript is required, so everyone can follow the video."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return super().clean(value)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        ref = parse_video_url(value["url"])
        request = (parent_context or {}).get("request")
        block_id = (parent_context or {}).get("block_id") or ref.video_id
        context["video"] = ref
        context["block_id"] = block_id
        context["consented"] = bool(request and request.GET.get("video") == block_id)
        language = translation.get_language()
        context["embed_url"] = ref.embed_url(language, captions=value.get("captions"))
        context["language"] = language
        return context


class SelfHostedVideoBlock(blocks.StructBlock):
    """A video file from our own server, with WebVTT captions in German and English."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    file = DocumentChooserBlock(label=_("Video file"), help_text=_("MP4 or WebM."))
    poster = ImageChooserBlock(label=_("Cover image"), required=False)
    captions_de = DocumentChooserBlock(label=_("German captions (WebVTT)"), required=False)
    captions_en = DocumentChooserBlock(label=_("English captions (WebVTT)"), required=False)
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "components/blocks/self_hosted_video_block.html"
        label = _("Video file")
        description = _("A video from our own server with captions.")

    def clean(self, value):
        errors = {}
        video = value.get("file")
        if video and video.file_extension.lower() not in ("mp4", "webm"):
            errors["file"] = ValidationError(_("Choose an MP4 or WebM file."))
        for name in ("captions_de", "captions_en"):
            captions = value.get(name)
            if captions and captions.file_extension.lower() != "vtt":
                errors[name] = ValidationError(_("Captions must be a WebVTT file (.vtt)."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return super().clean(value)
