"""The StreamBlocks pages are composed of: core's primitives plus the blocks of the feature apps
(meetings from the council calendar, forms from the online services, an office as contact). Feature
apps name a composition (`core.fields.ComposedStreamField("service_body")`); settings map the name to a
block here (STADTPORTAL_STREAMBLOCKS), so no feature app imports the apps above it."""

from core.blocks import BodyBlock, DownloadsBlock, FAQBlock, SelfHostedVideoBlock, StepsBlock, VideoBlock
from council.blocks import MeetingBlock, UpcomingMeetingsBlock
from onlineforms.blocks import FormBlock
from services.blocks import ContactBlock


class ServiceBodyBlock(BodyBlock):
    """Body of pages about services and life situations: the shared blocks plus help blocks."""

    faq = FAQBlock()
    steps = StepsBlock()
    downloads = DownloadsBlock()
    contact = ContactBlock()
    video = VideoBlock()
    video_file = SelfHostedVideoBlock()
    upcoming_meetings = UpcomingMeetingsBlock()
    meeting = MeetingBlock()
    form = FormBlock()


class NewsBodyBlock(BodyBlock):
    """Body of news and press releases: the shared blocks plus downloads, video and a contact."""

    downloads = DownloadsBlock()
    contact = ContactBlock()
    video = VideoBlock()
    video_file = SelfHostedVideoBlock()
