"""Settings shared by every environment; dev, test and production extend them."""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "pages",
    "campaigns",
    "challenges",
    "organisations",
    "volunteers",
    "search",
    "impact",
    "demo",
    "bench",
    "crowdtime",
    "core",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    # Wagtail's front-end cache, with receivers that purge every page that shows the one
    # published, once the publish commits.
    "pages.frontend_cache.FrontendCacheConfig",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "django_ratelimit",
    "django_tasks_db",  # production's task queue (TASKS); its tables exist everywhere
    "django_countries",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # Keeps anonymous visitors' pages; site/wsgi.py serves them before Django's handler.
    "crowdtime.page_cache.PageCacheMiddleware",
    # Compresses what the page cache keeps, so cached pages are served compressed as well.
    "crowdtime.middleware.CompressionMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outside everything that may answer in their place (the redirect from / to /fr/, a
    # missing slash's redirect, static files), so that every response carries these headers.
    "crowdtime.middleware.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "crowdtime.middleware.ContentSecurityPolicyMiddleware",
    # /healthz, for the load balancer: before the session, the site's lookup and the rest.
    "crowdtime.health.HealthCheckMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # How long Varnish may keep an answer, when it is in front (FRONTEND_CACHE_URL).
    "crowdtime.middleware.FrontendCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "crowdtime.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "crowdtime.middleware.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "organisations.admin_scope.PageScopeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # The first to read the query and the body, once the language is chosen; every answer
    # carries the security headers, set outside all of these.
    "crowdtime.middleware.MalformedRequestMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "volunteers.middleware.RefusedFormStatusMiddleware",
    "core.machine_translation.MachineTranslationUnavailableMiddleware",
]

# The page cache (site/page_cache.py): anonymous visitors' pages kept this many
# seconds (0: off, the default outside production). Five seconds also bounds how stale a
# campaign's counter can be on a cached page. Pages, the fragments templates cache with
# {% wagtailcache %} and image renditions are kept in each worker's memory and emptied in every
# worker once a change to a page, an image or the navigation commits (core/cache.py: the
# project's code reaches them only through it, the page cache included); "default" is shared
# (Redis in production).
CACHE_MIDDLEWARE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
CACHE_MIDDLEWARE_KEY_PREFIX = "pages"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "core.cache.LocalCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 1000},
    },
    "template_fragments": {
        "BACKEND": "core.cache.LocalCache",
        "LOCATION": "template_fragments",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
    "renditions": {
        "BACKEND": "core.cache.LocalCache",
        "LOCATION": "renditions",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

# The front-end cache (Varnish), when FRONTEND_CACHE_URL names it (e.g. http://127.0.0.1:6081,
# which must accept PURGE from the app nodes). It is then the page cache, and the per-worker
# one above is off: a page a worker kept would be fetched into Varnish after a publish had
# purged it there, and kept an hour. Anonymous visitors' pages tell it how long to keep them
# (crowdtime.middleware.FrontendCacheMiddleware): LIVE_FIGURES_SECONDS those that show live
# figures (participants, contributions, statistics), FRONTEND_CACHE_SECONDS the others, which a
# publish purges once it commits (pages/frontend_cache.py).
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
FRONTEND_CACHE_SECONDS = int(os.environ.get("FRONTEND_CACHE_SECONDS", "3600"))
LIVE_FIGURES_SECONDS = int(os.environ.get("LIVE_FIGURES_SECONDS", "5"))
WAGTAILFRONTENDCACHE = (
    {"varnish": {"BACKEND": "core.frontend_cache.HTTPBackend", "LOCATION": FRONTEND_CACHE_URL}}
    if FRONTEND_CACHE_URL
    else {}
)
# Wagtail would purge a page's path under every language prefix; translations have slugs of
# their own, so pages/frontend_cache.py purges each translation's address instead.
WAGTAILFRONTENDCACHE_LANGUAGES = []
if FRONTEND_CACHE_URL:
    CACHE_MIDDLEWARE_SECONDS = 0

# How long each worker keeps a fragment or what core/cache.py remembers, in every template's
# {% wagtailcache %} too: a publish empties them sooner, so this bounds how long a worker that
# missed the news of one serves what it replaced.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "300"))

ROOT_URLCONF = "crowdtime.urls"
WSGI_APPLICATION = "crowdtime.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "core.cache.fragment_seconds",
            ],
        },
    },
]

