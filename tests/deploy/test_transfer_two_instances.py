"""Staging to production with wagtail-transfer (docs/transfer.md): two real servers (gunicorn), each on
its own database (SQLite files, or two PostgreSQL databases when DATABASE_URL points at PostgreSQL),
talking over real HTTP. Production runs `manage.py transfer_from staging`: the dry run lists what it
would create with each item's language and writes nothing; the import brings the German section, its
English translation (linked: same translation_key), the image, the document and the offices; a second
transfer after an edit on staging updates and duplicates nothing. The source's API refuses unsigned
and forged requests, and users and submissions never travel."""

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
