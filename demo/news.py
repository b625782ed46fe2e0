"""The demo town's news: the news index (Aktuelles / News), categories and articles in German,
translated into English through wagtail-localize (content: news.yaml). One press release's
embargo has passed; another is scheduled for next week and stays offline until then
(`manage.py publish_scheduled`). Idempotent: a second run updates what is there."""

from datetime import datetime, time, timedelta

from django.utils import timezone
from wagtail.models import Locale

from news.enums import NewsKind
from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsPageCategory, NewsPageLebenslage, NewsPageService

from .content import OneOf, Optional, known, read
from .foundation import upsert_child
from .translate import Strings, page_strings, paragraphs, translate

EMBARGO_TIME = time(10, 0)


def bilingual(schema):
    return {"de": schema, "en": schema}


ARTICLE = {
    "key": str,
    "kind": OneOf(tuple(NewsKind.values)),
    "days_ago": int,
    "embargo_days": Optional(int),
    "categories": [str],
    "tags": [str],
    "services": [str],
    "lebenslagen": [str],
    **bilingual({"slug": str, "title": str, "teaser": str, "body": str}),
}
NEWS = {
    "page": bilingual({"slug": str, "title": str, "intro": str}),
    "press_contact": bilingual(str),
    "press_phone": str,
    "press_email": str,
    "categories": [{"key": str, **bilingual({"name": str, "slug": str})}],
    "articles": [ARTICLE],
}


def news_content():
    return read("news.yaml", NEWS)


def seed_categories(spec):
    german = Locale.objects.get(language_code="de")
    categories = {}
    for texts in spec:
        de, en = texts["de"], texts["en"]
        category = NewsCategory.objects.filter(locale=german, slug=de["slug"]).first() or NewsCategory(
            locale=german, slug=de["slug"]
        )
        category.name = de["name"]
        category.save()
        strings = Strings()
        strings.add(de["name"], en["name"])
        strings.add(de["slug"], en["slug"])
        translate(category, strings)
        categories[texts["key"]] = category
    return categories


def upsert_article(index, data, content, categories, services, lebenslagen):
    where = f"news.yaml: {data['key']}"
    de = data["de"]
    now = timezone.now()
    fields = {
        "title": de["title"],
        "kind": data["kind"],
        "date": timezone.localdate() - timedelta(days=data["days_ago"]),
        "teaser": de["teaser"],
        "body": [("paragraph", f"<p>{p}</p>") for p in paragraphs(de["body"])],
        "press_contact_name": content["press_contact"]["de"] if data["kind"] == NewsKind.PRESS_RELEASE else "",
        "press_contact_phone": content["press_phone"] if data["kind"] == NewsKind.PRESS_RELEASE else "",
        "press_contact_email": content["press_email"] if data["kind"] == NewsKind.PRESS_RELEASE else "",
    }
    if data["embargo_days"] is not None:
        # At 10:00 on that day, so a second run on the same day changes nothing.
        day = timezone.localdate() + timedelta(days=data["embargo_days"])
        fields["go_live_at"] = timezone.make_aware(datetime.combine(day, EMBARGO_TIME))
    page = NewsPage.objects.child_of(index).filter(slug=de["slug"]).first()
    if page is None:
        page = NewsPage(slug=de["slug"], locale=index.locale, **fields)
        links(page, data, where, categories, services, lebenslagen)
        index.add_child(instance=page)
    else:
        if page.live and "go_live_at" in fields and page.go_live_at and page.go_live_at <= now:
            fields.pop("go_live_at")  # released already: its embargo stays what it was
        for name, value in fields.items():
            setattr(page, name, value)
        links(page, data, where, categories, services, lebenslagen)
    page.save_revision().publish()  # a future embargo only schedules it
    translate(page, article_strings(page, data, content))
    return page


def links(page, data, where, categories, services, lebenslagen):
    page.category_links = [
        NewsPageCategory(category=categories[key], sort_order=i)
        for i, key in enumerate(known(categories, data["categories"], f"{where}: categories"))
    ]
    page.service_links = [
        NewsPageService(service=services[key], sort_order=i)
        for i, key in enumerate(known(services, data["services"], f"{where}: services"))
    ]
    page.lebenslage_links = [
        NewsPageLebenslage(lebenslage=lebenslagen[key], sort_order=i)
        for i, key in enumerate(known(lebenslagen, data["lebenslagen"], f"{where}: lebenslagen"))
    ]
    page.tags.set(data["tags"], clear=True)


def article_strings(page, data, content):
    de, en = data["de"], data["en"]
    strings = page_strings(page, en["title"], en["slug"])
    strings.add(de["teaser"], en["teaser"])
    strings.add_paragraphs(de["body"], en["body"])
    strings.add(content["press_contact"]["de"], content["press_contact"]["en"])
    return strings


def seed_news(home, services, lebenslagen):
    """The news index below the home page (in the menu) and its articles; `services` and
    `lebenslagen` map the demo's keys to the German pages (seed_city)."""
    content = news_content()
    de, en = content["page"]["de"], content["page"]["en"]
    index = upsert_child(home, NewsIndexPage, de["slug"], title=de["title"], intro=de["intro"], show_in_menus=True)
    strings = page_strings(index, en["title"], en["slug"])
    strings.add(de["intro"], en["intro"])
    translate(index, strings)
    categories = seed_categories(content["categories"])
    articles = [
        upsert_article(index, data, content, categories, services, lebenslagen) for data in content["articles"]
    ]
    return {"index": index, "categories": categories, "articles": articles}