# One URL for the database; SQLite in the project folder when it is not set.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def for_transaction_pooling(database: dict) -> dict:
    """The database settings made safe for PgBouncer in transaction pooling, which hands each
    transaction of a connection to whichever server connection is free: what a session leaves
    on its server connection is lost to it, or found by another client. So, no server-side
    cursors (`.iterator()`, in the reminders and digests, declares one that later transactions
    read: tests/site/test_pgbouncer.py), and no prepared statements (Django 5.2 leaves
    psycopg's off already; kept off whatever OPTIONS say). Nothing else in the code needs a
    session: no advisory locks, LISTEN/NOTIFY (publishes are announced on Redis), temporary tables or
    SET outside a transaction (searched for); the time zone Django sets on connecting is one
    of the parameters PgBouncer keeps per client and sets again on each server connection."""
    return {
        **database,
        "DISABLE_SERVER_SIDE_CURSORS": True,
        "OPTIONS": {**database.get("OPTIONS", {}), "prepare_threshold": None},
    }


# DATABASE_POOLER=pgbouncer: DATABASE_URL names a PgBouncer in transaction pooling.
DATABASE_POOLER = os.environ.get("DATABASE_POOLER", "")
if DATABASE_POOLER == "pgbouncer":
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured("DATABASE_POOLER=pgbouncer needs a PostgreSQL DATABASE_URL")
    DATABASES["default"] = for_transaction_pooling(DATABASES["default"])
elif DATABASE_POOLER:
    raise ImproperlyConfigured(f"DATABASE_POOLER: unknown pooler {DATABASE_POOLER!r}")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: LANGUAGES_ENABLED lists them, comma-separated; the first is the default language,
# the one `/` falls back to. A new one is added with `manage.py add_language` (see the README).
# Each is named in its own language, as Django's LANG_INFO names it.
LANGUAGES_ENABLED = [
    code.strip()
    for code in os.environ.get("LANGUAGES_ENABLED", "fr,en,es,ca").split(",")
    if code.strip()
]
_unknown = [code for code in LANGUAGES_ENABLED if code not in LANG_INFO]
if _unknown or not LANGUAGES_ENABLED:
    raise ImproperlyConfigured(f"LANGUAGES_ENABLED: Django knows no language {_unknown}")
LANGUAGE_CODE = LANGUAGES_ENABLED[0]
LANGUAGES = [
    (code, LANG_INFO[code]["name_local"][:1].upper() + LANG_INFO[code]["name_local"][1:])
    for code in LANGUAGES_ENABLED
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_TZ = True

# A new translation stays a draft until someone reviews it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation by Apertium's web service (APY) on our own servers, never a third party's:
# with no APERTIUM_URL, the translation editor offers no "Machine translate" button.
# 32 random bytes in base64; unset outside production, a key derived from SECRET_KEY signs
# certificates (volunteers/signing.py).
CERTIFICATE_SIGNING_KEY = os.environ.get("CERTIFICATE_SIGNING_KEY", "")
APERTIUM_URL = os.environ.get("APERTIUM_URL", "")
APERTIUM_TIMEOUT = float(os.environ.get("APERTIUM_TIMEOUT", "20"))
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = (
    {"CLASS": "core.machine_translation.ApertiumTranslator"} if APERTIUM_URL else None
)

STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Uploaded images served by Django itself (site/views.py), for a node with no web server in
# front but a cache that keeps them (one machine behind Varnish); documents never are. Off by
# default, production included: a web server or object storage serves them better.
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "false").lower() == "true"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Files browsers ask for at the site's root whatever the pages say (/favicon.ico), drawn by
# `manage.py draw_icons`. Their address never changes, unlike the static files' hashed ones:
# kept a month, not WhiteNoise's minute.
WHITENOISE_ROOT = PROJECT_DIR / "root"
ROOT_FILES_MAX_AGE = 30 * 24 * 3600


def _root_file_headers(headers, path, url):
    if Path(path).parent == WHITENOISE_ROOT:
        headers["Cache-Control"] = f"public, max-age={ROOT_FILES_MAX_AGE}"


WHITENOISE_ADD_HEADERS_FUNCTION = _root_file_headers

WAGTAIL_SITE_NAME = "Crowdtime"
# Moderation notices as HTML with their text part, like the site's other e-mails
# (templates/wagtailadmin/notifications/).
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    # Full-text search on PostgreSQL, SQLite's full-text index otherwise (search/backend.py).
    # On PostgreSQL each page is indexed, and searched, with its language's configuration
    # (search/migrations/0001: accents dropped, then stemmed); objects without a language and
    # languages not listed get SEARCH_CONFIG (accents dropped, no stemming).
    "default": {
        "BACKEND": "search.backend",
        "SEARCH_CONFIG": "crowdtime_simple",
        "SEARCH_CONFIGS": {
            "fr": "crowdtime_french",
            "en": "crowdtime_english",
            "es": "crowdtime_spanish",
            "ca": "crowdtime_catalan",
        },
    },
}
# Documents download through Wagtail's view, which applies their collection's privacy (an
# organisation's documents are for its staff and the editors); never from MEDIA_URL, which the
# web server must not serve for documents/.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
TAGGIT_CASE_INSENSITIVE = True
# The admin would otherwise ask releases.wagtail.org for new versions from editors' browsers.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Nor load avatars from gravatar.com, which the admin's policy refuses (broken images): the
# admin shows its default avatar, or the one an editor uploads.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Security headers. Production adds HSTS and secure cookies, and redirects to HTTPS but the
# load balancer's probes, which come to the node itself in plain HTTP (crowdtime/health.py).
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views allow their own same-origin frame
# Powerful browser features the site never uses, refused to it and to anything it would frame
# (crowdtime.middleware.PermissionsPolicyMiddleware: Django has no setting for this header).
# Only features Chromium knows: it reports an unknown one in the console of every page.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_HTTPONLY = True

