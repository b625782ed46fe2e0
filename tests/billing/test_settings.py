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


STRIPE = {"STRIPE_SECRET_KEY": "sk_test_" + "k" * 24, "STRIPE_WEBHOOK_SECRET": "whsec_" + "w" * 24}


def test_production_refuses_stripe_without_its_webhook_secret(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="STRIPE_WEBHOOK_SECRET"):
        load_production(monkeypatch, **{**STRIPE, "STRIPE_WEBHOOK_SECRET": None})


def test_production_refuses_a_plain_http_stripe_api(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="STRIPE_API_URL must be https"):
        load_production(monkeypatch, **STRIPE, STRIPE_API_URL="http://127.0.0.1:8766")


def test_production_offers_both_providers_municipal_platform_first(monkeypatch):
    module = load_production(monkeypatch, **PMPAYMENT, **STRIPE)
    assert module.BILLING_VARIANTS == ["pmpayment", "stripe"]
    handler, config = module.PAYMENT_VARIANTS["stripe"]
    assert handler == "billing.providers.stripe.StripeProvider"
    assert config == {
        "api_key": STRIPE["STRIPE_SECRET_KEY"],
        "webhook_secret": STRIPE["STRIPE_WEBHOOK_SECRET"],
        "endpoint": "https://api.stripe.com",
    }


def test_stripe_alone_without_pmpayment(monkeypatch):
    module = load_production(monkeypatch, PMPAYMENT_URL=None, **STRIPE)
    assert module.BILLING_VARIANTS == ["stripe"]
