from .base import *  # noqa: F403
from .base import INSTALLED_APPS, MIDDLEWARE, env

DEBUG = env.bool("DEBUG", default=True)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["*"])
# Serve files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

if DEBUG:
    # Django's debug pages use inline styles and scripts: the policy is reported, not enforced.
    CONTENT_SECURITY_POLICY_REPORT_ONLY = CONTENT_SECURITY_POLICY  # noqa: F405
    CONTENT_SECURITY_POLICY = None
    # A missing page shows the site's own 404 page (skip link, navigation, both languages), not Django's.
    MIDDLEWARE = [*MIDDLEWARE, "cms.middleware.SiteNotFoundPageMiddleware"]
    DEBUG_TECHNICAL_404 = env.bool("DEBUG_TECHNICAL_404", default=False)

# The demo town: `manage.py seed_demo` and its content; its sender address (the site name comes
# with the seed, demo/content/site.yaml).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
DEFAULT_FROM_EMAIL = SERVER_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Stadt Lindenfeld <noreply@lindenfeld.example>"
)

# The demo pays at the local simulators of pmPayment and Stripe (`make serve` starts them: manage.py
# payment_simulator), unless a real PMPAYMENT_URL or STRIPE_SECRET_KEY is configured. The salt and
# keys are the simulators' defaults, not secrets (and no real Stripe key looks like them).
if not PAYMENT_VARIANTS and env.bool("DEMO_PAYMENT_SIMULATOR", default=True):  # noqa: F405
    PAYMENT_VARIANTS = {
        "pmpayment": (
            "billing.providers.pmpayment.PmPaymentProvider",
            {
                "endpoint": env.str("PAYMENT_SIMULATOR_URL", default="http://127.0.0.1:8765"),
                "ags": "05999000",
                "procedure": "lindenfeld-demo",
                "salt": "demo-salt-not-secret",
            },
        ),
        "stripe": (
            "billing.providers.stripe.StripeProvider",
            {
                "api_key": "sk_test_simulator",
                "webhook_secret": "whsec_simulator_not_secret",
                "endpoint": env.str("STRIPE_SIMULATOR_URL", default="http://127.0.0.1:8766"),
            },
        ),
    }
    BILLING_VARIANTS = ["pmpayment", "stripe"]
