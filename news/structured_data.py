"""schema.org NewsArticle for a news page, in the page's language: headline, dates, image, and the
town as author and publisher (its home page in that language)."""

from datetime import datetime, time

from django.utils import timezone

from core.sitecache import home_for, locale_by_id, site_for_request


def _iso(value):
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def published_at(page):
    """When the article came out: a press release at its embargo, an article first published on
    its date at that moment, otherwise its date at midnight (an editor's back-dated article)."""
    if page.is_press_release and page.go_live_at:
        return page.go_live_at
    if page.first_published_at and timezone.localdate(page.first_published_at) == page.date:
        return page.first_published_at
    return timezone.make_aware(datetime.combine(page.date, time.min))


def news_article(page, request=None):
    language = locale_by_id(page.locale_id).language_code  # cached in the process, no query
    home = home_for(site_for_request(request), language)
    town = {"@type": "GovernmentOrganization", "name": home.title if home else ""}
    if home is not None and (url := home.get_full_url(request)):
        town["url"] = url
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.teaser,
        "url": page.get_full_url(request),
        "mainEntityOfPage": page.get_full_url(request),
        "inLanguage": language,
        "datePublished": _iso(published_at(page)),
        "dateModified": _iso(page.last_published_at or published_at(page)),
        "author": town,
        "publisher": town,
    }
    if page.image_id:
        rendition = page.image.get_rendition("fill-1200x675")
        data["image"] = {
            "@type": "ImageObject",
            "url": request.build_absolute_uri(rendition.url) if request else rendition.url,
            "width": rendition.width,
            "height": rendition.height,
            "caption": page.image_alt_shown,
        }
    return data