# Public pages load nothing from another host and run no inline code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# Wagtail's editor needs inline scripts and styles, and previews pages in a frame.
CONTENT_SECURITY_POLICY_ADMIN = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
# Paths of the admin: the relaxed policy above, and no language prefix.
ADMIN_PATH_PREFIXES = ("/admin/",)

# Volunteer accounts (django-allauth): log in with an e-mail address, verified before use.
# Wagtail's admin keeps its own log-in page.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SIGNUP_FORM_CLASS = "volunteers.forms.VolunteerSignupForm"
# The same work for a taken address as for a new one (volunteers/signup.py).
ACCOUNT_FORMS = {"signup": "volunteers.signup.EvenSignupForm"}
# Its e-mails, in the site's words and with its name in their subjects (volunteers/adapter.py).
ACCOUNT_ADAPTER = "volunteers.adapter.AccountAdapter"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# Stated here, not left to allauth's defaults, so that they are read and tested.
ACCOUNT_RATE_LIMITS = {
    "signup": os.environ.get("ACCOUNT_SIGNUP_RATE", "10/m/ip,60/h/ip"),
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
}
# Failed log-ins to Wagtail's admin, in allauth's syntax: per client address ("ip") and per
# username ("key"); past either, the admin log-in answers 429 until the window ends.
ADMIN_LOGIN_RATE = os.environ.get("ADMIN_LOGIN_RATE", "10/m/ip,5/5m/key")
LOGIN_REDIRECT_URL = "volunteers:dashboard"
LOGIN_URL = "account_login"

# How many proxies stand in front of the site, each appending to X-Forwarded-For (the cluster
# has two: Varnish, then HAProxy): the client address every rate limit counts by is the
# PROXY_COUNT-th entry from the right, or REMOTE_ADDR with none (core/clients.py). Entries
# further left are the client's to write, and are never read.
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))
RATELIMIT_IP_META_KEY = "core.clients.client_address"  # allauth's: volunteers/adapter.py

# Campaign sign-ups: how many a client address may send (django-ratelimit syntax), and how
# long the private link in the confirmation e-mail works.
CAMPAIGN_JOIN_RATE = os.environ.get("CAMPAIGN_JOIN_RATE", "20/h")
PARTICIPATION_LINK_MAX_AGE = 60 * 60 * 24 * 365
# Contributions, marks and reports each volunteer may send.
CHALLENGE_ACTION_RATE = os.environ.get("CHALLENGE_ACTION_RATE", "30/h")
# Organisations' applications per client address.
ORGANISATION_APPLICATION_RATE = os.environ.get("ORGANISATION_APPLICATION_RATE", "5/h")
# Fetches of each volunteer's calendar feed: calendar apps fetch from a few shared servers, so
# the limit is per feed, not per client address.
CALENDAR_FEED_RATE = os.environ.get("CALENDAR_FEED_RATE", "60/h")
# Invitations each staff member may send.
INVITATION_RATE = os.environ.get("INVITATION_RATE", "20/h")
# Requests to the read-only API (/api/v2/) per client address.
API_RATE = os.environ.get("API_RATE", "120/m")
# The API's pages of results: `?limit=` at most this. (Its search is off in site/api.py,
# not with WAGTAILAPI_SEARCH_ENABLED, which would turn off the admin's page search too.)
WAGTAILAPI_LIMIT_MAX = 50

