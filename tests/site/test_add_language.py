"""`manage.py add_language ca` brings Catalan up on the trilingual site, drafted by Apertium
(running here for real, tests/apertium.py) from Spanish; `remove_language ca` takes it away."""

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from babel.messages.pofile import read_po
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils.translation import trans_real
from wagtail.models import Locale, Page

from tests.site.test_i18n import switcher_links

pytestmark = pytest.mark.django_db

NOTICE = "This page was translated automatically; help us improve it."
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def locale_dir(settings, tmp_path, monkeypatch):
    """The catalogs in a folder of the test's own, so that the project's stay as they are."""
    source = settings.LOCALE_PATHS[0]
    for language in ("fr", "en", "es"):
        shutil.copytree(source / language, tmp_path / language)
    settings.LOCALE_PATHS = [tmp_path]
    return tmp_path


def catalog_of(locale_dir, code):
    with open(locale_dir / code / "LC_MESSAGES" / "django.po", "rb") as po:
        return read_po(po, locale=code)


def catalan_catalog(locale_dir):
    return catalog_of(locale_dir, "ca")


def tags(html: str) -> list[str]:
    return re.findall(r"<[^<>]+>", html)


@pytest.fixture
def catalan(site, apertium, locale_dir, monkeypatch):
    call_command("add_language", "ca")
    # Django keeps each language's catalog once read: a restart, in production.
    monkeypatch.setattr(trans_real, "_translations", {})
    return catalan_catalog(locale_dir)


def catalan_pages():
    return Page.objects.filter(locale__language_code="ca", depth__gt=1)


def sitemap_urls(client) -> set[str]:
    tree = ET.fromstring(client.get("/sitemap.xml").content)
    return {url.find("s:loc", SITEMAP).text for url in tree.findall("s:url", SITEMAP)}


def hreflangs(html: str) -> set[str]:
    return set(re.findall(r'<link rel="alternate" hreflang="([\w-]+)"', html))


def test_the_interface_catalog_is_drafted_from_spanish_for_review_not_fuzzy(catalan, locale_dir):
    messages = [message for message in catalan if message.id]
    assert len(messages) > 100
    assert all(
        m.user_comments == ["Machine-drafted from es by Apertium; to review"] for m in messages
    )
    assert not [m.id for m in catalan if m.fuzzy]
    assert all(all(m.string) if m.pluralizable else m.string for m in messages)
    assert catalan["Skip to main content"].string == "Saltar al contingut principal"
    # Placeholders come back exactly, in the plural forms Catalan has.
    joined = catalan["Join “%(title)s”"].string
    assert "%(title)s" in joined and "«" in joined
    plural = next(m for m in messages if m.pluralizable and "%(number)s" in m.id[0])
    assert len(plural.string) == catalan.num_plurals == 2
    assert all("%(number)s" in form for form in plural.string)
    # Markup comes back exactly, a placeholder in an attribute too (not href=«%(url)s»).
    spanish = catalog_of(locale_dir, "es")
    linked = [m for m in messages if not m.pluralizable and 'href="%(' in m.id]
    assert linked
    for message in linked:
        assert tags(catalan[message.id].string) == tags(spanish[message.id].string), message.id


def test_every_page_is_published_in_catalan_with_a_notice_in_catalan(client, site, catalan):
    spanish = Page.objects.filter(locale__language_code="es", depth__gt=1).live()
    assert catalan_pages().live().count() == spanish.count()
    notice = catalan[NOTICE].string
    assert notice.startswith("Aquesta pàgina")
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ca,es;q=0.5")["Location"] == "/ca/"
    html = client.get("/ca/").content.decode()
    assert '<html lang="ca"' in html
    assert notice in html
    assert site.homes["es"].title != Page.objects.get(locale__language_code="ca", depth=2).title
    assert NOTICE not in client.get("/en/").content.decode()

    # Catalan joins the switcher, the hreflang links and the sitemap.
    catalan_about = site.about["fr"].get_translation(Locale.objects.get(language_code="ca"))
    html = client.get(site.about["fr"].url).content.decode()
    assert switcher_links(html)["ca"] == catalan_about.url
    assert "ca" in hreflangs(html)
    assert catalan_about.full_url in sitemap_urls(client)


def test_the_notice_goes_once_an_editor_publishes_the_page(client, catalan):
    editor = get_user_model().objects.create_superuser("editor", "", "pw")
    home = Page.objects.get(locale__language_code="ca", depth=2).specific
    home.save_revision(user=editor).publish(user=editor)
    assert catalan[NOTICE].string not in client.get("/ca/").content.decode()
    others = catalan_pages().exclude(pk=home.pk).live().first()
    assert catalan[NOTICE].string in client.get(others.url).content.decode()


def test_running_it_again_adds_nothing_and_keeps_what_translators_did(catalan, locale_dir):
    pages = set(catalan_pages().values_list("pk", "live"))
    call_command("add_language", "ca")
    assert set(catalan_pages().values_list("pk", "live")) == pages
    again = catalan_catalog(locale_dir)
    assert [(m.id, m.context, m.string) for m in again] == [
        (m.id, m.context, m.string) for m in catalan
    ]

    # A translator's reviewed entry is kept.
    path = locale_dir / "ca" / "LC_MESSAGES" / "django.po"
    text = path.read_text()
    drafted = catalan["Skip to main content"].string
    path.write_text(text.replace(f'msgstr "{drafted}"', 'msgstr "Vés al contingut"'))
    call_command("add_language", "ca")
    assert catalan_catalog(locale_dir)["Skip to main content"].string == "Vés al contingut"


def test_removing_catalan_takes_it_out_of_the_site_and_adding_it_brings_it_back(
    client, site, catalan
):
    assert catalan_pages().live().exists()
    call_command("remove_language", "ca")
    assert not catalan_pages().live().exists()
    assert client.get("/ca/").status_code == 404
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ca,es;q=0.5")["Location"] == "/fr/"
    html = client.get(site.about["fr"].url).content.decode()
    assert "ca" not in switcher_links(html)
    assert "ca" not in hreflangs(html)
    assert "ca" not in switcher_links(client.get("/fr/search/?q=temps").content.decode())
    assert not [url for url in sitemap_urls(client) if "/ca/" in url]

    call_command("add_language", "ca")
    assert client.get("/ca/").status_code == 200
    assert "ca" in switcher_links(client.get(site.about["fr"].url).content.decode())


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("xx", "Django knows no language 'xx'"),
        ("de", "Add de to LANGUAGES_ENABLED first (now fr,en,es,ca)"),
    ],
)
def test_a_language_the_site_cannot_have_is_refused_with_the_reason(site, code, message):
    with pytest.raises(CommandError, match=re.escape(message)):
        call_command("add_language", code)
    assert not Locale.objects.filter(language_code=code).exists()


def test_a_language_apertium_cannot_reach_is_refused(site, apertium, settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("de", "Deutsch")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    with pytest.raises(CommandError, match="Apertium has no route into de from fr, en, es"):
        call_command("add_language", "de")
    assert not Locale.objects.filter(language_code="de").exists()


def test_catalan_is_refused_while_apertium_is_not_answering(site, apertium, settings):
    from tests.site.faults import free_port

    settings.APERTIUM_URL = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(CommandError, match="Apertium is not answering"):
        call_command("add_language", "ca")
    assert not Locale.objects.filter(language_code="ca").exists()


def test_the_default_language_cannot_be_removed(site):
    with pytest.raises(CommandError, match="fr is the default language"):
        call_command("remove_language", "fr")
    assert Page.objects.filter(locale__language_code="fr", depth=2).live().exists()
