import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

PROJECT = Path(settings.BASE_DIR)
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "ALLOWED_HOSTS": "crowdtime.example.org",
    "DATABASE_URL": "sqlite:////tmp/crowdtime-production-check.sqlite3",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "CERTIFICATE_SIGNING_KEY": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
}


def manage(*args, **env):
    base = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    return subprocess.run(  # noqa: S603 (our own manage.py, fixed arguments)
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env={**base, "DJANGO_SETTINGS_MODULE": "crowdtime.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_refuses_to_start_without_its_secrets(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = manage("check", **env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set in production" in result.stderr


def test_production_settings_pass_the_deployment_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_public_pages_send_a_strict_security_policy(client, site):
    response = client.get("/fr/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_the_admin_gets_the_relaxed_policy_its_editor_needs(client):
    csp = client.get("/admin/login/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in csp
    assert "frame-ancestors 'self'" in csp


@pytest.mark.django_db
def test_public_pages_load_nothing_from_other_hosts(client, articles):
    for url in ["/fr/", articles[0].url, "/es/search/?q=temps"]:
        html = client.get(url).content.decode()
        for attribute in ("src", "href"):
            for value in re.findall(
                rf'<(?:script|link|img|iframe)[^>]*\s{attribute}="([^"]+)"', html
            ):
                assert value.startswith(("/", "http://testserver", "http://127.0.0.1:8000")), value