# Background work (e-mails, search indexing): at once in development and tests; production
# queues it in the database for `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# A task RUNNING for longer than this is taken for one whose worker died, and queued again
# (manage.py db_worker, site/management/commands/db_worker.py).
TASK_RUNNING_TIMEOUT = int(os.environ.get("TASK_RUNNING_TIMEOUT", "600"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Crowdtime <noreply@localhost>")
# E-mails sent on schedule (manage.py send_due_emails): at most this many a minute, queued as
# one task per batch (core/due_emails.py).
EMAIL_RATE_PER_MINUTE = int(os.environ.get("EMAIL_RATE_PER_MINUTE", "600"))
EMAIL_BATCH_SIZE = int(os.environ.get("EMAIL_BATCH_SIZE", "100"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # One line per background task and per page action is noise outside debugging.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # WeasyPrint tells each step of every certificate's PDF.
        "weasyprint.progress": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},  # ... and how it cuts the font to the letters used
    },
}

# Uploaded media: storage that every app node sees ---------------------------------------------
# MEDIA_STORAGE=filesystem (the default): MEDIA_ROOT, a folder that the nodes of one machine
# share. MEDIA_STORAGE=s3: a bucket of Amazon S3 or of an S3-compatible service, through
# django-storages (core/storage.py), for nodes on several machines. The bucket holds what the
# folder does: original_images/ (uploads as sent, camera metadata included), documents/ and
# images/ (Wagtail's renditions, the only pictures visitors load). Objects get no ACL: the
# bucket stays private, and only images/ is made public, by the bucket's policy
# (`manage.py media_bucket_policy`) or by a CDN at AWS_S3_CUSTOM_DOMAIN. Originals and
# documents are read with the node's credentials; documents reach visitors only through
# Wagtail's view, which applies their collection's privacy (WAGTAILDOCS_SERVE_METHOD), and any
# URL of them made by the storage is signed and expires.
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "filesystem")
if MEDIA_STORAGE == "s3":
    from urllib.parse import urlsplit

    from botocore.config import Config as BotocoreConfig

    AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
    if not AWS_STORAGE_BUCKET_NAME:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
    # Unset, boto3 looks further: an instance's or a container's role, ~/.aws.
    AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID") or None
    AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY") or None
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None  # unset: Amazon S3
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_SIGNATURE_VERSION = "s3v4"
    AWS_DEFAULT_ACL = None  # the bucket's own (private); buckets without ACLs refuse any other
    AWS_QUERYSTRING_AUTH = True  # a URL of a private object is signed...
    AWS_QUERYSTRING_EXPIRE = 600  # ... for 10 minutes: an editor's link, never a page's
    # An upload never replaces another file of the same name (django-storages' default does).
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_MAX_MEMORY_SIZE = 5 * 1024 * 1024  # a larger file read waits on disk, not in memory
    # A store that does not answer fails a request within seconds, not boto3's minute, and is
    # asked twice at most; the page then shows the picture as missing (core/storage.py).
    MEDIA_STORAGE_TIMEOUT = float(os.environ.get("MEDIA_STORAGE_TIMEOUT", "5"))
    AWS_S3_CLIENT_CONFIG = BotocoreConfig(
        connect_timeout=MEDIA_STORAGE_TIMEOUT,
        read_timeout=MEDIA_STORAGE_TIMEOUT,
        retries={"mode": "standard", "max_attempts": 2},
    )
    # Renditions' public address, built without asking the store: the CDN's, else the
    # service's, path-style, else Amazon's. Stable (unsigned), so pages and browsers can keep it.
    if custom_domain := os.environ.get("AWS_S3_CUSTOM_DOMAIN"):
        renditions_protocol = "https:"
    elif AWS_S3_ENDPOINT_URL:
        endpoint = urlsplit(AWS_S3_ENDPOINT_URL)
        renditions_protocol = f"{endpoint.scheme}:"
        custom_domain = f"{endpoint.netloc}/{AWS_STORAGE_BUCKET_NAME}"
    else:
        renditions_protocol = "https:"
        region = f".{AWS_S3_REGION_NAME}" if AWS_S3_REGION_NAME else ""
        custom_domain = f"{AWS_STORAGE_BUCKET_NAME}.s3{region}.amazonaws.com"
    MEDIA_PUBLIC_ORIGIN = f"{renditions_protocol}//{custom_domain.split('/')[0]}"
    STORAGES["default"] = {"BACKEND": "core.storage.ObjectStorage"}
    # Options plain JSON values: Wagtail's task that deletes a file rebuilds its storage from them.
    STORAGES["renditions"] = {
        "BACKEND": "core.storage.ObjectStorage",
        "OPTIONS": {
            "querystring_auth": False,
            "custom_domain": custom_domain,
            "url_protocol": renditions_protocol,
            # A rendition's name changes with its original or its focal point.
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(MEDIA_PUBLIC_ORIGIN)
    CONTENT_SECURITY_POLICY_ADMIN["img-src"].append(MEDIA_PUBLIC_ORIGIN)
elif MEDIA_STORAGE != "filesystem":
    raise ImproperlyConfigured(f"MEDIA_STORAGE is 'filesystem' or 's3', not {MEDIA_STORAGE!r}.")
