"""News and press releases through the real stack: where the pages may go, the list with its
filters and pages, the article, the embargo, the feeds (parsed with feedparser), NewsArticle
JSON-LD, the sitemap, the home page, the page cache and the query budget."""

import io
import json
import re
from datetime import timedelta

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from freezegun import freeze_time
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from home.models import HomePage
from news.enums import NewsKind
from news.models import PAGE_SIZE, NewsIndexPage, NewsPage
from tests.factories.translation import translate
from tests.news.builders import NewsPageFactory, english_strings
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


def titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def future_release(news, days=3, **fields):
    """A press release under embargo for `days`, published (so: scheduled) with its translation."""
    embargo = timezone.now() + timedelta(days=days)
    page = NewsPageFactory(
        parent=news.index,
        title="Sperrfrist bis nächste Woche",
        slug="sperrfrist",
        kind=NewsKind.PRESS_RELEASE,
        date=timezone.localdate(embargo),
        go_live_at=embargo,
        **fields,
    )
    translate(page, english_strings(page, "Embargoed until next week", "embargoed"))
    return NewsPage.objects.get(pk=page.pk), embargo


class TestWhereNewsGo:
    def test_index_below_the_home_page_once_per_language(self, news):
        home = news.index.get_parent().specific
        assert NewsIndexPage in home.specific_class.allowed_subpage_models()
        assert not NewsIndexPage.can_create_at(home)  # one there already
        english_home = HomePage.objects.get(locale__language_code="en")
        assert NewsIndexPage.objects.child_of(english_home).count() == 1
        assert not NewsIndexPage.can_create_at(english_home)

    def test_articles_only_in_a_news_index(self, news, town):
        assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
        assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
        assert not NewsPage.can_create_at(town.home)
        assert NewsPage.allowed_subpage_models() == []


class TestIndex:
    def test_newest_first_in_each_language(self, client, news):
        assert titles(client.get("/de/aktuelles/").content.decode()) == [
            "Neuer Haushalt beschlossen",
            "Museumsnacht im Rathaus",
            "Baustelle in der Hauptstraße",
        ]
        assert titles(client.get("/en/news/").content.decode()) == [
            "New budget adopted",
            "Museum night at the town hall",
            "Roadworks on the high street",
        ]

    def test_filter_by_category_in_each_language(self, client, news):
        html = client.get("/de/aktuelles/?category=kultur").content.decode()
        assert titles(html) == ["Neuer Haushalt beschlossen", "Museumsnacht im Rathaus"]
        assert '<option value="kultur" selected>Kultur</option>' in html
        assert titles(client.get("/en/news/?category=traffic").content.decode()) == [
            "New budget adopted",
            "Roadworks on the high street",
        ]

    def test_filter_by_tag_the_same_in_both_languages(self, client, news):
        assert titles(client.get("/de/aktuelles/?tag=rathaus").content.decode()) == ["Museumsnacht im Rathaus"]
        assert titles(client.get("/en/news/?tag=rathaus").content.decode()) == ["Museum night at the town hall"]

    @pytest.mark.parametrize(
        "query",
        [
            "?category=unbekannt",
            "?tag=%3Cscript%3E",
            "?category=",
            "?page=abc",
            "?page=%C2%B2",
            "?page=0",
            "?page=99999999999999999999",
            "?category=verkehr%00",
            "?tag=" + "x" * 5000,
        ],
    )
    def test_bad_parameters_show_the_list_never_an_error(self, client, news, query):
        response = client.get("/de/aktuelles/" + query)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Baustelle in der Hauptstraße" in html
        assert "<script>" not in html.split("<main", 1)[1]

    def test_unknown_filter_says_so(self, client, news):
        html = client.get("/en/news/?category=verkehr").content.decode()  # the German slug on the English list
        assert 'id="unknown-filter"' in html and len(titles(html)) == 3

    def test_paginated_with_the_filter_kept(self, client, news):
        for number in range(PAGE_SIZE + 2):
            NewsPageFactory(
                parent=news.index,
                title=f"Alte Meldung {number}",
                date=timezone.localdate() - timedelta(days=30 + number),
                categories=[news.category("verkehr")],
            )
        first = client.get("/de/aktuelles/?category=verkehr").content.decode()
        assert len(titles(first)) == PAGE_SIZE
        assert 'href="?category=verkehr&amp;page=2" rel="next"' in first
        second = client.get("/de/aktuelles/?category=verkehr&page=2").content.decode()
        assert len(titles(second)) == 4  # 12 old + 2 of the town's, ten a page
        assert titles(second)[-1] == f"Alte Meldung {PAGE_SIZE + 1}"
        # Past the last page: the last page.
        assert titles(client.get("/de/aktuelles/?category=verkehr&page=50").content.decode()) == titles(second)

    def test_feeds_are_announced_in_the_head(self, client, news):
        head = client.get("/en/news/").content.decode().split("</head>")[0]
        assert '<link rel="alternate" type="application/rss+xml" title="News (RSS)" href="/en/news/feed/rss/">' in head
        assert 'type="application/atom+xml"' in head and 'href="/en/news/feed/atom/"' in head

    def test_queries_within_the_budget(self, client, news):
        assert count_queries(client, "/de/aktuelles/") <= 15
        assert count_queries(client, "/de/aktuelles/?category=kultur&tag=rathaus") <= 15


