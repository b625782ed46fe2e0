"""A real OpenID Connect provider for the tests (tests/accounts/oidc_provider.mjs, panva's
oidc-provider under Node) on a free port, and a helper that signs in at it as a person would."""

import os
import re
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urljoin

import requests

from tests.servers import free_port

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("oidc_provider.mjs")
CLIENT_ID = "stadtportal-test"
CLIENT_SECRET = "test-client-secret-only-for-the-local-provider"


@contextmanager
def running_provider(tmp, redirect_uris, post_logout_uris):
    """Yield the issuer URL of a provider that knows one client with these addresses."""
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "oidc-provider").exists():
        import pytest

        pytest.skip("OpenID Connect provider not available: run `npm ci` (oidc-provider) with Node 20+")
    port = free_port()
    log_path = Path(tmp) / f"oidc-provider-{port}.log"
    log = open(log_path, "w")
    env = {
        **os.environ,
        "PORT": str(port),
        "CLIENT_ID": CLIENT_ID,
        "CLIENT_SECRET": CLIENT_SECRET,
        "REDIRECT_URIS": ",".join(redirect_uris),
        "POST_LOGOUT_URIS": ",".join(post_logout_uris),
    }
    process = subprocess.Popen([node, str(SCRIPT)], env=env, cwd=ROOT, stdout=log, stderr=log)
    issuer = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            requests.get(f"{issuer}/.well-known/openid-configuration", timeout=2).raise_for_status()
            break
        except requests.RequestException:
            if process.poll() is not None or time.monotonic() > deadline:
                log.close()
                raise RuntimeError(f"OpenID Connect provider did not start:\n{log_path.read_text()[-3000:]}") from None
            time.sleep(0.1)
    try:
        yield issuer
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def log_in_at_provider(authorization_url, login, browser=None):
    """Follow the provider's pages as the browser `browser` (a requests.Session) would, sign in as
    `login`, and return the address the provider sends the browser back to (our callback)."""
    browser = browser or requests.Session()
    url = authorization_url
    for _step in range(10):
        response = browser.get(url, allow_redirects=False, timeout=10)
        if response.status_code in (302, 303):
            url = urljoin(url, response.headers["Location"])
            if "/interaction/" not in url and not url.startswith(authorization_url.split("/auth")[0]):
                return url
            continue
        form = re.search(r'<form[^>]*action="([^"]+)"', response.text)
        assert form, response.text[:500]
        response = browser.post(
            form.group(1), data={"prompt": "login", "login": login, "password": "any"}, allow_redirects=False, timeout=10
        )
        url = urljoin(url, response.headers["Location"])
        if not url.startswith(authorization_url.split("/auth")[0]):
            return url
    raise AssertionError("the provider never sent the browser back")
