"""Settings shared by every environment. Values that differ between machines come from the
environment (or a `.env` file next to manage.py), read with django-environ."""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# Overridden per environment; production refuses the placeholder.
SECRET_KEY = env("SECRET_KEY", default="insecure-development-key-not-for-production")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    # Project apps first, so their templates override those of the libraries. From the top floor
    # down (docs/architecture.md): the project, the feature apps, the search service, the ground floor.
    "cms",
    "home",
    "news",
    "digitalisation",
    "feedback",
    "editorial",
    "accounts",
    "lebenslagen",
    "services",
    "search",
    "translation_status",
    "twofactor",
    "visits",
    "council",
    "onlineforms",
    "bookings",
    "billing",
    "core",
    # Translation
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_transfer",
    "axes",
    # The staff second factor (twofactor/, docs/twofactor.md): TOTP apps and one-time recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    "modelcluster",
    "taggit",
    "django_filters",
    # Mail and background work
    "anymail",
    "django_tasks",
    "django_tasks_db",
    # Online payment (billing/): django-payments' app label is "payments"
    "payments",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Refuses an oversized form upload from its Content-Length before the CSRF check reads the body.
    "onlineforms.middleware.FormUploadLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The second factor: which device verified this session, and holding a staff session at the
    # code or enrolment step until it is verified (docs/twofactor.md).
    "django_otp.middleware.OTPMiddleware",
    "twofactor.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it sees the login views' answers (django-axes: login lockout).
    "axes.middleware.AxesMiddleware",
]

# --- queries: the site, locales and page route from in-process caches (core/sitecache.py) ---
MIDDLEWARE.insert(MIDDLEWARE.index("core.middleware.LocaleMiddleware") + 1, "core.middleware.PageLookupMiddleware")
# --- end queries ---

# --- pagecache: the full-page cache for anonymous visitors; see docs/caching.md ---
# The app sits on the lowest floor (below core); its middleware right below WhiteNoise, so a hit
# skips everything else. PAGE_CACHE=off renders every request (the headers for a front cache are
# still sent). The cache's state lives in the default cache (CACHES), which must be shared (Redis)
# when more than one process serves.
INSTALLED_APPS.insert(INSTALLED_APPS.index("core") + 1, "pagecache")
MIDDLEWARE.insert(MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1, "pagecache.middleware.PageCacheMiddleware")
PAGECACHE_ENABLED = env.str("PAGE_CACHE", default="on").strip().lower() not in ("off", "0", "false", "no")
# Seconds an answer is kept (also s-maxage and X-Accel-Expires for the front cache), at most; an
# earlier "opens at", "live now" or alert boundary ends it sooner, a change at once.
PAGECACHE_TIMEOUT = env.int("PAGE_CACHE_TIMEOUT", default=3600)
# Browsers keep a page this long without asking (they cannot be purged); 0: they ask every time
# and get a 304 while it is unchanged.
PAGECACHE_BROWSER_TTL = env.int("PAGE_CACHE_BROWSER_TTL", default=0)
# Query parameters some page reads; an address with any other parameter is rendered, not stored.
# Search results (?q=) are not among them: each search is counted and rate-limited (docs/caching.md).
PAGECACHE_QUERY_PARAMS = frozenset(
    {"page", "letter", "untranslated", "video", "audience", "lebenslage", "committee", "category", "kind", "show", "year", "tag"}
)
PAGECACHE_MAX_VARIANTS = env.int("PAGE_CACHE_MAX_VARIANTS", default=200)  # query strings per address
PAGECACHE_MAX_SIZE = 2 * 1024 * 1024  # bytes; larger answers are not stored
# Each process keeps up to this many bytes of checked entries in memory; a hit then costs one read
# of the shared generation instead of reading and unpickling the entry and its tags' versions.
PAGECACHE_LOCAL_BYTES = env.int("PAGE_CACHE_LOCAL_BYTES", default=32 * 1024 * 1024)
# Seconds a hit may rely on the generation its process read last instead of reading it again:
# another process's change is then served within this time (this process's own at once). 0 when
# a front cache is purged (WAGTAILFRONTENDCACHE): every hit reads it. docs/caching.md.
PAGECACHE_GENERATION_TRUST = env.float("PAGE_CACHE_GENERATION_TRUST", default=0.05)
# --- end pagecache ---

