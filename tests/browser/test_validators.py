"""Every page type, as the browser shows it (after JavaScript), passes the W3C Nu HTML Checker
(vnu-jar from npm, run with Java) without a single error, in German and in English.

All pages are fetched first and checked by one vnu run (one JVM start for the whole batch); each
page type is then its own test, so a failure names the page and vnu's messages for it."""

import json
import re
import subprocess
import urllib.request
from datetime import date

import pytest

from tests.browser.conftest import ROOT, _unavailable, assert_accessible, new_page

pytestmark = pytest.mark.browser
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
TODAY = date.today()

# Page type -> (German path, English path). A value "sitemap:<regex>" is the first address in the
# sitemap that matches, for pages whose address carries a database id or that may not exist yet.
PAGE_TYPES = {
    "home": ("/de/", "/en/"),
    "service-index": ("/de/leistungen/", "/en/services/"),
    "a-z-filtered": ("/de/leistungen/?lebenslage=umzug", "/en/services/?lebenslage=umzug&audience=citizens"),
    "service": ("/de/leistungen/personalausweis-beantragen/", "/en/services/applying-for-an-identity-card/"),
    "lebenslage-index": ("/de/lebenslagen/", "/en/life-situations/"),
    "lebenslage": ("/de/lebenslagen/umzug/", "/en/life-situations/moving-house/"),
    "standard": ("/de/impressum/", "/en/legal-notice/"),
    "form-index": ("/de/online-dienste/", "/en/online-services/"),
    "form": ("/de/online-dienste/kontakt/", "/en/online-services/contact/"),
    "booking": ("/de/online-dienste/sperrmuell-buchen/", "/en/online-services/book-bulky-waste-pickup/"),
    "calendar": ("/de/kalender/", "/en/calendar/"),
    "calendar-month": (f"/de/kalender/{TODAY.year}/{TODAY.month}/", f"/en/calendar/{TODAY.year}/{TODAY.month}/"),
    "calendar-archive": ("/de/kalender/archiv/", "/en/calendar/archive/"),
    "calendar-subscribe": ("/de/kalender/abonnieren/", "/en/calendar/subscribe/"),
    "committees": ("/de/kalender/gremien/", "/en/calendar/committees/"),
    "committee": (r"sitemap:/de/kalender/gremien/\d+/$", r"sitemap:/en/calendar/committees/\d+/$"),
    "meeting": (r"sitemap:/de/kalender/sitzungen/\d+/$", r"sitemap:/en/calendar/meetings/\d+/$"),
    "event": (r"sitemap:/de/kalender/veranstaltungen/\d+/$", r"sitemap:/en/calendar/events/\d+/$"),
    "search-hits": ("/de/search/?q=personalausweis", "/en/search/?q=identity+card"),
    "search-no-hits": ("/de/search/?q=xyzzyqq", "/en/search/?q=xyzzyqq"),
    "search-empty": ("/de/search/", "/en/search/"),
    "not-found": ("/de/gibt-es-nicht/", "/en/does-not-exist/"),
    "office-index": ("/de/aemter/", "/en/offices/"),
    "office": ("/de/aemter/buergerbuero/", "/en/offices/citizens-office/"),
}
OPTIONAL = {"office-index", "office"}  # new in issue 11; checked wherever the demo has them (not 404)
CASES = [(kind, lang) for kind in PAGE_TYPES for lang in ("de", "en")]


