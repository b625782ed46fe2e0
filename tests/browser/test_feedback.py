"""'Was this page helpful?' as a visitor gives it, by keyboard, in both languages, with and without
JavaScript; and what an editor then sees in the admin."""

import json
import re

import pytest

from tests.browser.conftest import ADMIN_PASSWORD, ADMIN_USER, assert_accessible, new_page, record_requests
from tests.browser.test_validators import run_vnu

pytestmark = pytest.mark.browser


def give_feedback_by_keyboard(page, answer, comment, thanks_heading, received, axe=True):
    """Vote and comment by keyboard only. axe-core needs JavaScript; without it the same pages are
    checked in the tests that have it."""
    widget = page.locator("#feedback")
    if axe:
        assert_accessible(page)
    page.get_by_role("button", name=answer, exact=True).focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/_feedback/thanks/"))
    assert page.get_by_role("heading", level=1).inner_text() == thanks_heading
    assert widget.count() == 0  # the thank-you page is not a page that asks again
    if axe:
        assert_accessible(page)
    page.locator("textarea").focus()
    page.keyboard.type(comment)
    page.keyboard.press("Tab")  # the honeypot is out of the tab order: next is the send button
    assert page.evaluate("document.activeElement.tagName") == "BUTTON"
    with page.expect_navigation():  # a 303 back to the same address, now with the thanks
        page.keyboard.press("Enter")
    assert received in page.locator("main").inner_text()
    assert comment not in page.content()  # never shown back
    if axe:
        assert_accessible(page)


def test_feedback_in_german_by_keyboard(page_de, live_site):
    requests = record_requests(page_de)
    page_de.goto("/de/leistungen/personalausweis-beantragen/")
    assert page_de.get_by_role("heading", name="War diese Seite hilfreich?").is_visible()
    give_feedback_by_keyboard(
        page_de, "Nein", "Die Öffnungszeiten am Samstag fehlen.", "Vielen Dank für Ihre Rückmeldung", "Wir haben Ihren Kommentar erhalten"
    )
    assert all(url.startswith(live_site) for url in requests), requests  # no third party
    assert page_de.context.cookies() == []


def test_feedback_in_english_by_keyboard(page_en):
    page_en.goto("/en/services/applying-for-an-identity-card/")
    give_feedback_by_keyboard(
        page_en, "Yes", "Clear, thank you.", "Thank you for your feedback", "We have received your comment"
    )
    page_en.get_by_role("link", name=re.compile("Back to")).click()
    assert page_en.url.endswith("/en/services/applying-for-an-identity-card/")
    assert page_en.context.cookies() == []


def test_feedback_without_javascript(browser, live_site):
    page = new_page(browser, live_site, "en-GB", java_script_enabled=False)
    page.goto("/en/life-situations/moving-house/")
    give_feedback_by_keyboard(
        page, "No", "A checklist to print would help.", "Thank you for your feedback", "We have received your comment", axe=False
    )
    assert page.context.cookies() == []
    page.context.close()


def test_an_editor_sees_the_feedback_in_the_admin(browser, live_site):
    visitor = new_page(browser, live_site, "de-DE", java_script_enabled=False)
    visitor.goto("/de/leistungen/wohnsitz-anmelden/")
    visitor.get_by_role("button", name="Nein", exact=True).click()
    visitor.locator("textarea").fill("Browser-Test: Wo ist das Online-Formular?")
    with visitor.expect_navigation():
        visitor.get_by_role("button", name="Kommentar senden").click()
    assert "Wir haben Ihren Kommentar erhalten" in visitor.locator("main").inner_text()
    visitor.context.close()

    editor = new_page(browser, live_site, "de-DE")
    editor.goto("/admin/login/")
    editor.locator("#id_username").fill(ADMIN_USER)
    editor.locator("#id_password").fill(ADMIN_PASSWORD)
    editor.locator("#id_password").press("Enter")
    editor.wait_for_url(re.compile(r"/admin/$"))
    editor.goto("/admin/reports/feedback/")
    text = editor.locator("main").inner_text()
    assert "Wohnsitz anmelden" in text
    assert "Hund anmelden" in text  # the demo's votes
    editor.get_by_role("link", name="Wohnsitz anmelden").first.click()
    assert "Browser-Test: Wo ist das Online-Formular?" in editor.locator("main").inner_text()
    editor.context.close()


def test_feedback_pages_are_valid_html(browser, live_site, tmp_path):
    page = new_page(browser, live_site, "en-GB")
    files = []
    assert page.goto("/en/services/registering-your-address/").status == 200
    files.append(tmp_path / "service.html")
    files[-1].write_text(page.content(), encoding="utf-8")
    page.get_by_role("button", name="Yes", exact=True).click()
    page.wait_for_url(re.compile(r"/_feedback/thanks/"))
    files.append(tmp_path / "thanks.html")
    files[-1].write_text(page.content(), encoding="utf-8")
    page.locator("textarea").fill("   ")
    with page.expect_navigation():
        page.get_by_role("button", name="Send comment").click()
    assert "Please write your comment" in page.locator("main").inner_text()
    files.append(tmp_path / "thanks-error.html")
    files[-1].write_text(page.content(), encoding="utf-8")
    page.context.close()
    errors = run_vnu(files)
    assert not any(errors.values()), json.dumps(errors, indent=2, ensure_ascii=False)