# --- visits: visit counts per page and day, nothing about the visitor; see docs/visits.md ---
# Who counts: "django" (the middleware above the page cache and the WSGI entrance), "nginx-log"
# (manage.py import_visits reads nginx's visits log; with the nginx front cache in front) or "off".
# Exactly one, so no visit is counted twice.
VISITS_SOURCE = env.str("VISITS_SOURCE", default="django").strip().lower()
MIDDLEWARE.insert(MIDDLEWARE.index("pagecache.middleware.PageCacheMiddleware"), "visits.middleware.VisitsMiddleware")
# Seconds a process keeps its counts in memory before adding them to the shared cache (one round trip).
VISITS_BUFFER_SECONDS = env.float("VISITS_BUFFER_SECONDS", default=5.0)
# Days the daily rows are kept; older ones are added up per month (manage.py prune_visits).
VISITS_RETENTION_DAYS = env.int("VISITS_RETENTION_DAYS", default=400)
# --- end visits ---

# Public pages load nothing from another host (django-csp). Video and stream players are allowed as
# frames, but a page only inserts one after the visitor has clicked to agree. The admin, which needs
# inline scripts, keeps Wagtail's own rules.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/", "/wagtail-transfer/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "media-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "object-src": ["'none'"],
    },
}
# Browser features no page of ours uses (django-permissions-policy).
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
    "interest-cohort": [],
}

# Submissions' reference numbers: <prefix>-<year>-<number>, e.g. SP-2026-000123.
FORM_REFERENCE_PREFIX = env.str("FORM_REFERENCE_PREFIX", default="SP")

# Public holidays on which no bulky waste is collected: the state's (ISO 3166-2 code without "DE-"),
# from the holidays library.
BOOKINGS_HOLIDAY_STATE = env.str("BOOKINGS_HOLIDAY_STATE", default="NW")

# Online payment of fees (docs/billing.md): django-payments with billing's providers. A variant is
# configured when its endpoint is set; BILLING_VARIANTS are those offered to citizens, in this order.
PAYMENT_MODEL = "billing.Payment"
PAYMENT_VARIANT_FACTORY = "billing.providers.provider_factory"
PAYMENT_HOST = env.str("PAYMENT_HOST", default="localhost")  # django-payments needs one; billing uses the request's
PAYMENT_USES_SSL = env.bool("PAYMENT_USES_SSL", default=False)
PAYMENT_VARIANTS = {}
if env.str("PMPAYMENT_URL", default=""):
    PAYMENT_VARIANTS["pmpayment"] = (
        "billing.providers.pmpayment.PmPaymentProvider",
        {
            "endpoint": env.str("PMPAYMENT_URL"),
            "ags": env.str("PMPAYMENT_AGS", default=""),
            "procedure": env.str("PMPAYMENT_PROCEDURE", default=""),
            "salt": env.str("PMPAYMENT_SALT", default=""),
        },
    )
# Stripe Checkout (cards and wallets): configured when the secret key is set. The webhook secret is
# the endpoint's signing secret (whsec_..., Stripe's dashboard: Developers -> Webhooks, endpoint
# <site>/payments/process/stripe/); STRIPE_API_URL only for a local simulator.
STRIPE_SECRET_KEY = env.str("STRIPE_SECRET_KEY", default="")
STRIPE_WEBHOOK_SECRET = env.str("STRIPE_WEBHOOK_SECRET", default="")
STRIPE_API_URL = env.str("STRIPE_API_URL", default="https://api.stripe.com")
if STRIPE_SECRET_KEY:
    PAYMENT_VARIANTS["stripe"] = (
        "billing.providers.stripe.StripeProvider",
        {"api_key": STRIPE_SECRET_KEY, "webhook_secret": STRIPE_WEBHOOK_SECRET, "endpoint": STRIPE_API_URL},
    )
# The municipal platform first, the card provider second (the pay page's radio group in this order).
BILLING_VARIANTS = [v for v in ("pmpayment", "stripe") if v in PAYMENT_VARIANTS]
# How long a pickup (or anything else that waits for its fee) is held for the payment.
BILLING_HOLD_MINUTES = env.int("BILLING_HOLD_MINUTES", default=30)

