"""Production: every secret and host comes from the environment, or the site does not start."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def require_env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
# Certificates of volunteering must outlive a change of SECRET_KEY: their key is set apart.
CERTIFICATE_SIGNING_KEY = require_env("CERTIFICATE_SIGNING_KEY")
ALLOWED_HOSTS = [host.strip() for host in require_env("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]
require_env("DATABASE_URL")  # base.py reads it; production never falls back to SQLite
# Workers keep their database connection between requests: opening one costs more than a page.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))  # noqa: F405
# A connection that broke (the database restarted) is dropped at the next request, not kept:
# a query before each request's first. Behind PgBouncer the connection is to PgBouncer, which
# keeps it through a restart of the database and checks its own to the server: no query.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = DATABASE_POOLER != "pgbouncer"  # noqa: F405
# A database host that does not answer gives a 503 after this many seconds, not a hung worker
# (PostgreSQL's option; SQLite has no host to wait for).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(  # noqa: F405
        os.environ.get("DB_CONNECT_TIMEOUT", "5")
    )
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
# Where the file-based backend writes each e-mail (a local cluster's: deploy/cluster.py).
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"
# A mail server that does not answer fails the task instead of holding the worker forever.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Rate limits and live figures count in a cache that every worker shares (django-ratelimit
# supports Redis, not the database cache); Redis also carries the news of a publish. A Redis
# that does not answer within REDIS_TIMEOUT seconds is left alone for a few seconds, and each
# worker counts in its own memory meanwhile (site/cache.py): a dead Redis slows no request.
REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.5"))
CACHES["default"] = {  # noqa: F405
    "BACKEND": "core.cache_backends.RedisOrLocalMemoryCache",
    "LOCATION": require_env("REDIS_URL"),
    "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT, "SOCKET_TIMEOUT": REDIS_TIMEOUT},
}
# django-ratelimit warns of any backend it does not list; this one is django-redis's own.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

# Off behind Varnish, which is the page cache then (base.py).
CACHE_MIDDLEWARE_SECONDS = (
    0 if FRONTEND_CACHE_URL else int(os.environ.get("PAGE_CACHE_SECONDS", "5"))  # noqa: F405
)

TEMPLATES[0]["APP_DIRS"] = False  # noqa: F405
TEMPLATES[0]["OPTIONS"]["loaders"] = [  # noqa: F405
    (
        "django.template.loaders.cached.Loader",
        [
            "django.template.loaders.filesystem.Loader",
            "django.template.loaders.app_directories.Loader",
        ],
    )
]
