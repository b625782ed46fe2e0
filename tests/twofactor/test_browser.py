"""In a real browser, by keyboard: the code step after the password, and the enrolment a required
user is sent to, both axe-checked. The server runs with TWOFACTOR_REQUIRED=superusers on its own
freshly migrated database (no demo needed).

Playwright runs in a thread of its own: its sync API switches the main thread's context, which the
suite's shared database transaction and the browser tests' own Playwright need undisturbed."""

import os
import re
import shutil
import threading
from pathlib import Path

import pytest

from tests.browser.conftest import CHROMIUM_ARGS, _unavailable, axe_violations
from tests.servers import running_site
from tests.twofactor.conftest import code_from_key

pytestmark = pytest.mark.browser

PASSWORD = "browser-twofactor-password"
KEY_HEX = "3132333435363738393031323334353637383930"  # RFC 6238's test key, base32 GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
KEY_B32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
# Wagtail's own markup on its login-style pages; nothing of ours.
WAGTAIL_OWN = {"label-content-name-mismatch"}

MAKE_USERS = f"""
from django.contrib.auth.models import User
from django_otp.plugins.otp_totp.models import TOTPDevice
anna = User.objects.create_superuser("anna", "anna@lindenfeld.example", "{PASSWORD}")
TOTPDevice.objects.create(user=anna, name="Telefon", key="{KEY_HEX}", confirmed=True)
User.objects.create_superuser("neu", "neu@lindenfeld.example", "{PASSWORD}")
"""


@pytest.fixture(scope="module")
def required_site(tmp_path_factory):
    env = {"TWOFACTOR_REQUIRED": "superusers"}
    commands = [("shell", "-c", MAKE_USERS)]
    with running_site(tmp_path_factory.mktemp("twofactor-site"), "twofactor", env, commands) as (base, _env):
        yield base


def in_own_thread(work):
    failure = []

    def run():
        try:
            work()
        except BaseException as error:  # noqa: BLE001 - re-raised in the test's thread
            failure.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=300)
    assert not thread.is_alive(), "the browser session did not finish in 5 minutes"
    if failure:
        raise failure[0]


def chromium(playwright):
    from playwright.sync_api import Error

    executable = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    try:
        if Path(executable).exists():
            return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        return playwright.chromium.launch(args=CHROMIUM_ARGS)
    except Error as error:
        return str(error).splitlines()[0]


def sign_in_by_keyboard(page, username):
    page.goto("/admin/login/")
    page.get_by_label(re.compile("Benutzername|Username")).focus()
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def assert_axe_clean(page):
    violations = [v for v in axe_violations(page) if v["id"] not in WAGTAIL_OWN]
    assert not violations, f"axe-core on {page.url}: {violations}"


def test_code_step_and_enrolment_by_keyboard_axe_clean(required_site):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    outcome = {}

    def session():
        with sync_playwright() as playwright:
            browser = chromium(playwright)
            if isinstance(browser, str):
                outcome["unavailable"] = browser
                return
            requests = []
            foreign = []

            def nothing_foreign(step):
                """Nothing the step page loaded came from another host (the CSP is bypassed for axe,
                so the browser would fetch it). Checked on our own step pages; the dashboard and
                the generic admin pages are Wagtail's (its update check and avatars)."""
                foreign.extend(f"{step}: {url}" for url in requests if not url.startswith(required_site))
                requests.clear()
            try:
                context = browser.new_context(locale="de-DE", base_url=required_site, bypass_csp=True)
                page = context.new_page()
                page.on("request", lambda request: requests.append(request.url))

                # A user with an app: the password leads to the code step, not into the admin.
                sign_in_by_keyboard(page, "anna")
                assert "/admin/twofactor/verify/" in page.url
                requests.clear()
                page.reload()
                assert page.get_by_role("heading", name="Code eingeben").count() == 1
                assert_axe_clean(page)
                nothing_foreign("code step")
                code = page.locator("#id_code")
                assert page.locator("label[for=id_code]").inner_text().startswith("Code")
                assert code.evaluate("element => element === document.activeElement")  # autofocus
                page.keyboard.type(code_from_key(KEY_B32))
                with page.expect_navigation():
                    page.keyboard.press("Enter")
                assert re.search(r"/admin/$", page.url), page.url
                assert page.locator("#wagtail-sidebar").count() == 1
                context.close()

                # A superuser without one is sent to enrolment and cannot go elsewhere first.
                context = browser.new_context(locale="de-DE", base_url=required_site, bypass_csp=True)
                page = context.new_page()
                page.on("request", lambda request: requests.append(request.url))
                sign_in_by_keyboard(page, "neu")
                assert "/admin/twofactor/enrol/" in page.url
                requests.clear()
                page.goto("/admin/pages/")
                assert "/admin/twofactor/enrol/" in page.url
                assert page.locator(".twofactor-qr svg[role=img][aria-label]").count() == 1
                assert_axe_clean(page)
                nothing_foreign("enrolment")
                secret = page.locator("code.twofactor-secret").inner_text()
                assert page.locator("label[for=id_name]").inner_text().startswith("Name dieser App")
                page.locator("#id_name").focus()
                page.keyboard.type("Diensthandy")
                page.keyboard.press("Tab")
                page.keyboard.type(code_from_key(secret))
                with page.expect_navigation():
                    page.keyboard.press("Enter")
                assert "/admin/twofactor/recovery-codes/" in page.url
                assert page.locator("ul.twofactor-codes li").count() == 10
                assert_axe_clean(page)
                continue_link = page.get_by_role("link", name=re.compile("Codes gespeichert"))
                continue_link.focus()
                with page.expect_navigation():
                    page.keyboard.press("Enter")
                assert re.search(r"/admin/pages/$", page.url), page.url
                context.close()
            finally:
                browser.close()
            outcome["foreign"] = foreign

    in_own_thread(session)
    if "unavailable" in outcome:
        _unavailable(f"no Chromium could be started ({outcome['unavailable']})")
    assert outcome["foreign"] == [], "nothing is loaded from another host"