# The StreamBlocks that feature apps' pages are composed of (core.fields.ComposedStreamField): the
# project composes them from the apps' blocks in cms/blocks.py.
STADTPORTAL_STREAMBLOCKS = {"service_body": "cms.blocks.ServiceBodyBlock", "news_body": "cms.blocks.NewsBodyBlock"}

# Logins (admin and front end) go through django-axes first: too many failures for one account or
# from one address lock further attempts for AXES_COOLOFF_TIME, the right password included.
AUTHENTICATION_BACKENDS = [
    "cms.auth.ThrottledBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.site_home",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: SQLite file in the project folder unless DATABASE_URL says otherwise,
# e.g. postgres://postgres@127.0.0.1:5432/stadtportal (psycopg 3).
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the demo server read while a background worker writes.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault("init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
    DATABASES["default"]["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German is the default and the source language, English the second.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# One date, time and number format per language (cms/formats/__init__.py).
FORMAT_MODULE_PATH = ["cms.formats"]
TIME_ZONE = "Europe/Berlin"
USE_TZ = True

# Static and media files. WhiteNoise serves static files from the app server,
# without a separate web server and without any third-party host.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
# --- stateless: media on object storage, the shared cache and sessions; see docs/deployment.md ---
# Media (Wagtail's images, renditions and documents; online forms' private uploads) stays on this
# machine's disk (MEDIA_ROOT, and a private folder beside it) unless AWS_STORAGE_BUCKET_NAME names an
# S3-compatible bucket. Then it goes there through django-storages (core/storage.py) and no app server
# keeps a file of its own. Production refuses a half-done configuration (production.py).
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
# Citizens' uploads: a bucket of their own (best), or the same bucket under a prefix of their own.
AWS_PRIVATE_STORAGE_BUCKET_NAME = env.str("AWS_PRIVATE_STORAGE_BUCKET_NAME", default="")
AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default="") or None  # empty: AWS itself
AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default="") or None
AWS_ACCESS_KEY_ID = env.str("AWS_ACCESS_KEY_ID", default="") or None
AWS_SECRET_ACCESS_KEY = env.str("AWS_SECRET_ACCESS_KEY", default="") or None
AWS_S3_ADDRESSING_STYLE = env.str("AWS_S3_ADDRESSING_STYLE", default="") or None  # "path" or "virtual"
# Prefixes: originals and documents (private objects), renditions (the one public prefix: a bucket
# policy opens it, core.storage.public_read_policy), private uploads.
AWS_LOCATION = env.str("AWS_LOCATION", default="media").strip("/")
AWS_PUBLIC_LOCATION = env.str("AWS_PUBLIC_LOCATION", default="public").strip("/")
AWS_PRIVATE_LOCATION = env.str("AWS_PRIVATE_LOCATION", default="private").strip("/")
# Renditions' URLs on a host of the town's own (a CDN or the bucket's web endpoint), e.g. media.stadt.example.
AWS_S3_CUSTOM_DOMAIN = env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None
AWS_S3_URL_PROTOCOL = env.str("AWS_S3_URL_PROTOCOL", default="https:")
# Signed URLs to private objects (only the app itself uses them) expire after this many seconds.
AWS_QUERYSTRING_EXPIRE = env.int("AWS_QUERYSTRING_EXPIRE", default=300)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "core.storage.MediaStorage", "OPTIONS": {"location": AWS_LOCATION}}
    STORAGES["renditions"] = {"BACKEND": "core.storage.PublicMediaStorage", "OPTIONS": {"location": AWS_PUBLIC_LOCATION}}
    # Pages show renditions from the bucket (or AWS_S3_CUSTOM_DOMAIN): the CSP allows that origin for images.
    if AWS_S3_CUSTOM_DOMAIN:
        MEDIA_ORIGIN = f"{AWS_S3_URL_PROTOCOL}//{AWS_S3_CUSTOM_DOMAIN}"
    elif AWS_S3_ENDPOINT_URL:
        _endpoint = urlsplit(AWS_S3_ENDPOINT_URL)
        _host = _endpoint.netloc if AWS_S3_ADDRESSING_STYLE == "path" else f"{AWS_STORAGE_BUCKET_NAME}.{_endpoint.netloc}"
        MEDIA_ORIGIN = f"{_endpoint.scheme}://{_host}"
    else:
        MEDIA_ORIGIN = f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{AWS_S3_REGION_NAME or 'us-east-1'}.amazonaws.com"
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] = [*CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"], MEDIA_ORIGIN]
if AWS_PRIVATE_STORAGE_BUCKET_NAME:
    STORAGES["private"] = {
        "BACKEND": "core.storage.PrivateStorage",
        "OPTIONS": {"bucket_name": AWS_PRIVATE_STORAGE_BUCKET_NAME, "location": AWS_PRIVATE_LOCATION},
    }
# Renditions go to STORAGES["renditions"] where it exists, else to the default storage (core/media.py).
WAGTAILIMAGES_RENDITION_STORAGE = "core.media.rendition_storage"
# Documents always go through Wagtail's serve view, which checks collection privacy on every download
# and sends them with Content-Disposition, nosniff and a CSP of their own; it streams them from
# the bucket (never a redirect to a bucket URL, which would outlive the check).
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Cache: local memory unless REDIS_URL (or CACHE_URL) is set. Shared state between app servers lives
# here (rate limits, the page cache, generation keys of in-process caches, cached sessions), so
# production requires a shared one (stadtportal.E005). CACHE_KEY_PREFIX separates sites on one Redis.
CACHES = {"default": env.cache("CACHE_URL", default=env.str("REDIS_URL", default="locmemcache://"))}
CACHES["default"]["KEY_PREFIX"] = env.str("CACHE_KEY_PREFIX", default="")
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # Django's Redis cache, keeping one client per connection pool (cms/cache.py: Django builds a
    # new client, 0.1 ms of CPU, for every call).
    CACHES["default"]["BACKEND"] = "cms.cache.RedisCache"
    # A Redis that does not answer fails a request within seconds instead of hanging the worker.
    CACHES["default"].setdefault("OPTIONS", {}).update(socket_connect_timeout=2, socket_timeout=2)
# Sessions: in the database, read through the cache when the cache is shared (cached_db): a login
# survives a Redis restart or eviction, and every app server sees a logout at once. With a
# per-process cache each server would keep its own copy, so sessions are then read from the database.
SHARED_CACHE = CACHES["default"]["BACKEND"] not in (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db" if SHARED_CACHE else "django.contrib.sessions.backends.db"
# --- end stateless ---

DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000  # largest demo admin edit posts ~350 (tests/security/test_form_input.py)

# E-mail through django-anymail; the provider is chosen in production settings.
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
# The sender of the site's e-mails, e.g. "Stadt Musterstadt <noreply@musterstadt.de>".
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Stadtportal <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ANYMAIL = {}
# Delivery/bounce webhooks of the configured provider under /anymail/<provider>/tracking/.
EMAIL_TRACKING = env.bool("EMAIL_TRACKING", default=False)

# Background work: django-tasks with the database backend (`manage.py db_worker`).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Wagtail
# The name of the installation (admin, and the site name new site settings start with).
WAGTAIL_SITE_NAME = env.str("SITE_NAME", default="Stadtportal")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# --- search: owned by the search app (search/); see docs/search.md ---
# Default: Wagtail's database backend (SQLite FTS5; PostgreSQL full text with the German
# configuration for German pages and the English one for English pages).
# With ELASTICSEARCH_URL (e.g. https://user:pass@search.internal:9200): Elasticsearch 8 or 9
# (ELASTICSEARCH_VERSION), one index set per language with German decompounding and stemming
# and English stemming; see search/backends/elasticsearch.py.
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
if ELASTICSEARCH_URL:
    # Imported only when configured: the module brings in the Elasticsearch client.
    from search.backends.elasticsearch import backend_settings

    WAGTAILSEARCH_BACKENDS = backend_settings(
        ELASTICSEARCH_URL,
        version=env.int("ELASTICSEARCH_VERSION", default=8),
        prefix=env.str("ELASTICSEARCH_INDEX_PREFIX", default="stadtportal"),
    )
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.database",
            "SEARCH_CONFIG": "simple",
            "SEARCH_CONFIGS": {"de": "german", "en": "english"},
        }
    }
