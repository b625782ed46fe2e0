"""Two app servers, one state: two gunicorn instances (cms.wsgi, production settings with throwaway
secrets, two workers each, free ports) on one PostgreSQL database, one Redis and one S3 server (moto).
An editor logs in on server A over real HTTP and publishes; both servers serve the new text at once
(the page cache lives in the shared default cache, so this is its invalidation across processes); a
session made on A holds on B, and a logout on A ends it on B; media uploaded on A is served by B.

Needs PostgreSQL (DATABASE_URL pointing at it) and Redis (REDIS_URL, or 127.0.0.1:6379): it skips
without them, unless REQUIRE_POSTGRES=1 or REQUIRE_REDIS=1."""

import io
import os
import re
import secrets
import uuid
from urllib.parse import urlsplit

import pytest
from PIL import Image as PILImage
from wagtail.test.utils.form_data import nested_form_data, streamfield

from tests.deploy.stack import (
    MEDIA_BUCKET,
    PUBLIC_LOCATION,
    anonymous_get,
    delete_prefixed,
    manage,
    postgres_database,
    redis_url,
    run_json,
    start_gunicorn,
    stop,
)

requests = pytest.importorskip("requests")

pytestmark = [pytest.mark.postgres]

PDF = b"%PDF-1.4\n% Sitzungsvorlage\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
LEFT_OUT = ("DATABASE_URL", "CACHE_URL", "PAGE_CACHE", "FRONTEND_CACHE_PURGE_URL", "ELASTICSEARCH_URL")


class Browser:
    """A browser behind the TLS-terminating proxy: every request says X-Forwarded-Proto: https (as
    nginx does), so the production settings' secure cookies and CSRF origin checks apply as they do
    in production. Cookies are kept by name and sent to whichever server is asked, as a browser
    sends them to one site behind a load balancer."""

    def __init__(self):
        self.cookies = {}

    def request(self, method, url, data=None, files=None):
        origin = "https://" + urlsplit(url).netloc
        headers = {"X-Forwarded-Proto": "https"}
        if method == "POST":
            headers["Origin"] = origin
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        response = requests.request(
            method, url, headers=headers, data=data, files=files, allow_redirects=False, timeout=60
        )
        for cookie in response.cookies:
            self.cookies[cookie.name] = cookie.value
        return response

    def get(self, url):
        return self.request("GET", url)

    def post(self, url, data, files=None):
        return self.request("POST", url, data=data, files=files)

    def csrf_token(self, url):
        page = self.get(url)
        assert page.status_code == 200, (url, page.status_code)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)

    def log_in(self, server, site):
        """The password, then the second factor the production settings ask of a superuser (one of
        the editor's recovery codes); afterwards the admin opens."""
        token = self.csrf_token(f"{server}/admin/login/")
        response = self.post(
            f"{server}/admin/login/",
            {"username": site["editor"], "password": site["password"], "csrfmiddlewaretoken": token, "next": "/admin/"},
        )
        assert response.status_code == 302 and response.headers["Location"] == "/admin/", response.text[:2000]
        step = self.get(f"{server}/admin/")
        assert step.status_code == 302 and "/admin/twofactor/verify/" in step.headers["Location"], step.status_code
        verify = f"{server}{step.headers['Location']}"
        token = self.csrf_token(verify)
        verified = self.post(verify, {"code": site["recovery_codes"].pop(), "csrfmiddlewaretoken": token})
        assert verified.status_code == 302 and verified.headers["Location"] == "/admin/", verified.text[:2000]
        assert self.get(f"{server}/admin/").status_code == 200
        return self


def visitor_text(server, path):
    """The page as a new anonymous visitor gets it (no cookies)."""
    response = Browser().get(server + path)
    assert response.status_code == 200, (server, path, response.status_code)
    return response.text


