"""Browser tests: a real server with the seeded demo, driven by Playwright in Chromium.

The server runs in its own process against its own database (a temporary SQLite file, or a
fresh PostgreSQL database when DATABASE_URL points at PostgreSQL), seeded with `seed_demo`
exactly as `make demo` does. Without a browser the tests skip, unless REQUIRE_BROWSER=1."""

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.servers import running_site

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ADMIN_USER = "browser-admin"
ADMIN_PASSWORD = "browser-admin-password"


def _unavailable(reason):
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(f"browser tests skipped: {reason} (install Debian's chromium, or set REQUIRE_BROWSER=1 to fail)")


PAYMENT_SALT = "browser-test-salt-for-the-simulator"
PAYMENT_AGS = "05999000"


@pytest.fixture(scope="session")
def payment_simulator():
    """The pmPayment simulator (billing/simulators/pmpayment.py) the browser site pays at."""
    from billing.simulators.pmpayment import PmPaymentSimulator

    simulator = PmPaymentSimulator(PAYMENT_SALT, PAYMENT_AGS).start()
    yield simulator
    simulator.stop()


@pytest.fixture(scope="session")
def live_site(tmp_path_factory, payment_simulator):
    """Base URL of a running demo server (migrated and seeded), with online payment at the simulator."""
    env = {
        "DEMO_ADMIN_USER": ADMIN_USER,
        "DEMO_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "PMPAYMENT_URL": payment_simulator.url,
        "PMPAYMENT_AGS": PAYMENT_AGS,
        "PMPAYMENT_PROCEDURE": "sperrmuell",
        "PMPAYMENT_SALT": PAYMENT_SALT,
    }
    with running_site(tmp_path_factory.mktemp("browser-site"), "browser", env) as (base, _env):
        yield base


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    executable = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    # Playwright's sync API runs an event loop in this thread; Django ORM calls from tests are fine.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        try:
            if Path(executable).exists():
                instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            else:
                instance = playwright.chromium.launch(args=CHROMIUM_ARGS)
        except Error as error:
            _unavailable(f"no Chromium could be started ({str(error).splitlines()[0]})")
        yield instance
        instance.close()


def new_page(browser, live_site, locale="de-DE", **options):
    """A fresh browser context (no cookies) opened on the demo site. The CSP is bypassed only so
    axe-core can be injected; what the page itself loads is checked with record_requests."""
    context = browser.new_context(locale=locale, base_url=live_site, bypass_csp=True, **options)
    return context.new_page()


@pytest.fixture
def page_de(browser, live_site):
    page = new_page(browser, live_site, "de-DE")
    yield page
    page.context.close()


@pytest.fixture
def page_en(browser, live_site):
    page = new_page(browser, live_site, "en-GB")
    yield page
    page.context.close()


def axe_violations(page, impacts=("serious", "critical")):
    """Run axe-core (WCAG 2.0/2.1 A and AA rules) on the open page; return the violations of these impacts."""
    if not AXE_JS.exists():
        pytest.fail("node_modules/axe-core is missing: run `make test` (it runs npm ci)", pytrace=False)
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
            resultTypes: ['violations'],
        })"""
    )
    found = [v for v in result["violations"] if v["impact"] in impacts]
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in found
    ]


def assert_accessible(page):
    violations = axe_violations(page)
    assert not violations, f"axe-core violations on {page.url}:\n" + json.dumps(violations, indent=2)


def record_requests(page):
    """Collect every request the page makes, so tests can prove nothing goes to another host."""
    seen = []
    page.on("request", lambda request: seen.append(request.url))
    return seen


def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (`--dist loadgroup`) every browser test runs on one worker, which starts
    one server and one browser for all of them."""
    for item in items:
        if "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.xdist_group("browser"))
