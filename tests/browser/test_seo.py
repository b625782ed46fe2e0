"""Lighthouse's SEO category scores 1.0 on the main page types of the demo, in German and English.

Lighthouse (npm, dev dependency) runs all addresses in one Chromium (tests/browser/lighthouse_seo.mjs).
Search results are left out on purpose: they carry `noindex` and robots.txt keeps crawlers away."""

import json
import os
import shutil
import subprocess

import pytest

from tests.browser.conftest import ROOT, _unavailable

pytestmark = pytest.mark.browser
SCRIPT = ROOT / "tests" / "browser" / "lighthouse_seo.mjs"
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse"
PATHS = [
    "/de/",
    "/en/",
    "/de/leistungen/personalausweis-beantragen/",
    "/en/services/applying-for-an-identity-card/",
    "/de/lebenslagen/umzug/",
    "/en/life-situations/moving-house/",
    "/de/kalender/",
    "/en/calendar/",
]


@pytest.fixture(scope="session")
def lighthouse_seo(live_site):
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    node = shutil.which("node")
    if not os.path.exists(chromium):
        _unavailable("Lighthouse needs Debian's chromium (/usr/bin/chromium)")
    if node is None:
        _unavailable("Lighthouse needs Node.js (node)")
    if not LIGHTHOUSE.exists():
        _unavailable("node_modules/lighthouse is missing (run `make node`)")
    result = subprocess.run(
        [node, str(SCRIPT), *(live_site + path for path in PATHS)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env={**os.environ, "CHROME_PATH": chromium},
    )
    assert result.returncode == 0, f"Lighthouse failed:\n{result.stderr[-3000:]}"
    return {url.removeprefix(live_site): report for url, report in json.loads(result.stdout).items()}


@pytest.mark.parametrize("path", PATHS)
def test_lighthouse_seo_score_is_full(lighthouse_seo, path):
    report = lighthouse_seo[path]
    assert report["error"] is None, report["error"]
    assert report["score"] == 1, f"Lighthouse SEO {report['score']} on {path}; failing audits:\n" + json.dumps(
        report["failing"], indent=2, ensure_ascii=False
    )
