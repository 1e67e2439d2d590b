import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale

from pages.models import StandardPage
from tests.conftest import LANGUAGES, translation_of

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


def switcher_links(html: str) -> dict[str, str]:
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {lang: href for href, lang in re.findall(r'<a href="([^"]+)" lang="([\w-]+)"', nav)}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("es-ES,es;q=0.9", "/es/"), ("en-GB,en;q=0.8", "/en/"), ("de-DE,de", "/fr/"), ("", "/fr/")],
)
def test_root_redirects_by_browser_language_falling_back_to_french(
    client, site, accept_language, expected
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
def test_language_switcher_leads_to_the_same_article_in_each_language(client, articles):
    article = articles[0]
    links = switcher_links(client.get(article.url).content.decode())
    for language in LANGUAGES:
        assert links[language] == translation_of(article, language).url
        page = client.get(links[language])
        assert page.status_code == 200
        assert translation_of(article, language).title in page.content.decode()


@pytest.mark.django_db
def test_switcher_falls_back_to_the_home_page_when_a_page_is_not_translated(client, home):
    draft_only = home.add_child(
        instance=StandardPage(title="Seulement en français", slug="seulement", body=[])
    )
    links = switcher_links(client.get(draft_only.url).content.decode())
    assert links["fr"] == "/fr/seulement/"
    assert links["en"] == "/en/"
    assert links["es"] == "/es/"


@pytest.mark.django_db
def test_search_keeps_its_query_when_switching_language(client, site):
    links = switcher_links(client.get("/fr/search/?q=temps").content.decode())
    assert links["es"] == "/es/search/?q=temps"


@pytest.mark.django_db
def test_interface_strings_are_translated(client, site):
    assert "Aller au contenu principal" in client.get("/fr/").content.decode()
    assert "Saltar al contenido principal" in client.get("/es/").content.decode()
    assert "Skip to main content" in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_unknown_language_prefix_gets_a_not_found_page(client, site):
    response = client.get("/de/articles/", follow=True)
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


@pytest.mark.django_db
def test_a_fourth_right_to_left_language_is_a_settings_line(client, home):
    languages = [*settings.LANGUAGES, ("ar", "العربية")]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        arabic = Locale.objects.create(language_code="ar")
        home.copy_for_translation(arabic).save_revision().publish()
        response = client.get("/ar/")
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="ar" dir="rtl">' in html
        assert 'hreflang="ar"' in html


@pytest.mark.parametrize("language", [*LANGUAGES, "ca"])
def test_catalogs_are_complete(language):
    with open(LOCALE_DIR / language / "LC_MESSAGES" / "django.po", "rb") as po:
        catalog = read_po(po)
    messages = [message for message in catalog if message.id]
    assert messages
    untranslated = [
        m.id for m in messages if not all(m.string if isinstance(m.string, tuple) else [m.string])
    ]
    fuzzy = [m.id for m in messages if m.fuzzy]
    assert untranslated == [] and fuzzy == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "word"), [("fr", "Mot de passe"), ("es", "Nombre de usuario")]
)
def test_admin_speaks_the_editors_language(client, language, word):
    with translation.override(language):
        response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=language)
    assert word in response.content.decode()
