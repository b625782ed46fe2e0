"""Production refuses to start with a payment variant whose secrets are missing, and starts with them."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.security.test_production_config import load_production

PMPAYMENT = {
    "PMPAYMENT_URL": "https://payment.example/",
    "PMPAYMENT_AGS": "05999000",
    "PMPAYMENT_PROCEDURE": "sperrmuell",
    "PMPAYMENT_SALT": "s" * 32,
}


@pytest.fixture(autouse=True)
def _restore_settings_modules():
    yield
    import sys

    sys.modules.pop("cms.settings.production", None)
    sys.modules.pop("cms.settings.base", None)


@pytest.mark.parametrize("missing", ["PMPAYMENT_AGS", "PMPAYMENT_PROCEDURE", "PMPAYMENT_SALT"])
def test_production_refuses_pmpayment_without_its_secrets(monkeypatch, missing):
    with pytest.raises(ImproperlyConfigured, match=missing):
        load_production(monkeypatch, **{**PMPAYMENT, missing: None})


def test_production_refuses_a_short_salt_or_plain_http(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="PMPAYMENT_SALT"):
        load_production(monkeypatch, **{**PMPAYMENT, "PMPAYMENT_SALT": "short"})
    with pytest.raises(ImproperlyConfigured, match="https"):
        load_production(monkeypatch, **{**PMPAYMENT, "PMPAYMENT_URL": "http://payment.example/"})


def test_production_offers_pmpayment_with_its_secrets(monkeypatch):
    module = load_production(monkeypatch, **PMPAYMENT)
    assert module.BILLING_VARIANTS == ["pmpayment"]
    assert module.PAYMENT_VARIANTS["pmpayment"][1]["salt"] == "s" * 32


def test_no_variant_without_an_endpoint(monkeypatch):
    module = load_production(monkeypatch, PMPAYMENT_URL=None)
    assert module.BILLING_VARIANTS == []
