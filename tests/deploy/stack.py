"""The services a deployment test starts or finds: a local S3-compatible server (moto in server mode),
Redis, a PostgreSQL database of its own, and gunicorn. Each is gated: a test that needs a service this
machine does not have skips and says which one, unless REQUIRE_<SERVICE>=1 asks it to fail instead."""

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.servers import free_port, postgres_database_at, stop, wait_until_answers  # noqa: F401 (the tests import them from here)

ROOT = Path(__file__).resolve().parents[2]
S3_KEY, S3_SECRET, S3_REGION = "stadtportal-test", "stadtportal-test-secret", "eu-central-1"
MEDIA_BUCKET, PRIVATE_BUCKET = "stadtportal-media", "stadtportal-private"
MEDIA_LOCATION, PUBLIC_LOCATION, PRIVATE_LOCATION = "media", "public", "private"


def unavailable(service, reason):
    if os.environ.get(f"REQUIRE_{service.upper()}") == "1":
        pytest.fail(f"REQUIRE_{service.upper()}=1 but {reason}", pytrace=False)
    pytest.skip(f"needs {service}: {reason} (set REQUIRE_{service.upper()}=1 to fail instead)")


# --- S3: moto in server mode -------------------------------------------------------------------


class S3Server:
    """A moto server on a free port with the media bucket (renditions public by bucket policy, as
    docs/deployment.md tells operators to set it) and the private bucket (no policy at all)."""

    def __init__(self, workdir):
        try:
            import boto3  # noqa: F401
            import moto.server  # noqa: F401
        except ImportError as error:
            unavailable("s3", f"moto[server] and boto3 are not installed ({error}); run make install-dev")
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.log = Path(workdir) / "moto.log"
        with open(self.log, "w") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**os.environ, "MOTO_PORT": str(self.port)},
            )
        wait_until_answers(f"{self.endpoint}/moto-api/", self.process, self.log)
        self.client().create_bucket(Bucket=MEDIA_BUCKET, CreateBucketConfiguration={"LocationConstraint": S3_REGION})
        self.client().create_bucket(Bucket=PRIVATE_BUCKET, CreateBucketConfiguration={"LocationConstraint": S3_REGION})
        from core.storage import public_read_policy

        self.client().put_bucket_policy(Bucket=MEDIA_BUCKET, Policy=public_read_policy(MEDIA_BUCKET, PUBLIC_LOCATION))

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=S3_KEY,
            aws_secret_access_key=S3_SECRET,
            region_name=S3_REGION,
        )

    def keys(self, bucket):
        return [entry["Key"] for entry in self.client().list_objects_v2(Bucket=bucket).get("Contents", [])]

    def object_url(self, bucket, key):
        """The object's plain (unsigned) address, path style: what anyone on the internet could try."""
        return f"{self.endpoint}/{bucket}/{key}"

    def environment(self):
        """The environment variables that put a Stadtportal's media on this server."""
        return {
            "AWS_STORAGE_BUCKET_NAME": MEDIA_BUCKET,
            "AWS_PRIVATE_STORAGE_BUCKET_NAME": PRIVATE_BUCKET,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": S3_REGION,
            "AWS_S3_ADDRESSING_STYLE": "path",
            "AWS_ACCESS_KEY_ID": S3_KEY,
            "AWS_SECRET_ACCESS_KEY": S3_SECRET,
            "AWS_LOCATION": MEDIA_LOCATION,
            "AWS_PUBLIC_LOCATION": PUBLIC_LOCATION,
            "AWS_PRIVATE_LOCATION": PRIVATE_LOCATION,
        }

    def storages(self, staticfiles):
        """STORAGES for a test process: what cms/settings/base.py builds from environment()."""
        common = {
            "endpoint_url": self.endpoint,
            "region_name": S3_REGION,
            "addressing_style": "path",
            "access_key": S3_KEY,
            "secret_key": S3_SECRET,
        }
        return {
            "default": {
                "BACKEND": "core.storage.MediaStorage",
                "OPTIONS": {**common, "bucket_name": MEDIA_BUCKET, "location": MEDIA_LOCATION},
            },
            "renditions": {
                "BACKEND": "core.storage.PublicMediaStorage",
                "OPTIONS": {**common, "bucket_name": MEDIA_BUCKET, "location": PUBLIC_LOCATION},
            },
            "private": {
                "BACKEND": "core.storage.PrivateStorage",
                "OPTIONS": {**common, "bucket_name": PRIVATE_BUCKET, "location": PRIVATE_LOCATION},
            },
            "staticfiles": staticfiles,
        }

    def stop(self):
        stop(self.process)


def anonymous_get(url):
    """(status, body) of a GET without any credentials, as a stranger's browser would send it."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url), timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


# --- Redis --------------------------------------------------------------------------------------


def redis_url():
    """REDIS_URL, or the Redis on this machine's default port; skips when it does not answer."""
    url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    try:
        import redis
    except ImportError:
        unavailable("redis", "the redis package is not installed")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1).ping()
    except redis.RedisError as error:
        unavailable("redis", f"{url} does not answer ({error})")
    return url


def delete_prefixed(url, prefix):
    import redis

    client = redis.Redis.from_url(url)
    for key in client.scan_iter(match=f"{prefix}*", count=500):
        client.delete(key)


# --- PostgreSQL ---------------------------------------------------------------------------------


def postgres_database(name):
    """A fresh PostgreSQL database `name` on the server DATABASE_URL points at: (url, drop)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        unavailable("postgres", "DATABASE_URL does not point at PostgreSQL")
    import psycopg

    try:
        return postgres_database_at(url, name)
    except psycopg.Error as error:
        unavailable("postgres", f"cannot create a database next to {urlsplit(url).netloc} ({error})")


def manage(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT, check=True, timeout=600, **kwargs
    )


def run_json(env, module):
    """Run `python -m module` with these settings; it prints one line of JSON at the end."""
    result = subprocess.run(
        [sys.executable, "-m", module], env=env, cwd=ROOT, check=True, timeout=600, capture_output=True, text=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def start_gunicorn(env, workdir, name, workers=2, port=None):
    port = port or free_port()
    log = Path(workdir) / f"gunicorn-{name}.log"
    with open(log, "w") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "cms.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--timeout",
                "60",
                "--access-logfile",
                "-",
            ],
            env=env,
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    wait_until_answers(f"{base}/robots.txt", process, log)
    return base, process, log
