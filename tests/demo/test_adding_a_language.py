"""`manage.py add_language ca` on a copy of the demo without Catalan, drafted by a real APY
(tests/apertium.py), then seen in Chromium as a visitor sees it."""

import shutil

import pytest
from django.core.management import call_command
from django.utils.translation import trans_real
from wagtail.models import Locale, Page

from challenges.models import ChallengeTemplate
from pages.models import Navigation, Tag
from tests.demo.browsers import axe_violations


@pytest.fixture
def demo_without_catalan(settings, tmp_path):
    """The demo as it was before it shipped Catalan (the test's savepoint brings Catalan back),
    with catalogs of the test's own, the committed Catalan one left out."""
    for home in Page.objects.filter(locale__language_code="ca", depth=2):
        home.delete()
    Navigation.objects.filter(locale__language_code="ca").delete()
    Tag.objects.filter(locale__language_code="ca").delete()
    ChallengeTemplate.objects.filter(locale__language_code="ca").delete()
    Locale.objects.filter(language_code="ca").delete()
    for language in ("fr", "en", "es"):
        shutil.copytree(settings.LOCALE_PATHS[0] / language, tmp_path / language)
    settings.LOCALE_PATHS = [tmp_path]
    return tmp_path


@pytest.mark.browser
def test_add_language_brings_catalan_up_on_a_copy_of_the_demo(
    request, client, apertium, demo_without_catalan, django_capture_on_commit_callbacks
):
    assert client.get("/ca/").status_code == 404
    # What its commit does: the workers forget the languages they served (core/cache.py).
    with django_capture_on_commit_callbacks(execute=True):
        call_command("add_language", "ca")
    # The new catalog, as after a restart. Not through monkeypatch, which would put back the
    # catalogs read before it (Catalan's missing); the settings' restore empties them anyway.
    trans_real._translations = {}

    # The browser once the command is done: Playwright's event loop then runs in this thread.
    page = request.getfixturevalue("page_in")()
    page.goto("http://testserver/es/")
    switcher = page.get_by_role("navigation", name="Elegir idioma")
    assert switcher.locator('a[hreflang="ca"]').get_attribute("href") == "/ca/"
    page.goto("http://testserver/ca/")
    assert page.locator("html").get_attribute("lang") == "ca"
    notice = page.get_by_role("note")
    assert notice.inner_text().startswith("Aquesta pàgina")
    assert page.locator('link[rel=alternate][hreflang="ca"]').count() == 1
    assert axe_violations(page) == []
