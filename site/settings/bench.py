"""`make bench`: the production settings, served over plain HTTP on 127.0.0.1 from the bench's
own database, with the sign-up limits raised so that every generated sign-up counts."""

import os

os.environ.setdefault("REDIS_URL", "none")  # the bench runs without Redis when there is none

from .production import *  # noqa: E402, F403

BENCH = True
CAMPAIGN_JOIN_RATE = "1000000/m"
API_RATE = "1000000/m"
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = False
STATIC_ROOT = os.environ["BENCH_DIR"] + "/static"
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
if os.environ["REDIS_URL"] == "none":
    # Shared by the workers, like Redis, so that rate limits still count across them.
    CACHES["default"] = {  # noqa: F405
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": f"{os.environ['BENCH_DIR']}/cache",
    }
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
