"""A citizen books a bulky-waste pickup in English, from the service page to the confirmation,
with the keyboard alone; every page on the way is axe-core clean."""

import os
import re
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.browser.conftest import ROOT, assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site_with_forms(live_site, tmp_path_factory):
    """The demo site with the online forms. seed_demo seeds them (demo.forms.seed_forms);
    until it does, they are added to the browser server's database here."""
    html = urllib.request.urlopen(f"{live_site}/de/leistungen/sperrmuell-anmelden/").read().decode()
    if "/de/online-dienste/" not in html:
        url = os.environ.get("DATABASE_URL", "")
        if url.startswith(("postgres://", "postgresql://")):
            from urllib.parse import urlsplit, urlunsplit

            url = urlunsplit(urlsplit(url)._replace(path=f"/stadtportal_browser_{os.getpid()}"))
        else:
            url = f"sqlite:///{tmp_path_factory.getbasetemp() / 'browser-site0' / 'browser.sqlite3'}"
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", "DATABASE_URL": url}
        subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "seed_demo_forms"],
            env=env,
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return live_site


def tab_to(page, selector, limit=80):
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"could not reach {selector} with the Tab key")


def send_pickup_form(page, shown, name, items, email):
    """Fill in the pickup form's details after the date (by keyboard: Tab, typing, Space) and send
    it with Enter, no sooner than a person would (`shown`: when the form appeared)."""
    tab_to(page, "input[name='name']")
    page.keyboard.type(name)
    tab_to(page, "input[name='adresse_0']")
    page.keyboard.type("Lindenallee 5")
    page.keyboard.press("Tab")
    page.keyboard.type("45999")
    page.keyboard.press("Tab")
    page.keyboard.type("Lindenfeld")
    tab_to(page, "textarea[name='gegenstaende']")
    page.keyboard.type(items)
    tab_to(page, "input[name='email']")
    page.keyboard.type(email)
    tab_to(page, "input[name='einwilligung']")
    page.keyboard.press("Space")
    tab_to(page, "button[type='submit']")
    time.sleep(max(0, 3.2 - (time.monotonic() - shown)))  # a person needs more than the time trap's 3 s
    page.keyboard.press("Enter")


def test_book_bulky_waste_pickup_in_english_by_keyboard(browser, site_with_forms):
    from tests.browser.conftest import new_page

    page = new_page(browser, site_with_forms, "en-GB")
    try:
        page.goto("/de/leistungen/sperrmuell-anmelden/")
        english = page.locator("a[hreflang='en']").first.get_attribute("href")
        page.goto(english)
        assert_accessible(page)

        tab_to(page, "a.button--start")
        page.keyboard.press("Enter")
        page.wait_for_url("**/en/online-services/**")
        assert page.locator("h1").inner_text() == "Book a bulky-waste pickup"
        assert_accessible(page)
        shown = time.monotonic()

        tab_to(page, "select[name='termin']")
        page.keyboard.press("ArrowDown")
        assert page.eval_on_selector("select[name='termin']", "e => e.value").endswith("|standard")
        send_pickup_form(page, shown, "Jane Citizen", "1 sofa, 1 wardrobe", "jane@example.org")

        page.wait_for_url(re.compile(r"[?&]sent="))
        assert page.locator("h1").inner_text() == "Thank you, your form has been sent"
        reference = page.locator(".online-form__reference").inner_text()
        assert reference.startswith("SP-")
        assert "Standard pickup" in page.locator("main").inner_text()
        assert_accessible(page)
    finally:
        page.context.close()
