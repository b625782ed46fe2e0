// Lighthouse's SEO category for a list of addresses, in one Chromium: used by tests/browser/test_seo.py.
// Usage: node tests/browser/lighthouse_seo.mjs URL... ; prints {url: {score, failing: [{id, title, items}]}}.
// CHROME_PATH names the browser (Debian's /usr/bin/chromium). The page loads from localhost, so the
// waits after load are shorter than Lighthouse's defaults; SEO audits do not depend on them.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const urls = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});
const results = {};
try {
  for (const url of urls) {
    const runner = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error" },
      {
        extends: "lighthouse:default",
        settings: {
          onlyCategories: ["seo"],
          disableFullPageScreenshot: true,
          pauseAfterFcpMs: 200,
          pauseAfterLoadMs: 200,
          networkQuietThresholdMs: 200,
          cpuQuietThresholdMs: 200,
        },
      },
    );
    const { lhr } = runner;
    const category = lhr.categories.seo;
    results[url] = {
      score: category.score,
      error: lhr.runtimeError ? lhr.runtimeError.message : null,
      failing: category.auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => ({
          id: audit.id,
          title: audit.title,
          items: ((audit.details && audit.details.items) || []).slice(0, 5),
        })),
    };
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(results));