# --- end search ---
# --- frontcache: the nginx front cache (deploy/nginx/, docs/deployment.md "Front cache") ---
# FRONTEND_CACHE_PURGE_URL: where Wagtail sends its PURGE requests, e.g. http://127.0.0.1:80 (the
# nginx in front of this app; several front caches comma-separated). Unset: no front cache, nothing
# is sent. The page cache (pagecache/) purges every address it invalidates through Wagtail's
# frontend-cache utilities (wagtail.contrib.frontend_cache.utils); Wagtail's own app is not
# installed, so its page_published handler does not purge the same pages a second time.
FRONTEND_CACHE_PURGE_URLS = env.list("FRONTEND_CACHE_PURGE_URL", default=[])
if FRONTEND_CACHE_PURGE_URLS:
    WAGTAILFRONTENDCACHE = {
        f"nginx{number}": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
        for number, url in enumerate(FRONTEND_CACHE_PURGE_URLS, start=1)
    }
# The addresses purged are the ones served, in each language; Wagtail must not turn /de/... into
# /en/... (the slugs differ between languages).
WAGTAILFRONTENDCACHE_LANGUAGES = []
# --- end frontcache ---
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip", "vtt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Editors are told in the admin what a page's translation state is.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# --- translation_status (docs/translation-status.md) ---
# English pages whose German source changed tell visitors so after this many days.
TRANSLATION_STALE_NOTICE_DAYS = env.int("TRANSLATION_STALE_NOTICE_DAYS", default=14)
# Machine translation in wagtail-localize's editor, only with a DeepL key (never required). A free
# API key (ending in ":fx") is sent to api-free.deepl.com, any other to api.deepl.com.
DEEPL_API_KEY = env.str("DEEPL_API_KEY", default="")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translation_status.machine_translation.BritishEnglishDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY, "TIMEOUT": 30},
    }
