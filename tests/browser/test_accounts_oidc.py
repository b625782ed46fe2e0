"""Signing in to the citizen account in a real browser (Chromium through Playwright) against the
local OpenID Connect provider, by keyboard only (Tab, Space, Enter and typing, the provider's login
and logout pages included), in German and in English: the sign-in page, the account page and the
calendar page are axe-clean; a committee is chosen and the private feed address made by keyboard;
signing out ends the session here and at the provider.

The site runs in its own process (runserver on the seeded demo, its own database), configured for
the provider through the ACCOUNTS_OIDC_* environment, as a city would configure it."""


import pytest
from playwright.sync_api import expect

from tests.accounts.provider import CLIENT_ID, CLIENT_SECRET, running_provider
from tests.browser.conftest import assert_accessible, new_page
from tests.servers import free_port, running_site

# In the browser tests' group and with their one Playwright: a second Playwright started in the
# same worker's main thread leaves Django's connection lookup inside its greenlet, and the next
# test's queries then open a second connection to the in-memory database ("table is locked").
pytestmark = pytest.mark.browser


TEXTS = {
    "de": {
        "locale": "de-DE",
        "login": "erika",
        "sign_in": "Im Bürgerkonto anmelden",
        "account": "Meine Anträge",
        "calendar": "Mein Kalender",
        "saved": "Ihr Kalender wurde gespeichert.",
        "feed_ready": "Ihre neue private Kalenderadresse ist fertig.",
        "signed_out": "Sie sind von Ihrem Bürgerkonto abgemeldet.",
    },
    "en": {
        "locale": "en-GB",
        "login": "john",  # another account: the German run's choice is erika's
        "sign_in": "Sign in to your citizen account",
        "account": "My requests",
        "calendar": "My calendar",
        "saved": "Your calendar has been saved.",
        "feed_ready": "Your new private calendar address is ready.",
        "signed_out": "You have been signed out of your citizen account.",
    },
}


@pytest.fixture(scope="session")
def oidc_site(tmp_path_factory):
    """Base URL of a demo server that signs citizens in at a local OpenID Connect provider."""
    tmp = tmp_path_factory.mktemp("accounts-browser")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    signed_out = [f"{base}/de/konto/abgemeldet/", f"{base}/en/konto/abgemeldet/"]
    with running_provider(tmp, [f"{base}/konto/oidc/callback/"], signed_out) as issuer:
        env = {
            "ACCOUNTS_OIDC_ISSUER": issuer,
            "ACCOUNTS_OIDC_CLIENT_ID": CLIENT_ID,
            "ACCOUNTS_OIDC_CLIENT_SECRET": CLIENT_SECRET,
            "ACCOUNTS_OIDC_NAME": "Servicekonto",
        }
        with running_site(tmp, "accounts_browser", env, port=port) as (site, _env):
            yield {"base": site, "issuer": issuer}


@pytest.fixture(params=["de", "en"])
def language(request):
    return request.param


@pytest.fixture
def page(browser, oidc_site, language):
    page = new_page(browser, oidc_site["base"], TEXTS[language]["locale"])
    yield page
    page.context.close()


def focused(page, selector):
    return page.evaluate("(s) => !!document.activeElement && document.activeElement.matches(s)", selector)


def tab_to(page, selector, limit=150):
    """Press Tab until `selector` has the focus (as a keyboard user does); fail if it never does."""
    for _ in range(limit):
        if focused(page, selector):
            return
        page.keyboard.press("Tab")
    pytest.fail(f"{selector} cannot be reached by keyboard on {page.url}")


def test_sign_in_calendar_and_sign_out_by_keyboard(page, oidc_site, language):
    base, issuer = oidc_site["base"], oidc_site["issuer"]
    texts = TEXTS[language]
    requests = []  # what our pages load (the provider's own dev pages load a web font: not ours)
    page.on("request", lambda r: None if r.frame.url.startswith(issuer) else requests.append(r.url))

    page.goto(f"/{language}/konto/")  # the account asks for a sign-in first
    page.wait_for_url(f"{base}/{language}/konto/anmelden/?next=*")
    expect(page.get_by_role("heading", level=1)).to_have_text(texts["sign_in"])
    assert_accessible(page)

    tab_to(page, "a[href*='/konto/anmelden/dienstkonto/']")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{issuer}/interaction/**")
    tab_to(page, "input[name=login]")
    page.keyboard.type(texts["login"])
    page.keyboard.press("Tab")
    assert focused(page, "input[name=password]")
    page.keyboard.type("any password")
    page.keyboard.press("Enter")

    page.wait_for_url(f"{base}/{language}/konto/")
    expect(page.get_by_role("heading", level=1)).to_have_text(texts["account"])
    expect(page.locator(".account__who")).to_contain_text(f"{texts['login']} Muster")
    assert_accessible(page)

    tab_to(page, f"a[href='/{language}/konto/kalender/']")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/{language}/konto/kalender/")
    expect(page.get_by_role("heading", level=1)).to_have_text(texts["calendar"])
    assert_accessible(page)

    tab_to(page, "input[name=committees]")
    page.keyboard.press("Space")
    tab_to(page, "button[name=action][value=save]")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/{language}/konto/kalender/?saved=1")
    expect(page.get_by_role("status")).to_contain_text(texts["saved"])
    expect(page.locator("input[name=committees]").first).to_be_checked()
    assert page.locator("ul.account__entries li").count() > 0  # the committee's next meetings
    assert_accessible(page)

    tab_to(page, "button[name=action][value=feed]")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text(texts["feed_ready"])
    address = page.get_by_label("Private Kalenderadresse" if language == "de" else "Private calendar address")
    feed = address.input_value()
    assert feed.startswith(f"{base}/konto/kalender/") and feed.endswith(".ics")
    assert page.locator(f"a[href='webcal://{feed.split('://', 1)[1]}']").count() == 1
    assert_accessible(page)
    answer = page.request.get(feed)
    assert answer.status == 200 and answer.headers["content-type"].startswith("text/calendar")
    assert "BEGIN:VCALENDAR" in answer.text()

    tab_to(page, "nav.account__nav button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{issuer}/session/end**")  # the provider asks whether to sign out there too
    tab_to(page, "button[value=yes], button[name=logout]")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/{language}/konto/abgemeldet/")
    expect(page.locator("p.lead")).to_have_text(texts["signed_out"])
    assert_accessible(page)

    page.goto(f"/{language}/konto/kalender/")  # the session is gone
    page.wait_for_url(f"{base}/{language}/konto/anmelden/?next=*")
    elsewhere = [url for url in requests if not url.startswith((base, issuer, "data:"))]
    assert elsewhere == []  # our pages load nothing from any other host