def _sitemap_paths(live_site):
    with urllib.request.urlopen(f"{live_site}/sitemap.xml", timeout=30) as response:
        xml = response.read().decode()
    return [re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", xml)]


def resolve_paths(live_site):
    """(kind, lang) -> path; sitemap: entries resolved, optional page types left out when absent."""
    sitemap = None
    resolved = {}
    for kind, paths in PAGE_TYPES.items():
        for lang, path in zip(("de", "en"), paths, strict=True):
            if path.startswith("sitemap:"):
                sitemap = sitemap if sitemap is not None else _sitemap_paths(live_site)
                pattern = re.compile(path.removeprefix("sitemap:"))
                path = next((p for p in sitemap if pattern.search(p)), None)
                if path is None:
                    if kind in OPTIONAL:
                        continue
                    pytest.fail(f"no {kind} page ({lang}) in the demo's sitemap", pytrace=False)
            resolved[(kind, lang)] = path
    return resolved


def run_vnu(files):
    """vnu's error messages per file name, from one JVM run over all files."""
    java = "/usr/bin/java"
    try:
        subprocess.run([java, "-version"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        _unavailable("no Java runtime to run the Nu HTML Checker (install Debian's default-jre-headless)")
    if not VNU_JAR.exists():
        pytest.fail("node_modules/vnu-jar is missing: run `make test` (it runs npm ci)", pytrace=False)
    result = subprocess.run(
        [java, "-Xss4m", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # vnu writes its JSON report to stderr; exit code 1 only means it found errors.
    report = json.loads(result.stderr or result.stdout)
    errors = {file.name: [] for file in files}
    for message in report["messages"]:
        name = message.get("url", "").rsplit("/", 1)[-1]
        errors.setdefault(name, []).append(
            {
                "line": message.get("lastLine"),
                "message": message.get("message"),
                "extract": message.get("extract"),
            }
        )
    return errors


@pytest.fixture(scope="session")
def vnu_results(browser, live_site, tmp_path_factory):
    """Load every page type in both languages, save the DOM as the browser has it, check all with vnu.
    Returns (kind, lang) -> (path, status, errors)."""
    folder = tmp_path_factory.mktemp("vnu")
    paths = resolve_paths(live_site)
    pages = {}
    for lang in ("de", "en"):
        page = new_page(browser, live_site, "de-DE" if lang == "de" else "en-GB")
        for (kind, page_lang), path in paths.items():
            if page_lang != lang:
                continue
            response = page.goto(path)
            if kind in OPTIONAL and response.status == 404:
                continue
            page.wait_for_load_state("networkidle")
            file = folder / f"{kind}-{lang}.html"
            file.write_text(page.content(), encoding="utf-8")
            pages[(kind, lang)] = (path, response.status, file)
        page.context.close()
    errors = run_vnu([file for _, _, file in pages.values()])
    return {key: (path, status, errors[file.name]) for key, (path, status, file) in pages.items()}


@pytest.mark.parametrize(("kind", "lang"), CASES, ids=[f"{kind}-{lang}" for kind, lang in CASES])
def test_nu_html_checker_finds_no_error(vnu_results, kind, lang):
    if (kind, lang) not in vnu_results:
        pytest.skip(f"the demo has no {kind} page yet")
    path, status, errors = vnu_results[(kind, lang)]
    assert status == (404 if kind == "not-found" else 200), f"{path} answered {status}"
    assert not errors, f"Nu HTML Checker errors on {path}:\n" + json.dumps(errors, indent=2, ensure_ascii=False)


def test_nu_html_checker_catches_an_error(tmp_path):
    """The check itself works: a <time datetime> with microseconds (issue 11) is an error."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang="de"><head><title>x</title></head>'
        '<body><time datetime="2026-12-01T21:30:00.086342+01:00">1. Dezember</time></body></html>'
    )
    good = tmp_path / "good.html"
    good.write_text('<!DOCTYPE html><html lang="de"><head><title>x</title></head><body><p>x</p></body></html>')
    errors = run_vnu([bad, good])
    assert errors["good.html"] == []
    assert any("fraction of a second" in e["message"] for e in errors["bad.html"]), errors


# Page types the other browser tests do not run axe-core on.
AXE_ONLY_HERE = [
    "home",
    "standard",
    "form-index",
    "calendar-archive",
    "committee",
    "event",
    "search-no-hits",
    "search-empty",
    "not-found",
    "office-index",
    "office",
]
AXE_CASES = [(kind, lang) for kind in AXE_ONLY_HERE for lang in ("de", "en")]


@pytest.fixture(scope="session")
def page_paths(live_site):
    return resolve_paths(live_site)


@pytest.mark.parametrize(("kind", "lang"), AXE_CASES, ids=[f"{kind}-{lang}" for kind, lang in AXE_CASES])
def test_axe_on_remaining_page_types(browser, live_site, page_paths, kind, lang):
    if (kind, lang) not in page_paths:
        pytest.skip(f"the demo has no {kind} page yet")
    page = new_page(browser, live_site, "de-DE" if lang == "de" else "en-GB")
    response = page.goto(page_paths[(kind, lang)])
    if kind in OPTIONAL and response.status == 404:
        page.context.close()
        pytest.skip(f"the demo has no {kind} page yet")
    assert_accessible(page)
    page.context.close()


@pytest.mark.parametrize(
    ("path", "locale", "label"),
    [("/de/gibt-es-nicht/", "de-DE", "Zum Inhalt springen"), ("/en/does-not-exist/", "en-GB", "Skip to content")],
)
def test_not_found_page_skip_link_is_the_first_tab_stop(browser, live_site, path, locale, label):
    page = new_page(browser, live_site, locale)
    response = page.goto(path)
    assert response.status == 404
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.className, document.activeElement.textContent.trim()]")
    assert focused == ["skip-link", label]
    assert page.locator(".skip-link").is_visible()  # visible once focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.context.close()