# --- end translation_status ---

# wagtail-transfer: content moves between staging and production instances. Off unless switched on;
# its API is mounted only with a secret of at least 50 characters (cms/transfer.py).
WAGTAILTRANSFER_ENABLED = env.bool("WAGTAILTRANSFER_ENABLED", default=False)
WAGTAILTRANSFER_SECRET_KEY = env.str("WAGTAILTRANSFER_SECRET_KEY", default="")
WAGTAILTRANSFER_SOURCES = env.json("WAGTAILTRANSFER_SOURCES", default={})
# Staging is the source of truth for what a transferred section uses: images, documents and offices
# are brought up to date, not only created when missing. Image tags do not travel (docs/transfer.md).
WAGTAILTRANSFER_UPDATE_RELATED_MODELS = ["wagtailimages.image", "wagtaildocs.document", "services.office"]
WAGTAILTRANSFER_FOLLOWED_REVERSE_RELATIONS = []

# Security defaults that hold everywhere; production tightens transport security.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
LANGUAGE_COOKIE_NAME = "stadtportal_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Client addresses and rate limits (cms/throttle.py). TRUSTED_PROXIES lists the networks of the
# reverse proxies in front of the app (CIDRs, comma-separated, e.g. "10.0.0.0/8,127.0.0.1"); only
# their X-Forwarded-For entries are believed, read from the right. Counters live in the default
# cache, which must be shared (Redis) in production.
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])
RATELIMIT_USE_CACHE = "default"
RATELIMITS = {
    # scope: "count/period" (s, m, h, d; e.g. "10/15m")
    "forms": env.str("RATELIMIT_FORMS", default="10/h"),
    "search": env.str("RATELIMIT_SEARCH", default="60/m"),
    "page_password": env.str("RATELIMIT_PAGE_PASSWORD", default="10/15m"),  # per client
    "page_password_target": env.str("RATELIMIT_PAGE_PASSWORD_TARGET", default="100/15m"),  # per restriction
    "email_recipient": env.str("RATELIMIT_EMAIL_RECIPIENT", default="5/d"),
    "feedback": env.str("RATELIMIT_FEEDBACK", default="30/h"),  # votes and comments per client
    "feedback_page": env.str("RATELIMIT_FEEDBACK_PAGE", default="3/d"),  # votes per client and page
}

