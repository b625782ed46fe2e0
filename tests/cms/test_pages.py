"""Page types: where they may be created, what they allow below them, and that they render."""

import pytest
from django.test import override_settings
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.models import StandardPage
from home.models import HomePage
from tests.pagetests import PageTestCase


@pytest.mark.usefixtures("town")
class PageTreeTests(PageTestCase):
    def test_home_page_sits_below_the_root_only(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_standard_pages_go_below_home_and_each_other(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_home_page_allows_standard_pages(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_every_page_of_the_town_renders_and_routes(self):
        assert_every_live_page_renders_and_routes(self)

    def test_standard_page_can_be_created_through_the_admin(self):
        self.login()
        home = HomePage.objects.get(locale__language_code="de")
        self.assertCanCreate(
            home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Öffnungszeiten an Feiertagen",
                    "slug": "feiertage",
                    "intro": "Wann das Rathaus an Feiertagen geschlossen ist.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Weihnachten", "level": "h2"}),
                            ("paragraph", rich_text("<p>Vom 24. Dezember bis 1. Januar geschlossen.</p>")),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(slug="feiertage")
        self.assertEqual(page.body[0].value["text"], "Weihnachten")


def assert_every_live_page_renders_and_routes(case):
    # Wagtail's assertPageIsRoutable does not know the /de/ and /en/ prefixes, so routing is
    # checked through a real request to the page's own URL.
    for page in Page.objects.live().specific().exclude(depth=1):
        with case.subTest(page=page.url):
            case.assertPageIsRenderable(page)
            # Rendered, not from the page cache (assertPageIsRenderable stored it): the context is read.
            with override_settings(PAGECACHE_ENABLED=False):
                response = case.client.get(page.url)
            case.assertEqual(response.status_code, 200)
            case.assertEqual(response.context["page"].pk, page.pk)


@pytest.mark.demo
class SeededPagesTests(PageTestCase):
    """Smoke test of the demo: every one of its pages."""

    def test_every_seeded_page_renders_and_routes(self):
        assert_every_live_page_renders_and_routes(self)