@pytest.fixture(scope="module")
def servers(tmp_path_factory, s3):
    redis = redis_url()
    workdir = tmp_path_factory.mktemp("two-servers")
    database_url, drop = postgres_database(f"stadtportal_deploy_{os.getpid()}")
    prefix = f"stadtportal-deploy-{uuid.uuid4().hex[:12]}"
    env = {name: value for name, value in os.environ.items() if name not in LEFT_OUT}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": database_url,
            "REDIS_URL": redis,
            "CACHE_KEY_PREFIX": prefix,
            "STATIC_ROOT": str(workdir / "static"),
            "PYTHONUNBUFFERED": "1",
            **s3.environment(),
        }
    )
    started = []
    try:
        manage({**env, "MEDIA_ROOT": str(workdir / "media-setup")}, "migrate", "--noinput", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        site = run_json({**env, "MEDIA_ROOT": str(workdir / "media-setup")}, "tests.deploy.build_site")
        for name in ("a", "b"):
            # Each server gets a media folder of its own: nothing may depend on a file on one machine.
            base, process, log = start_gunicorn({**env, "MEDIA_ROOT": str(workdir / f"media-{name}")}, workdir, name)
            started.append(process)
            site[name] = base
        yield site
    finally:
        for process in started:
            stop(process)
        drop()
        delete_prefixed(redis, prefix)


def test_a_publish_on_one_server_is_served_fresh_by_both(servers):
    a, b = servers["a"], servers["b"]
    page, home = servers["page_url"], servers["home"]
    # Both servers have served (and, with the page cache on, stored) the page and the home page.
    for server in (a, b, a, b):
        assert "Ergebnisse ab 18 Uhr." in visitor_text(server, page)
        assert "Das Bürgerbüro ist heute geöffnet." in visitor_text(server, home)

    editor = Browser().log_in(a, servers)
    edit = f"{a}/admin/pages/{servers['page_id']}/edit/"
    token = editor.csrf_token(edit)
    data = nested_form_data(
        {
            "title": "Wahlabend",
            "slug": "wahlabend",
            "intro": "Erste Ergebnisse ab 18:30 Uhr im Ratssaal.",
            "body": streamfield([]),
            "action-publish": "action-publish",
        }
    )
    published = editor.post(edit, {**data, "csrfmiddlewaretoken": token})
    assert published.status_code == 302, published.text[:3000]
    for server in (a, b):
        text = visitor_text(server, page)
        assert "Erste Ergebnisse ab 18:30 Uhr im Ratssaal." in text, server
        assert "Ergebnisse ab 18 Uhr." not in text, server

    # A snippet shown on every page: the alert banner.
    edit = f"{a}/admin/snippets/cms/alert/edit/{servers['alert_id']}/"
    token = editor.csrf_token(edit)
    saved = editor.post(
        edit,
        {
            "csrfmiddlewaretoken": token,
            "title": "Sturmwarnung",
            "text": "Friedhöfe und Parks sind bis morgen geschlossen.",
            "severity": "warning",
            "link": "",
            "go_live_at": "",
            "expire_at": "",
            "action-publish": "action-publish",  # alerts have drafts: publish, as the editor does
        },
    )
    assert saved.status_code == 302, saved.text[:3000]
    for server in (a, b):
        for path in (home, page):
            text = visitor_text(server, path)
            assert "Friedhöfe und Parks sind bis morgen geschlossen." in text, (server, path)
            assert "Das Bürgerbüro ist heute geöffnet." not in text, (server, path)


def test_a_session_made_on_one_server_holds_on_the_other_and_ends_on_both(servers):
    a, b = servers["a"], servers["b"]
    editor = Browser().log_in(a, servers)
    session = dict(editor.cookies)
    dashboard = editor.get(f"{b}/admin/")
    assert dashboard.status_code == 200 and servers["editor"] in dashboard.text

    # Logging out on A (the CSRF cookie's secret is a valid token, as Django accepts it).
    assert editor.post(f"{a}/admin/logout/", {"csrfmiddlewaretoken": editor.cookies["csrftoken"]}).status_code == 302
    stale = Browser()
    stale.cookies = session  # the old session cookie, as a copied or stolen one
    for server in (a, b):
        response = stale.get(f"{server}/admin/")
        assert response.status_code == 302 and "/admin/login/" in response.headers["Location"], server


def test_media_uploaded_on_one_server_is_served_by_the_other(servers, s3):
    a, b = servers["a"], servers["b"]
    editor = Browser().log_in(a, servers)

    token = editor.csrf_token(f"{a}/admin/documents/add/")
    added = editor.post(
        f"{a}/admin/documents/add/",
        {"csrfmiddlewaretoken": token, "title": "Sitzungsvorlage 12/2026", "collection": servers["collection"]},
        files={"file": ("sitzungsvorlage.pdf", PDF, "application/pdf")},
    )
    assert added.status_code == 302, added.text[:3000]
    listing = editor.get(f"{b}/admin/documents/?q=Sitzungsvorlage")
    document_id = re.search(r"/admin/documents/edit/(\d+)/", listing.text).group(1)
    served = Browser().get(f"{b}/documents/{document_id}/sitzungsvorlage.pdf")
    assert served.status_code == 200 and served.content == PDF  # B streams what A stored

    picture = io.BytesIO()
    PILImage.new("RGB", (640, 480), (30, 90, 160)).save(picture, "PNG")
    token = editor.csrf_token(f"{a}/admin/images/add/")
    added = editor.post(
        f"{a}/admin/images/add/",
        {"csrfmiddlewaretoken": token, "title": "Rathaus bei Nacht", "collection": servers["collection"]},
        files={"file": ("rathaus-nacht.png", picture.getvalue(), "image/png")},
    )
    assert added.status_code == 302, added.text[:3000]
    listing = editor.get(f"{b}/admin/images/?q=Rathaus")
    image_id = re.search(r"/admin/images/(\d+)/", listing.text).group(1)
    # B renders the edit view, so B makes a rendition from the original A uploaded.
    edit = editor.get(f"{b}/admin/images/{image_id}/")
    assert edit.status_code == 200
    public = f"{s3.endpoint}/{MEDIA_BUCKET}/{PUBLIC_LOCATION}/images/"
    renditions = re.findall(re.escape(public) + r'[^"\s?]+', edit.text)
    assert renditions, "no rendition from the bucket on B's image page"
    status, data = anonymous_get(renditions[0])
    assert status == 200 and PILImage.open(io.BytesIO(data)).format in ("PNG", "JPEG", "WEBP")
    # The original stays private.
    originals = [key for key in s3.keys(MEDIA_BUCKET) if "rathaus-nacht" in key and "/original_images/" in f"/{key}"]
    assert originals and all(anonymous_get(s3.object_url(MEDIA_BUCKET, key))[0] == 403 for key in originals)

