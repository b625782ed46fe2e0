import pytest

from tests.deploy.stack import S3Server


@pytest.fixture(scope="session")
def s3(tmp_path_factory):
    """A local S3-compatible server (moto in server mode, its own process) with Stadtportal's two buckets."""
    server = S3Server(tmp_path_factory.mktemp("s3"))
    yield server
    server.stop()
