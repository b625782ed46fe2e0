"""The review workflow as a department member does it, by keyboard: log in, open the service,
change its teaser, submit it to "Redaktion prüft". The editor is checked with axe-core."""

import re

import pytest

from tests.browser.conftest import ADMIN_PASSWORD, axe_violations

pytestmark = pytest.mark.browser
WAGTAIL_OWN = {"label-content-name-mismatch"}
SERVICE = "Personalausweis beantragen"  # owned by the Bürgerbüro (its first responsible office)


def log_in(page, username):
    page.goto("/admin/login/")
    page.get_by_label(re.compile("Benutzername|Username")).fill(username)
    page.get_by_label(re.compile("Passwort|Password")).fill(ADMIN_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/admin/$"))


def open_service(page, title):
    page.goto(f"/admin/pages/search/?q={title}")
    page.get_by_role("link", name=title, exact=True).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))


def test_department_submits_a_service_for_review_by_keyboard(page_de):
    page = page_de
    log_in(page, "buergerbuero")
    open_service(page, SERVICE)
    # axe-core on the editor. Wagtail's own header has one serious finding we cannot change: the
    # privacy indicator's link ("Für alle sichtbar") is named by its tooltip, not its text.
    violations = [v for v in axe_violations(page) if v["id"] not in WAGTAIL_OWN]
    assert not violations, violations
    teaser = page.get_by_label(re.compile("^Kurzbeschreibung"))
    teaser.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("Den Personalausweis im Bürgerbüro beantragen – mit Termin.")
    # No "Publish" for a department: the footer offers saving and submitting for review.
    assert page.get_by_role("button", name=re.compile("^Veröffentlichen$")).count() == 0
    toggle = page.locator("footer [data-w-dropdown-target='toggle']").first
    toggle.focus()
    page.keyboard.press("Enter")
    submit = page.get_by_role("button", name=re.compile("In Redaktion prüft einreichen|Zur Moderation einreichen"))
    submit.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # Back in the explorer, with Wagtail's message.
    assert page.get_by_text(re.compile(f"{SERVICE}.*zur Moderation eingereicht")).count() >= 1