class TestArticle:
    def test_article_in_english_links_in_english(self, client, news):
        page = news.article("baustelle", "en")
        html = client.get(page.url).content.decode()
        assert "<h1>Roadworks on the high street</h1>" in html
        assert 'href="/en/services/registering-your-address/"' in html
        assert 'href="/en/life-situations/moving-house/"' in html
        assert 'href="/en/news/?category=traffic">Traffic</a>' in html
        assert "Hauptstraße" in html  # tags are kept in step across languages
        assert "Contact for the press" in html and "The town&#x27;s press office" in html

    def test_image_with_alternative_text(self, client, news):
        image = get_image_model().objects.create(title="Baustelle", file=get_test_image_file())
        page = news.article("baustelle")
        page.image, page.image_alt = image, "Bagger vor dem Rathaus"
        page.save_revision().publish()
        html = client.get(page.url).content.decode()
        assert re.search(r'<img src="[^"]+" width="\d+" height="\d+" alt="Bagger vor dem Rathaus">', html)
        data = next(d for d in json_ld(html) if d["@type"] == "NewsArticle")
        assert data["image"]["url"].startswith("http") and data["image"]["caption"] == "Bagger vor dem Rathaus"
        # The English page has the image at once (a fact), and the German description until translated.
        english = client.get(news.article("baustelle", "en").url).content.decode()
        assert 'alt="Bagger vor dem Rathaus"' in english

    def test_an_image_needs_alternative_text(self, news):
        image = get_image_model().objects.create(title="Baustelle", file=get_test_image_file())
        page = news.article("museum")
        page.image, page.image_alt = image, " "
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert "image_alt" in error.value.message_dict

    @pytest.mark.parametrize(("key", "language"), [("presse", "de"), ("presse", "en"), ("baustelle", "de")])
    def test_news_article_json_ld(self, client, news, key, language):
        page = news.article(key, language)
        data = [d for d in json_ld(client.get(page.url).content.decode()) if d["@type"] == "NewsArticle"]
        assert len(data) == 1
        article = data[0]
        assert article["@context"] == "https://schema.org"
        assert article["headline"] == page.title
        assert article["inLanguage"] == language
        assert article["url"].endswith(page.url) and article["mainEntityOfPage"] == article["url"]
        assert article["publisher"]["@type"] == "GovernmentOrganization"
        assert article["publisher"]["name"] == {"de": "Stadt Musterstadt", "en": "Town of Musterstadt"}[language]
        assert article["author"] == article["publisher"]
        published = timezone.datetime.fromisoformat(article["datePublished"])
        modified = timezone.datetime.fromisoformat(article["dateModified"])
        assert published.tzinfo is not None and modified >= published - timedelta(seconds=1)
        if page.kind == NewsKind.PRESS_RELEASE:
            assert abs(published - page.go_live_at) < timedelta(seconds=1)

    def test_queries_within_the_budget(self, client, news):
        assert count_queries(client, news.article("baustelle").url) <= 15


