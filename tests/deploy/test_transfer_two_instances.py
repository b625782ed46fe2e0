"""Staging to production with wagtail-transfer (docs/transfer.md): two real servers (gunicorn), each on
its own database (SQLite files, or two PostgreSQL databases when DATABASE_URL points at PostgreSQL),
talking over real HTTP. Production runs `manage.py transfer_from staging`: the dry run lists what it
would create with each item's language and writes nothing; the import brings the German section, its
English translation (linked: same translation_key), the image, the document and the offices; a second
transfer after an edit on staging updates and duplicates nothing. Inline rows keep their ids on
production through changes, removals and additions at staging; a page deleted at staging is listed and,
with --unpublish-missing, unpublished in both languages, production's own pages untouched; the admin's
Import screen imports both languages after showing the plan. The source's API refuses unsigned and
forged requests, and users and submissions never travel."""

import hashlib
import hmac
import json
import os
import secrets
import shutil
import subprocess
import sys
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.deploy.stack import ROOT, manage, start_gunicorn, stop
from tests.servers import free_port, server_database

requests = pytest.importorskip("requests")

LEFT_OUT = ("DATABASE_URL", "CACHE_URL", "REDIS_URL", "PAGE_CACHE", "FRONTEND_CACHE_PURGE_URL", "ELASTICSEARCH_URL")