# --- feedback: "Was this page helpful?" (feedback/, docs/feedback.md) ---
FEEDBACK_REVIEW_THRESHOLD = env.float("FEEDBACK_REVIEW_THRESHOLD", default=0.5)  # share of "yes"
FEEDBACK_REVIEW_MIN_VOTES = env.int("FEEDBACK_REVIEW_MIN_VOTES", default=10)
FEEDBACK_REVIEW_WINDOW_DAYS = env.int("FEEDBACK_REVIEW_WINDOW_DAYS", default=90)
FEEDBACK_COMMENT_RETENTION_DAYS = env.int("FEEDBACK_COMMENT_RETENTION_DAYS", default=90)
# --- end feedback ---

# --- accounts: the citizen account (accounts/, docs/accounts.md) ---
# Sign-in through the city's OpenID Connect provider (state service account, BundID's OIDC gateway):
# switched on when issuer and client id are set; the secret comes from the environment only.
ACCOUNTS_OIDC_ISSUER = env.str("ACCOUNTS_OIDC_ISSUER", default="")
ACCOUNTS_OIDC_CLIENT_ID = env.str("ACCOUNTS_OIDC_CLIENT_ID", default="")
ACCOUNTS_OIDC_CLIENT_SECRET = env.str("ACCOUNTS_OIDC_CLIENT_SECRET", default="")
ACCOUNTS_OIDC_SCOPES = env.str("ACCOUNTS_OIDC_SCOPES", default="openid email profile")
ACCOUNTS_OIDC_NAME = env.str("ACCOUNTS_OIDC_NAME", default="BundID")  # shown on the button
ACCOUNTS_OIDC_REDIRECT_URI = env.str("ACCOUNTS_OIDC_REDIRECT_URI", default="")  # default: /konto/oidc/callback/ of the request's host
ACCOUNTS_OIDC_LEEWAY = env.int("ACCOUNTS_OIDC_LEEWAY", default=60)  # seconds of clock skew allowed
ACCOUNTS_EMAIL_SIGN_IN = env.bool("ACCOUNTS_EMAIL_SIGN_IN", default=True)  # sign-in link by e-mail
ACCOUNTS_LINK_MINUTES = env.int("ACCOUNTS_LINK_MINUTES", default=15)
ACCOUNTS_SESSION_HOURS = env.int("ACCOUNTS_SESSION_HOURS", default=8)
ACCOUNTS_COOKIE_NAME = "stadtportal_konto"  # not Django's session cookie: public pages stay cacheable
if ACCOUNTS_OIDC_ISSUER:
    # Signing out (a form) ends at the provider's logout page: browsers apply form-action to that redirect.
    _issuer = urlsplit(ACCOUNTS_OIDC_ISSUER)
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["form-action"] = [
        *CONTENT_SECURITY_POLICY["DIRECTIVES"]["form-action"],
        f"{_issuer.scheme}://{_issuer.netloc}",
    ]
RATELIMITS.update(
    {
        "accounts_sign_in": env.str("RATELIMIT_ACCOUNTS_SIGN_IN", default="10/15m"),  # failed sign-ins per client
        "accounts_email": env.str("RATELIMIT_ACCOUNTS_EMAIL", default="10/h"),  # links asked for per client
        "accounts_feed": env.str("RATELIMIT_ACCOUNTS_FEED", default="120/h"),  # private calendar feed per client
    }
)
# --- end accounts ---

AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one locks
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.throttle.client_ip"
AXES_LOCKOUT_CALLABLE = "cms.auth.locked_out"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False
AXES_ENABLE_ADMIN = False

# Second factor for staff (docs/twofactor.md): who must have one. "off" (nobody), "all" (everyone
# with admin access), or group names, where "superusers" stands for every superuser. Comma-separated
# in the environment. Whoever has a confirmed device is always asked for its code.
# Production's default is "superusers,Redaktion"; dev and test default to off.
TWOFACTOR_REQUIRED = env.list("TWOFACTOR_REQUIRED", default=["off"])
OTP_TOTP_ISSUER = env.str("OTP_TOTP_ISSUER", default="Stadtportal")

# Production settings set this; system checks that only matter there look at it.
STADTPORTAL_PRODUCTION = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}

# Shown to translators in the admin.
LANGUAGE_NAMES = {"de": _("German"), "en": _("English")}