class TestEmbargo:
    def test_a_press_release_needs_an_embargo(self, news):
        page = NewsPage(title="Ohne Sperrfrist", slug="ohne", teaser="Text.", kind=NewsKind.PRESS_RELEASE)
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert "go_live_at" in error.value.message_dict

    def test_the_date_shown_is_not_before_the_embargo(self, news):
        page = NewsPage(
            title="Zu früh datiert",
            slug="frueh",
            teaser="Text.",
            kind=NewsKind.PRESS_RELEASE,
            go_live_at=timezone.now() + timedelta(days=5),
            date=timezone.localdate(),
        )
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert "date" in error.value.message_dict

    def test_scheduled_release_is_offline_until_the_embargo_passes(self, client, news):
        page, embargo = future_release(news)
        english = NewsPage.objects.get(translation_key=page.translation_key, locale__language_code="en")
        assert not page.live and not english.live
        for version in (page, english):  # the embargo holds in English too
            assert abs(version.get_latest_revision().approved_go_live_at - embargo) < timedelta(seconds=1)
        url, url_en = "/de/aktuelles/sperrfrist/", "/en/news/embargoed/"
        for path in (url, url_en):
            assert client.get(path).status_code == 404
        assert "Sperrfrist" not in client.get("/de/aktuelles/").content.decode()
        assert "Sperrfrist" not in client.get("/de/aktuelles/feed/rss/").content.decode()
        assert "Embargoed" not in client.get("/en/news/feed/atom/").content.decode()
        assert "Sperrfrist" not in client.get("/de/").content.decode()
        assert "sperrfrist" not in client.get("/sitemap.xml").content.decode()

        # The command runs every minute; before the embargo it leaves the release alone.
        call_command("publish_scheduled", stdout=io.StringIO())
        assert client.get(url).status_code == 404

        with freeze_time(embargo + timedelta(minutes=1)):
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("publish_scheduled", stdout=io.StringIO())
            page.refresh_from_db()
            english.refresh_from_db()
            assert page.live and english.live
            assert client.get(url).status_code == 200
            assert client.get(url_en).status_code == 200
            assert titles(client.get("/de/aktuelles/").content.decode())[0] == "Sperrfrist bis nächste Woche"
            feed = feedparser.parse(client.get("/en/news/feed/rss/").content)
            assert feed.entries[0].title == "Embargoed until next week"
            assert "Sperrfrist bis nächste Woche" in client.get("/de/").content.decode()
            cache_clear()
            assert "/de/aktuelles/sperrfrist/" in client.get("/sitemap.xml").content.decode()

    def test_nothing_makes_it_live_before_the_embargo(self, client, news):
        page, _embargo = future_release(news)
        page.live = True
        page.save()
        assert not NewsPage.objects.get(pk=page.pk).live
        assert client.get("/de/aktuelles/sperrfrist/").status_code == 404

    def test_a_released_press_release_stays_editable(self, news):
        page = news.article("presse")
        assert page.live
        page.teaser = "Neu formuliert."
        page.save_revision().publish()
        assert NewsPage.objects.get(pk=page.pk).teaser == "Neu formuliert."


def cache_clear():
    from django.core.cache import cache

    cache.clear()  # the sitemap view keeps its answer for 15 minutes (cms/urls.py)