def transfer(env, *args):
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "transfer_from", "staging", *args],
        env=env, cwd=ROOT, timeout=300, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def instances(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("transfer")
    key = secrets.token_urlsafe(48)  # 64 characters, the same on both sites
    base = {name: value for name, value in os.environ.items() if name not in LEFT_OUT}
    # The development settings serve media (DEBUG), as nginx or object storage does in production.
    base.update({"DJANGO_SETTINGS_MODULE": "cms.settings.dev", "PAGE_CACHE": "off", "PYTHONUNBUFFERED": "1"})
    drops, started, env, built = [], [], {}, {}
    try:
        for name in ("staging", "production"):
            url, drop = server_database(workdir, f"transfer-{name}")
            drops.append(drop)
            port = free_port()
            env[name] = {
                **base,
                "DATABASE_URL": url,
                "MEDIA_ROOT": str(workdir / f"media-{name}"),
                "SECRET_KEY": secrets.token_urlsafe(50),
                # Shared by the server and the commands, as Redis is in production: what a transfer
                # changes renews the generation the server's in-process copies are checked against.
                "CACHE_URL": f"filecache://{workdir / f'cache-{name}'}",
                "PORT": str(port),
                # Files are fetched from the address a site gives for them: its own.
                "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
            }
        env["staging"].update({"WAGTAILTRANSFER_ENABLED": "true", "WAGTAILTRANSFER_SECRET_KEY": key})
        env["production"]["WAGTAILTRANSFER_SOURCES"] = json.dumps(
            {"staging": {"BASE_URL": f"{env['staging']['WAGTAILADMIN_BASE_URL']}/wagtail-transfer/", "SECRET_KEY": key}}
        )
        manage(env["staging"], "migrate", "--noinput", "-v0")
        clone_database(env["staging"]["DATABASE_URL"], env["production"]["DATABASE_URL"])
        for name in ("staging", "production"):
            built[name] = site_script(env[name], name)
            _url, process, _log = start_gunicorn(env[name], workdir, name, workers=1, port=int(env[name]["PORT"]))
            started.append(process)
        yield {"env": env, "built": built, "key": key}
    finally:
        for process in started:
            stop(process)
        for drop in drops:
            drop()


def clone_database(source_url, target_url):
    """The migrated, still empty staging database as production's starting point (one migrate
    instead of two): a file copy on SQLite, a template copy on PostgreSQL."""
    if source_url.startswith("sqlite:///"):
        shutil.copyfile(source_url.removeprefix("sqlite:///"), target_url.removeprefix("sqlite:///"))
        return
    import psycopg

    admin_url = urlunsplit(urlsplit(target_url)._replace(path="/postgres"))
    source, target = urlsplit(source_url).path.lstrip("/"), urlsplit(target_url).path.lstrip("/")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')


def site_script(env, action):
    """Run tests/deploy/transfer_site.py against this site's database; its JSON answer."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.deploy.transfer_site", action],
        env=env, cwd=ROOT, check=True, timeout=300, capture_output=True, text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def counts_of(env):
    return site_script(env, "counts")


def test_unsigned_and_forged_requests_are_refused(instances):
    staging = instances["env"]["staging"]["WAGTAILADMIN_BASE_URL"] + "/wagtail-transfer/"
    page = instances["built"]["staging"]["index"]
    assert requests.get(f"{staging}api/pages/{page}/", timeout=30).status_code == 403
    forged = hmac.new(b"not-the-key" * 6, str(page).encode(), hashlib.sha1).hexdigest()
    assert requests.get(f"{staging}api/pages/{page}/", params={"digest": forged}, timeout=30).status_code == 403
    body = json.dumps({"auth.user": [1]})
    right = hmac.new(instances["key"].encode(), body.encode(), hashlib.sha1).hexdigest()
    response = requests.post(f"{staging}api/objects/", params={"digest": right}, data=body, timeout=30)
    assert response.status_code == 403 and b"pbkdf2" not in response.content


def test_dry_run_import_and_update(instances):
    env, built = instances["env"], instances["built"]
    production, staging = env["production"], env["staging"]
    index, home = built["staging"]["index"], built["production"]["home"]
    before = counts_of(production)

    # Dry run: every item with its language, nothing written.
    out = transfer(production, "--page", str(index), "--dest", str(home), "--dry-run")
    assert "Dry run, nothing written" in out
    lines = out.splitlines()
    for language, model, title in [
        ("de", "services.serviceindexpage", "Leistungen A–Z"),
        ("en", "services.serviceindexpage", "Services A–Z"),
        ("de", "services.servicepage", "Personalausweis beantragen"),
        ("en", "services.servicepage", "Applying for an identity card"),
        ("de", "services.office", "Bürgerbüro"),
        ("-", "wagtailimages.image", "Rathaus"),
        ("-", "wagtaildocs.document", "Antragsformular"),
    ]:
        assert any(line.split()[:3] == ["create", language, model] and line.endswith(title) for line in lines), (
            language, model, title, out,
        )
    assert counts_of(production) == before

    # The import.
    out = transfer(production, "--page", str(index), "--dest", str(home))
    assert "Transferred from staging" in out
    after = counts_of(production)
    assert after["pages"] == before["pages"] + 4
    assert (after["images"], after["documents"], after["offices"]) == (1, 1, 1)
    assert after["users"] == before["users"] and after["submissions"] == 0
    source = counts_of(staging)
    assert after["indexes"] == source["indexes"]  # titles, translation keys (linked as translations), image
    assert after["indexes"]["de"][1] == after["indexes"]["en"][1]
    assert after["services"]["de"][:3] == source["services"]["de"][:3]
    assert after["services"]["en"][:3] == source["services"]["en"][:3]
    assert after["services"]["de"][2] is True  # published
    # The document link points at production's own copy.
    assert f'id="{after["document_ids"][0]}"' in after["services"]["de"][4]
    # The office (a snippet) came with the services; both languages' services name it, as on staging.
    assert after["service_offices"] == source["service_offices"] == [["de", "Bürgerbüro", "de"], ["en", "Bürgerbüro", "de"]]
    # Production serves the section over HTTP, with the image file it fetched.
    url = production["WAGTAILADMIN_BASE_URL"]
    for path, text in [("/de/leistungen/personalausweis-beantragen/", "Personalausweis beantragen"),
                       ("/en/services/applying-for-an-identity-card/", "Applying for an identity card")]:
        response = requests.get(url + path, timeout=30)
        assert response.status_code == 200 and text in response.text, (path, response.status_code)

    # An edit on staging, then a second transfer: updated, nothing duplicated.
    manage(staging, "shell", "-c", (
        "from services.models import ServicePage; "
        f"p = ServicePage.objects.get(pk={built['staging']['service']}); "
        "p.title = 'Personalausweis und Reisepass beantragen'; p.save_revision().publish()"
    ))
    out = transfer(production, "--page", str(index), "--dry-run")
    assert any(line.split()[:3] == ["update", "de", "services.servicepage"] for line in out.splitlines()), out
    assert not any(line.startswith("create") and "page " in line for line in out.splitlines()), out
    transfer(production, "--page", str(index))
    again = counts_of(production)
    for name in ("pages", "images", "documents", "offices", "users"):
        assert again[name] == after[name], name
    assert again["services"]["de"][0] == "Personalausweis und Reisepass beantragen"
    assert again["services"]["de"][1] == after["services"]["de"][1]
    response = requests.get(url + "/de/leistungen/personalausweis-beantragen/", timeout=30)
    assert "Personalausweis und Reisepass beantragen" in response.text



@pytest.mark.parametrize(
    "args, message",
    [
        (["staging", "--page", "999999", "--dest", "{home}"], "answered 404"),
        (["staging", "--page", "{index}", "--dest", "999999"], "There is no page 999999 here"),
        (["elsewhere", "--page", "{index}", "--dest", "{home}"], "Unknown source 'elsewhere'"),
    ],
)
def test_bad_input_gets_a_clear_message(instances, args, message):
    ids = {"home": instances["built"]["production"]["home"], "index": instances["built"]["staging"]["index"]}
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "transfer_from", *(arg.format(**ids) for arg in args), "--dry-run"],
        env=instances["env"]["production"], cwd=ROOT, timeout=300, capture_output=True, text=True,
    )
    assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr, result.stderr


RELATED = "lebenslagen.relatedlebenslage"


def related_rows(env):
    """Umzug's related Lebenslagen here: {language: [[row id, target, order]]}, in order."""
    rows = counts_of(env)["rows"][RELATED]
    return {
        language: [[row[0], row[3], row[4]] for row in sorted(rows, key=lambda row: row[4]) if row[1] == language]
        for language in ("de", "en")
    }


def lines_of(out, action):
    return [line for line in out.splitlines() if line.split()[:1] == [action]]


def test_inline_rows_are_updated_in_place(instances):
    """Production's inline rows keep their ids across transfers, in both languages: unchanged when
    nothing changed, updated when a row changed, one removed when one was removed at staging, one
    added when one was added; never duplicated. The English rows too, although wagtail-localize
    makes them anew at staging on every sync."""
    env, built = instances["env"], instances["built"]
    production, staging = env["production"], env["staging"]
    home = built["production"]["home"]
    transfer(production, "--page", str(built["staging"]["index"]), "--dest", str(home))  # the service they link
    section = site_script(staging, "lebenslagen")
    instances["built"]["lebenslagen"] = section
    transfer(production, "--page", str(section["lebenslagen"]), "--dest", str(home))
    first = related_rows(production)
    assert {language: [row[1:] for row in rows] for language, rows in first.items()} == {
        "de": [["Heirat", 0], ["Geburt", 1]], "en": [["Heirat", 0], ["Geburt", 1]],
    }
    everything = counts_of(production)["rows"]
    assert len(everything["lebenslagen.lebenslageservice"]) == 2

    # Again, nothing changed at staging: the same rows, the same ids.
    out = transfer(production, "--page", str(section["lebenslagen"]), "--dry-run")
    assert not lines_of(out, "create") and not lines_of(out, "delete"), out
    transfer(production, "--page", str(section["lebenslagen"]))
    assert counts_of(production)["rows"] == everything

    # A row changed at staging (Heirat -> Hund): the same rows here, the first one says Hund.
    site_script(staging, "change")
    out = transfer(production, "--page", str(section["lebenslagen"]), "--dry-run")
    assert not lines_of(out, "create") and not lines_of(out, "delete"), out
    transfer(production, "--page", str(section["lebenslagen"]))
    changed = related_rows(production)
    for language in ("de", "en"):
        assert [row[0] for row in changed[language]] == [row[0] for row in first[language]], changed
        assert [row[1] for row in changed[language]] == ["Hund", "Geburt"], changed

    # A row removed at staging (Geburt): removed here, the other keeps its id.
    site_script(staging, "remove")
    out = transfer(production, "--page", str(section["lebenslagen"]), "--dry-run")
    assert sorted(line.split()[:3] for line in lines_of(out, "delete")) == [
        ["delete", "de", RELATED], ["delete", "en", RELATED],
    ], out
    transfer(production, "--page", str(section["lebenslagen"]))
    removed = related_rows(production)
    for language in ("de", "en"):
        assert removed[language] == [[first[language][0][0], "Hund", 0]], removed

    # A row added at staging (Heirat at the end): added here, the first keeps its id.
    site_script(staging, "add")
    out = transfer(production, "--page", str(section["lebenslagen"]), "--dry-run")
    assert sorted(line.split()[:3] for line in lines_of(out, "create")) == [
        ["create", "de", RELATED], ["create", "en", RELATED],
    ], out
    transfer(production, "--page", str(section["lebenslagen"]))
    added = related_rows(production)
    seen = {row[0] for rows in first.values() for row in rows}
    for language in ("de", "en"):
        assert [row[1:] for row in added[language]] == [["Hund", 0], ["Heirat", 1]], added
        assert added[language][0][0] == first[language][0][0]
        assert added[language][1][0] not in seen  # a new row
    after = counts_of(production)
    assert after["rows"]["lebenslagen.lebenslageservice"] == everything["lebenslagen.lebenslageservice"]
    assert after["rows"]["services.serviceoffice"] == everything["services.serviceoffice"]


def test_pages_gone_at_staging_are_unpublished_only_when_asked(instances):
    """A Lebenslage deleted at staging (in both languages): the dry run lists it here as left alone
    and names --unpublish-missing; with it, both languages are unpublished here, not deleted, their
    revisions kept. Production's own pages below the section are never touched."""
    env, built = instances["env"], instances["built"]
    production, staging = env["production"], env["staging"]
    section = built.get("lebenslagen")
    if section is None:  # run on its own
        test_inline_rows_are_updated_in_place(instances)
        section = built["lebenslagen"]
    site_script(production, "own-pages")
    site_script(staging, "delete")
    page = str(section["lebenslagen"])

    out = transfer(production, "--page", page, "--dry-run")
    gone = [line for line in out.splitlines() if "gone at the source" in line]
    assert sorted(line.split()[:3] for line in gone) == [
        ["leave", "de", "lebenslagen.lebenslagepage"], ["leave", "en", "lebenslagen.lebenslagepage"],
    ], out
    assert all("--unpublish-missing" in line for line in gone), out
    assert any(" Geburt  (page " in line for line in gone), out
    assert any("Having a baby" in line for line in gone), out
    assert any("Hier mit uid" in line and "not from the source" in line for line in lines_of(out, "leave")), out
    assert "Nur hier" not in out  # no uid at all: not from any source
    assert counts_of(production)["lebenslagen"]["de Geburt"] is True

    out = transfer(production, "--page", page, "--dry-run", "--unpublish-missing")
    assert sorted(line.split()[:3] for line in lines_of(out, "unpublish")) == [
        ["unpublish", "de", "lebenslagen.lebenslagepage"], ["unpublish", "en", "lebenslagen.lebenslagepage"],
    ], out
    assert "Dry run, nothing written" in out and "2 unpublish" in out
    assert counts_of(production)["lebenslagen"]["en Having a baby"] is True

    transfer(production, "--page", page, "--unpublish-missing")
    after = counts_of(production)
    assert after["lebenslagen"]["de Geburt"] is False and after["lebenslagen"]["en Having a baby"] is False
    assert after["lebenslagen"]["de Nur hier"] is True and after["lebenslagen"]["de Hier mit uid"] is True
    assert after["lebenslagen"]["de Umzug"] is True and after["lebenslagen"]["en Moving house"] is True
    assert after["revisions"]["de Geburt"] >= 2  # kept, with the unpublishing logged
    url = production["WAGTAILADMIN_BASE_URL"]
    assert requests.get(url + "/de/lebenslagen/geburt/", timeout=30).status_code == 404
    assert requests.get(url + "/de/lebenslagen/umzug/", timeout=30).status_code == 200
    assert requests.get(url + "/de/lebenslagen/nur-hier/", timeout=30).status_code == 200

    out = transfer(production, "--page", page, "--dry-run", "--unpublish-missing")
    assert not lines_of(out, "unpublish") and "unpublished already" in out, out


def admin_session(url, username):
    session = requests.Session()
    session.get(f"{url}/admin/login/", timeout=30)
    response = session.post(
        f"{url}/admin/login/",
        data={"username": username, "password": "prod-password-1", "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        timeout=30,
    )
    assert response.status_code == 200 and "/admin/login/" not in response.url, (username, response.url)
    return session


def test_the_admin_imports_both_languages_after_showing_the_plan(instances):
    """The admin's Import screen (production's real admin over HTTP): a superuser sees the plan with
    each item's language, in German or English as the admin is, nothing written yet; confirming
    imports the section in German and English, linked as translations and published. CSRF is
    checked; an editor without the transfer permission is refused; wagtail-transfer's own
    one-language screen leads here."""
    env, built = instances["env"], instances["built"]
    production, staging = env["production"], env["staging"]
    url = production["WAGTAILADMIN_BASE_URL"]
    site_script(production, "admins")
    section = site_script(staging, "standard")
    screen = f"{url}/admin/transfer/"

    german = admin_session(url, "admin-de")
    page = german.get(screen, timeout=30)
    assert page.status_code == 200 and "Inhalte von einer anderen Instanz importieren" in page.text, page.text[-2000:]
    assert german.get(f"{url}/admin/", timeout=30).text.count('"url": "/admin/transfer/"') >= 1
    assert "wagtail-transfer/choose/" not in german.get(f"{url}/admin/", timeout=30).text
    old = german.get(f"{url}/admin/wagtail-transfer/choose/", timeout=30)
    assert old.url == screen, old.url

    form = {"source": "staging", "page": str(section["about"]), "dest": str(built["production"]["home"]),
            "translations": "on"}
    before = counts_of(production)
    # Without the CSRF token: refused.
    assert german.post(screen, data={**form, "confirm": "preview"}, timeout=60).status_code == 403

    token = german.cookies["csrftoken"]
    preview = german.post(screen, data={**form, "confirm": "preview", "csrfmiddlewaretoken": token}, timeout=120)
    assert preview.status_code == 200, preview.text[-3000:]
    assert "Was der Import tun wird" in preview.text and "anlegen" in preview.text
    for language in ("de", "en"):
        assert f'data-action="create" data-language="{language}" data-model="cms.standardpage"' in preview.text, preview.text
    assert counts_of(production)["pages"] == before["pages"]
    previewed = preview.text.split('name="previewed" value="')[1].split('"')[0]

    # The form changed after the preview: nothing imported, the plan shown again.
    changed = german.post(screen, data={**form, "dest": "", "confirm": "import", "previewed": previewed,
                                        "csrfmiddlewaretoken": token}, timeout=120)
    assert changed.status_code == 200 and counts_of(production)["pages"] == before["pages"]

    done = german.post(screen, data={**form, "confirm": "import", "previewed": previewed, "csrfmiddlewaretoken": token},
                       timeout=300)
    assert done.status_code == 200 and "Importiert von staging" in done.text, done.text[-3000:]
    after = counts_of(production)
    assert after["pages"] == before["pages"] + 4
    imported = after["standard"]
    assert set(imported) == {"de Über die Stadt", "de Partnerstädte", "en About the town", "en Twin towns"}, imported
    assert imported["de Über die Stadt"][0] == imported["en About the town"][0]  # linked as translations
    assert all(live for _key, live, _path in imported.values())
    assert requests.get(f"{url}/en/about-the-town/twin-towns/", timeout=30).status_code == 200

    # In English for an English admin.
    english = admin_session(url, "admin-en")
    page = english.get(screen, timeout=30)
    assert "Import content from another instance" in page.text and "Show what will happen" in page.text

    # An editor without the transfer permission: refused, and no menu item.
    editor = admin_session(url, "editor")
    refused = editor.get(screen, timeout=30, allow_redirects=False)
    assert refused.status_code in (302, 403) and "Show what will happen" not in refused.text
    assert '"url": "/admin/transfer/"' not in editor.get(f"{url}/admin/", timeout=30).text
    posted = editor.post(screen, data={**form, "confirm": "import", "previewed": previewed,
                                       "csrfmiddlewaretoken": editor.cookies["csrftoken"]},
                         timeout=60, allow_redirects=False)
    assert posted.status_code in (302, 403)
    assert counts_of(production)["pages"] == after["pages"]
