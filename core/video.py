"""Video hosts we embed, and how. Only these hosts are accepted; players are built from the video ID
so the page HTML never contains a host URL before the visitor agrees to load the player."""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.utils.translation import gettext_lazy as _

YOUTUBE_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "youtu.be",
    "www.youtube-nocookie.com",
    "youtube-nocookie.com",
}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^[0-9]{6,12}$")

PROVIDERS = {
    "youtube": {
        "name": "YouTube",
        "embed": "https://www.youtube-nocookie.com/embed/{id}?rel=0",
        "watch": "https://www.youtube.com/watch?v={id}",
        "id": YOUTUBE_ID,
    },
    "vimeo": {
        "name": "Vimeo",
        "embed": "https://player.vimeo.com/video/{id}?dnt=1",
        "watch": "https://vimeo.com/{id}",
        "id": VIMEO_ID,
    },
}


class VideoURLError(ValueError):
    pass


@dataclass(frozen=True)
class VideoRef:
    provider: str
    video_id: str

    @property
    def provider_name(self):
        return PROVIDERS[self.provider]["name"]

    def embed_url(self, language=None, captions=False):
        url = PROVIDERS[self.provider]["embed"].format(id=self.video_id)
        if captions and language:
            if self.provider == "youtube":
                url += f"&cc_load_policy=1&cc_lang_pref={language}&hl={language}"
            else:
                url += f"&texttrack={language}"
        return url

    def watch_url(self):
        return PROVIDERS[self.provider]["watch"].format(id=self.video_id)


def parse_video_url(url):
    """Return the VideoRef for a YouTube or Vimeo URL, or raise VideoURLError with a message for editors."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError as error:
        raise VideoURLError(_("This is not a valid web address.")) from error
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise VideoURLError(_("Enter the full address of the video, starting with https://."))
    path = [p for p in parts.path.split("/") if p]
    if host in YOUTUBE_HOSTS:
        if host == "youtu.be" and path:
            candidate = path[0]
        elif path[:1] in (["embed"], ["shorts"], ["live"], ["v"]) and len(path) > 1:
            candidate = path[1]
        else:
            candidate = parse_qs(parts.query).get("v", [""])[0]
        if YOUTUBE_ID.match(candidate):
            return VideoRef("youtube", candidate)
        raise VideoURLError(_("This YouTube address does not name a video."))
    if host in VIMEO_HOSTS:
        candidate = next((p for p in reversed(path) if p.isdigit()), "")
        if VIMEO_ID.match(candidate):
            return VideoRef("vimeo", candidate)
        raise VideoURLError(_("This Vimeo address does not name a video."))
    raise VideoURLError(_("Videos can only be embedded from YouTube or Vimeo. Upload other videos as a file instead."))
