import pytest

from tests.deploy.stack import S3Server


@pytest.fixture(scope="session")
def s3(tmp_path_factory):
    """A local S3-compatible server (moto in server mode, its own process) with Stadtportal's two buckets."""
    server = S3Server(tmp_path_factory.mktemp("s3"))
    yield server
    server.stop()


def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (`--dist loadgroup`) the two-instance transfer tests share one worker, which
    builds the two instances once."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        if "tests/deploy/test_transfer_two_instances.py" in item.nodeid:
            item.add_marker(pytest.mark.xdist_group("transfer-two-instances"))
