"""Finding 4 (the address part): behind the documented proxy the leftmost, client-written
X-Forwarded-For entry was trusted, and the proxy setting could not be set from the environment."""

import pytest
from django.test import RequestFactory

from core.throttle import client_ip

PROXIES = ["10.0.0.0/8", "192.168.1.5"]


def request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        # No trusted proxy in front: the header is the client's own words and ignored.
        ("203.0.113.9", "1.2.3.4", "203.0.113.9"),
        # From a trusted proxy: the rightmost entry the proxy appended is the client ...
        ("10.0.0.2", "198.51.100.7", "198.51.100.7"),
        # ... whatever the client put in front of it.
        ("10.0.0.2", "1.2.3.4, 198.51.100.7", "198.51.100.7"),
        # Two proxies of ours: skip both from the right.
        ("10.0.0.2", "6.6.6.6, 198.51.100.7, 192.168.1.5", "198.51.100.7"),
        ("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.3.3.3", "198.51.100.7"),
        # Garbage ends the walk at the last proxy we trust.
        ("10.0.0.2", "198.51.100.7, not-an-address", "10.0.0.2"),
        # Only proxies: the leftmost of them.
        ("10.0.0.2", "10.1.1.1", "10.1.1.1"),
        # IPv6 works too.
        ("10.0.0.2", "2001:db8::1", "2001:db8::1"),
        ("10.0.0.2", "", "10.0.0.2"),
    ],
)
def test_client_address_behind_trusted_proxies(settings, remote, forwarded, expected):
    settings.TRUSTED_PROXIES = PROXIES
    assert client_ip(request(remote, forwarded)) == expected


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip(request("10.0.0.2", "198.51.100.7")) == "10.0.0.2"


def test_trusted_proxies_come_from_the_environment(monkeypatch):
    import importlib
    import sys

    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8,127.0.0.1")
    sys.modules.pop("cms.settings.base", None)
    base = importlib.import_module("cms.settings.base")
    assert base.TRUSTED_PROXIES == ["10.0.0.0/8", "127.0.0.1"]
    sys.modules.pop("cms.settings.base", None)
