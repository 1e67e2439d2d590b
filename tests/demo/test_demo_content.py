import re
import shutil

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import Translation

from challenges.models import ChallengeTemplate
from core.models import MachineDraftedPage
from demo.data import CONTENT, Content, DemoContentError
from pages.models import ArticlePage, Navigation, StandardPage, Tag
from tests.conftest import LANGUAGES, live_pages
from tests.site.test_i18n import switcher_links

# The three languages the demo's files are written in, and Catalan, machine-drafted from Spanish.
DEMO_LANGUAGES = [*LANGUAGES, "ca"]


def hreflangs(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


@pytest.mark.django_db
def test_every_demo_page_answers_in_its_language_with_alternates(client):
    pages = live_pages()
    # home, article index, 8 articles, 3 standard pages, organisation index, 3 organisations,
    # campaign index, 4 campaigns, challenge index, 6 challenges
    assert len(pages) == len(DEMO_LANGUAGES) * (1 + 1 + 8 + 3 + 1 + 3 + 1 + 4 + 1 + 6)
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        code = page.locale.language_code
        assert f'<html lang="{code}" dir="ltr">' in html, page.url
        expected = {
            t.locale.language_code: t.full_url for t in page.get_translations(inclusive=True)
        }
        assert hreflangs(html) == {**expected, "x-default": expected["fr"]}, page.url
        assert f'<link rel="canonical" href="{page.full_url}">' in html


@pytest.mark.django_db
def test_translations_are_wagtail_localize_translations_not_copies():
    for source in Page.objects.filter(locale__language_code="fr", depth__gt=1).live().specific():
        translations = source.get_translations().live()
        assert sorted(t.locale.language_code for t in translations) == ["ca", "en", "es"]
        assert (
            Translation.objects.filter(
                source__object_id=source.translation_key,
                target_locale__language_code__in=["en", "es"],
            ).count()
            == 2
        )
        for translation in translations:
            assert translation.get_meta_description() != source.get_meta_description()


@pytest.mark.django_db
def test_articles_are_complete_in_every_language():
    for language in DEMO_LANGUAGES:
        articles = ArticlePage.objects.live().filter(locale__language_code=language)
        assert articles.count() == 8
        for article in articles:
            assert article.hero_image and article.hero_image_alt
            assert article.tags.count() >= 2
            block_types = {block.block_type for block in article.body}
            assert {"heading", "paragraph", "quote", "call_to_action"} <= block_types
        assert StandardPage.objects.live().filter(locale__language_code=language).count() == 3


@pytest.mark.django_db
def test_tags_and_navigation_exist_in_every_language():
    for language in DEMO_LANGUAGES:
        assert Navigation.objects.filter(locale__language_code=language).exists()
        assert (
            Tag.objects.filter(locale__language_code=language).count()
            == Tag.objects.filter(locale__language_code="fr").count()
        )


@pytest.mark.django_db
def test_the_demo_ships_catalan_machine_drafted_with_its_notice(client):
    catalan = Page.objects.live().filter(locale__language_code="ca", depth__gt=1)
    drafted = MachineDraftedPage.objects.filter(drafted_from="es")
    assert set(drafted.values_list("page_id", flat=True)) == set(
        catalan.values_list("pk", flat=True)
    )
    notice = "Aquesta pàgina es va traduir automàticament; ajuda’ns a millorar-la."
    for page in catalan.specific()[:5]:
        assert notice in client.get(page.url).content.decode(), page.url
    home = client.get("/fr/").content.decode()
    assert switcher_links(home)["ca"] == "/ca/"
    assert "automatiquement" not in home
    sitemap = client.get("/sitemap.xml").content.decode()
    assert all(page.full_url in sitemap for page in catalan)


@pytest.mark.django_db
def test_loading_the_demo_again_changes_nothing():
    before = Page.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert Page.objects.count() == before


@pytest.mark.django_db
def test_demo_admin_password_is_generated_and_printed(capsys):
    from django.contrib.auth import get_user_model

    call_command("create_demo_logins", username="first")
    call_command("create_demo_logins", username="second")
    out = capsys.readouterr().out
    passwords = re.findall(r"(first|second) / (\S+)", out)
    assert len(passwords) == 2 and passwords[0][1] != passwords[1][1]
    user = get_user_model().objects.get(username="first")
    assert user.is_superuser and user.check_password(passwords[0][1])


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es"])
def test_tags_are_named_in_each_language(language):
    for names in Content().tags["causes"].values():
        source = Tag.objects.get(locale__language_code="fr", name=names["fr"])
        translated = Tag.objects.get(
            locale__language_code=language, translation_key=source.translation_key
        )
        assert translated.name == names[language]
        assert " " not in translated.slug


@pytest.mark.django_db
def test_demo_volunteer_logins_are_printed_in_development_only(capsys, settings):
    settings.DEBUG = False
    call_command("create_demo_logins")
    assert "Demo volunteer" not in capsys.readouterr().out
    settings.DEBUG = True
    call_command("create_demo_logins")
    out = capsys.readouterr().out
    logins = re.findall(r"Demo volunteer: (\S+) / (\S+)", out)
    assert len(logins) == 6
    from django.test import Client

    email, password = logins[0]
    client = Client()
    response = client.post("/fr/accounts/login/", {"login": email, "password": password})
    assert response.status_code == 302 and "_auth_user_id" in client.session
    call_command("create_demo_logins")
    assert "Demo volunteer" not in capsys.readouterr().out  # printed once


@pytest.fixture
def content_copy(tmp_path):
    """A copy of the demo's files, for a test to break."""
    return shutil.copytree(CONTENT, tmp_path / "content")


def test_a_malformed_content_file_is_named_with_the_line(content_copy):
    article = content_copy / "articles" / "what-is-crowdtiming.yaml"
    article.write_text(article.read_text().replace("title:\n", "title: [\n", 1))
    with pytest.raises(DemoContentError) as error:
        Content(content_copy)
    message = str(error.value)
    assert "articles/what-is-crowdtiming.yaml: not valid YAML" in message
    assert "line" in message


def test_a_text_missing_a_language_is_named_with_its_place(content_copy):
    home = content_copy / "home.yaml"
    text = home.read_text()
    home.write_text(re.sub(r"\n  es: ¿?Da un poco de tiempo[^\n]*", "", text, count=1))
    with pytest.raises(DemoContentError, match=r"home\.yaml: 'es' is missing \(in hero_heading\)"):
        Content(content_copy)


def test_a_content_file_left_out_of_its_index_is_named(content_copy):
    shutil.copy(
        content_copy / "campaigns" / "old-emails-clean-up.yaml",
        content_copy / "campaigns" / "copy-of-old-emails.yaml",
    )
    with pytest.raises(
        DemoContentError,
        match=r"campaigns/index\.yaml: campaigns/copy-of-old-emails\.yaml is not listed",
    ):
        Content(content_copy)


def test_a_link_to_no_page_is_named_with_its_file_and_place(content_copy):
    from types import SimpleNamespace

    from demo.builder import DemoBuilder

    about = content_copy / "pages" / "about.yaml"
    about.write_text(about.read_text().replace("link: privacy", "link: privacy-policy"))
    builder = DemoBuilder(Content(content_copy))
    builder.pages = {key: SimpleNamespace(pk=1) for key in ["privacy", "terms", "about"]}
    with pytest.raises(
        DemoContentError,
        match=r"pages/about\.yaml: there is no page 'privacy-policy' \(in body, item 7\)",
    ):
        builder.body(builder.content.pages["about"], "about", with_links=True)


@pytest.mark.django_db
def test_the_demo_has_challenges_in_every_state(challenges):
    assert set(challenges) == {"open", "closed", "solved"}


@pytest.mark.django_db
def test_the_demo_ships_eight_challenge_templates_in_every_language():
    french = {
        template.translation_key: template
        for template in ChallengeTemplate.objects.filter(locale__language_code="fr")
    }
    assert len(french) == 8
    for language in ("en", "es"):
        translations = ChallengeTemplate.objects.filter(locale__language_code=language)
        assert {template.translation_key for template in translations} == set(french)
        for template in translations:
            source = french[template.translation_key]
            assert template.title != source.title and template.task != source.task
            assert set(template.skills.all()) == set(source.skills.all())