class TestFeeds:
    @pytest.mark.parametrize(
        ("path", "version", "language", "first"),
        [
            ("/de/aktuelles/feed/rss/", "rss20", "de", "Neuer Haushalt beschlossen"),
            ("/de/aktuelles/feed/atom/", "atom10", "de", "Neuer Haushalt beschlossen"),
            ("/en/news/feed/rss/", "rss20", "en", "New budget adopted"),
            ("/en/news/feed/atom/", "atom10", "en", "New budget adopted"),
        ],
    )
    def test_feeds_parse_in_both_languages(self, client, news, path, version, language, first):
        response = client.get(path)
        assert response.status_code == 200
        assert response["Content-Language"] == language
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.bozo_exception
        assert feed.version == version
        assert feed.feed.language == language if version == "rss20" else True
        assert [entry.title for entry in feed.entries][0] == first
        assert len(feed.entries) == 3
        for entry in feed.entries:
            assert entry.link.startswith("http") and f"/{language}/" in entry.link
            assert entry.summary
            assert entry.published_parsed
        press = feed.entries[0]
        terms = sorted(tag.term for tag in press.tags)
        assert terms == {"de": ["Kultur", "Verkehr"], "en": ["Culture", "Traffic"]}[language]

    def test_only_live_public_items(self, client, news):
        draft = NewsPageFactory(parent=news.index, title="Entwurf", publish=False)
        unpublished = NewsPageFactory(parent=news.index, title="Zurückgezogen")
        unpublished.unpublish()
        body = client.get("/de/aktuelles/feed/rss/").content.decode()
        assert draft.title not in body and unpublished.title not in body
        assert len(feedparser.parse(body).entries) == 3

    def test_private_articles_stay_out_and_a_private_index_keeps_its_feeds(self, client, news):
        assert "Museumsnacht" in client.get("/de/aktuelles/feed/rss/").content.decode()  # kept now
        PageViewRestriction.objects.create(page=news.article("museum"), restriction_type=PageViewRestriction.LOGIN)
        body = client.get("/de/aktuelles/feed/rss/").content.decode()
        assert "Museumsnacht" not in body and len(feedparser.parse(body).entries) == 2
        assert "Museumsnacht" not in client.get("/de/aktuelles/").content.decode()
        assert "Museumsnacht" not in client.get("/de/").content.decode()
        PageViewRestriction.objects.create(page=news.index, restriction_type=PageViewRestriction.LOGIN)
        for path in ("/de/aktuelles/feed/rss/", "/de/aktuelles/feed/atom/", "/de/aktuelles/"):
            response = client.get(path)
            assert response.status_code == 302 and "/login/" in response["Location"], path

    def test_the_feed_ignores_made_up_query_strings(self, client, news):
        body = client.get("/de/aktuelles/feed/atom/?utm_source=x%22%3E").content.decode()
        assert "utm_source" not in body
        assert not feedparser.parse(body).bozo

    def test_a_publish_renews_the_feed(self, client, news):
        assert len(feedparser.parse(client.get("/de/aktuelles/feed/atom/").content).entries) == 3
        NewsPageFactory(parent=news.index, title="Ganz neu", date=timezone.localdate() + timedelta(days=1))
        entries = feedparser.parse(client.get("/de/aktuelles/feed/atom/").content).entries
        assert entries[0].title == "Ganz neu"


class TestSitemap:
    def test_articles_in_both_languages(self, client, news):
        body = client.get("/sitemap.xml").content.decode()
        assert "/de/aktuelles/baustelle-in-der-hauptstrae/" in body
        assert "/en/news/roadworks-on-the-high-street/" in body
        assert "/de/aktuelles/</loc>" in body and "/en/news/</loc>" in body


class TestHome:
    def test_latest_three_in_each_language(self, client, news):
        NewsPageFactory(parent=news.index, title="Älteste Meldung", date=timezone.localdate() - timedelta(days=90))
        html = client.get("/de/").content.decode()
        section = re.search(r'<section class="container" aria-labelledby="latest-news-title">.*?</section>', html, re.S)
        assert section, html
        assert titles(section.group(0)) == [
            "Neuer Haushalt beschlossen",
            "Museumsnacht im Rathaus",
            "Baustelle in der Hauptstraße",
        ]
        assert 'href="/de/aktuelles/"' in section.group(0)
        english = client.get("/en/").content.decode()
        assert "Latest news" in english and "New budget adopted" in english and "Neuer Haushalt" not in english

    def test_a_publish_renews_the_cached_home_page(self, client, news, settings):
        settings.PAGECACHE_ENABLED = True
        client.get("/de/")
        assert client.get("/de/")["X-Cache"] == "hit"
        NewsPageFactory(parent=news.index, title="Eilmeldung", date=timezone.localdate() + timedelta(days=1))
        response = client.get("/de/")
        assert response["X-Cache"] != "hit"
        assert "Eilmeldung" in response.content.decode()

    def test_home_queries_within_the_budget(self, client, news):
        assert count_queries(client, "/de/") <= 15
