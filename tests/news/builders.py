"""News for the tests, on top of the small bilingual town: the index (Aktuelles / News), two
categories and articles, each German page with its English wagtail-localize translation."""

from dataclasses import dataclass
from datetime import date, timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from news.enums import NewsKind
from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsPageCategory, NewsPageLebenslage, NewsPageService
from tests.factories.pages import PublishedPageFactory
from tests.factories.translation import translate

ENGLISH = {
    "Aktuelles": "News",
    "aktuelles": "news",
    "Neuigkeiten aus dem Rathaus.": "News from the town hall.",
    "Verkehr": "Traffic",
    "verkehr": "traffic",
    "Kultur": "Culture",
    "kultur": "culture",
    "Pressestelle der Stadt": "The town's press office",
}


class NewsIndexPageFactory(PublishedPageFactory):
    title = "Aktuelles"
    slug = "aktuelles"
    intro = "Neuigkeiten aus dem Rathaus."

    class Meta:
        model = NewsIndexPage


class NewsCategoryFactory(DjangoModelFactory):
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="de"))

    class Meta:
        model = NewsCategory


class NewsPageFactory(PublishedPageFactory):
    """An article; `categories=[...]`, `services=[...]`, `lebenslagen=[...]` link them in this order."""

    title = factory.Sequence(lambda n: f"Meldung {n}")
    teaser = factory.LazyAttribute(lambda page: f"Kurz gesagt: {page.title}.")
    press_contact_name = "Pressestelle der Stadt"
    press_contact_email = "presse@musterstadt.example"

    class Meta:
        model = NewsPage

    @factory.post_generation
    def categories(page, create, extracted, **kwargs):
        page.category_links = [NewsPageCategory(category=c, sort_order=i) for i, c in enumerate(extracted or [])]

    @factory.post_generation
    def tags(page, create, extracted, **kwargs):
        page.tags.set(extracted or [], clear=True)

    @factory.post_generation
    def services(page, create, extracted, **kwargs):
        page.service_links = [NewsPageService(service=s, sort_order=i) for i, s in enumerate(extracted or [])]

    @factory.post_generation
    def lebenslagen(page, create, extracted, **kwargs):
        page.lebenslage_links = [NewsPageLebenslage(lebenslage=p, sort_order=i) for i, p in enumerate(extracted or [])]


def english_strings(page, title_en, slug_en):
    return {
        **ENGLISH,
        page.title: title_en,
        page.slug: slug_en,
        page.teaser: f"In short: {title_en}.",
    }


def add_article(index, title, title_en, slug_en, **fields):
    page = NewsPageFactory(parent=index, title=title, **fields)
    translate(page, english_strings(page, title_en, slug_en))
    return NewsPage.objects.get(pk=page.pk)


@dataclass
class News:
    index_pk: int
    category_pks: dict
    article_pks: dict

    @property
    def index(self):
        return NewsIndexPage.objects.get(pk=self.index_pk)

    def article(self, key, language="de"):
        page = NewsPage.objects.get(pk=self.article_pks[key])
        if language == "de":
            return page
        return page.get_translation(Locale.objects.get(language_code=language)).specific

    def category(self, key):
        return NewsCategory.objects.get(pk=self.category_pks[key])


def build_news(town):
    home = town.home
    index = NewsIndexPageFactory(parent=home)
    translate(index, ENGLISH)
    categories = {
        "verkehr": NewsCategoryFactory(name="Verkehr", slug="verkehr"),
        "kultur": NewsCategoryFactory(name="Kultur", slug="kultur"),
    }
    for category in categories.values():
        translate(category, ENGLISH)
    today = timezone.localdate()
    articles = {
        "baustelle": add_article(
            index,
            "Baustelle in der Hauptstraße",
            "Roadworks on the high street",
            "roadworks-on-the-high-street",
            date=today - timedelta(days=3),
            categories=[categories["verkehr"]],
            services=[town.service("wohnsitz")],
            lebenslagen=[town.lebenslage("umzug")],
            tags=["Hauptstraße", "Baustelle"],
        ),
        "museum": add_article(
            index,
            "Museumsnacht im Rathaus",
            "Museum night at the town hall",
            "museum-night-at-the-town-hall",
            date=today - timedelta(days=2),
            categories=[categories["kultur"]],
            tags=["Rathaus"],
        ),
        "presse": add_article(
            index,
            "Neuer Haushalt beschlossen",
            "New budget adopted",
            "new-budget-adopted",
            kind=NewsKind.PRESS_RELEASE,
            date=today - timedelta(days=1),
            go_live_at=timezone.now() - timedelta(days=1),
            categories=[categories["verkehr"], categories["kultur"]],
        ),
    }
    return News(index.pk, {k: c.pk for k, c in categories.items()}, {k: p.pk for k, p in articles.items()})


OLD_DATE = date(2020, 1, 1)
