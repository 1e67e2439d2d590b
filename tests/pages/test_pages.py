import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from pages.blocks import CallToActionBlock, LinkBlock
from pages.models import ArticleIndexPage, ArticlePage, StandardPage, Tag
from tests.conftest import translation_of


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def create_in_admin(client, page_class, parent, data):
    url = f"/admin/pages/add/pages/{page_class._meta.model_name}/{parent.pk}/"
    return client.post(url, nested_form_data({**data, "action-publish": "publish"}))


@pytest.mark.django_db
def test_editors_can_create_every_page_type_in_the_admin(admin_client, home):
    index = ArticleIndexPage.objects.get(locale=home.locale)
    body = streamfield(
        [
            ("heading", {"text": "Pourquoi quinze minutes", "level": "h2"}),
            ("paragraph", rich_text("<p>Un petit geste, souvent répété.</p>")),
            ("quote", {"text": "Ça m'a pris dix minutes.", "attribution": "Léa"}),
            (
                "call_to_action",
                {
                    "title": "Lire la suite",
                    "text": "",
                    "button_label": "Voir",
                    "page": index.pk,
                    "url": "",
                },
            ),
        ]
    )
    response = create_in_admin(
        admin_client,
        ArticlePage,
        index,
        {
            "title": "Un nouvel article",
            "slug": "un-nouvel-article",
            "introduction": "Une introduction.",
            "author": "Léa Martin",
            "date": "2026-11-20",
            "tags": "microbénévolat",
            "body": body,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = ArticlePage.objects.get(slug="un-nouvel-article")
    assert article.live and len(article.body) == 4
    assert [tag.name for tag in article.tags.all()] == ["microbénévolat"]

    response = create_in_admin(
        admin_client,
        StandardPage,
        home,
        {
            "title": "Contact",
            "slug": "contact",
            "introduction": "",
            "body": streamfield([("paragraph", rich_text("<p>Écrivez-nous.</p>"))]),
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert StandardPage.objects.filter(slug="contact", live=True).exists()

    response = create_in_admin(
        admin_client,
        ArticleIndexPage,
        home,
        {"title": "Dossiers", "slug": "dossiers", "introduction": ""},
    )
    assert response.status_code == 302

    root = Page.get_first_root_node()
    response = admin_client.get(f"/admin/pages/add/pages/homepage/{root.pk}/")
    assert response.status_code == 200


@pytest.mark.django_db
def test_an_article_image_needs_a_text_alternative(articles):
    article = articles[0]
    article.hero_image_alt = " "
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "hero_image_alt" in error.value.message_dict


@pytest.mark.django_db
def test_article_index_filters_by_tag_in_each_language(client, articles):
    french_tag = articles[0].tags.first()
    spanish_tag = Tag.objects.get(
        locale__language_code="es", translation_key=french_tag.translation_key
    )
    index = translation_of(articles[0].get_parent(), "es")
    response = client.get(index.url, {"tag": spanish_tag.slug})
    assert response.status_code == 200
    tagged = {a.pk for a in response.context["articles"]}
    expected = {
        translation_of(a, "es").pk for a in ArticlePage.objects.filter(tagged_items__tag=french_tag)
    }
    assert tagged == expected
    assert spanish_tag.name in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", [{"tag": "no-such-tag"}, {"page": "abc"}, {"page": "99"}, {"page": "-1"}]
)
def test_article_index_answers_bad_filters_with_not_found(client, articles, query):
    response = client.get(articles[0].get_parent().url, query)
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def add_articles(index, count):
    tags = list(Tag.objects.filter(locale=index.locale)[:3])
    image = ArticlePage.objects.filter(hero_image__isnull=False).first().hero_image
    for number in range(count):
        article = index.add_child(
            instance=ArticlePage(
                title=f"Article de charge {number}",
                slug=f"charge-{number}",
                introduction="Texte.",
                author="Test",
                date=datetime.date(2026, 1, 1),
                hero_image=image,
                hero_image_alt="Une illustration.",
                body=[],
            )
        )
        article.tags.set(tags)
        article.save_revision().publish()  # as an editor publishes it


@pytest.mark.django_db
def test_article_index_queries_do_not_grow_with_the_number_of_articles(
    client, articles, django_capture_on_commit_callbacks, monkeypatch
):
    index = articles[0].get_parent().specific
    monkeypatch.setattr(ArticleIndexPage, "items_per_page", 30)  # every article on one page

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(index.url)
            assert response.status_code == 200
        return len(captured), len(response.context["articles"])

    client.get(index.url)  # warm the caches (site root paths, renditions)
    few, shown = queries()
    with django_capture_on_commit_callbacks(execute=True):  # as committed
        add_articles(index, 12)
    client.get(index.url)
    assert queries() == (few, shown + 12)


@pytest.mark.django_db
def test_every_page_has_seo_social_tags_and_breadcrumbs(client, articles):
    article = translation_of(articles[0], "en")
    html = client.get(article.url).content.decode()
    assert f"<title>{escape(article.title)} · Crowdtime</title>" in html
    assert f'<meta name="description" content="{article.search_description}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="{article.full_url}">' in html
    assert re.search(
        r'<meta property="og:image" content="http://testserver/media/images/[^"]+">', html
    )
    breadcrumb = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    titles = re.findall(r">([^<]+)</a>", breadcrumb)
    assert titles == ["Home", article.get_parent().title, article.title]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_header_and_footer_come_from_the_translated_navigation(client, site, language):
    home = site.homes[language]
    html = client.get(home.url).content.decode()
    header = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    footer = re.search(r"<footer.*?</footer>", html, re.S).group(0)
    header_links = re.findall(r'href="([^"]+)"', header)
    assert header_links and all(link.startswith(f"/{language}/") for link in header_links)
    for page in StandardPage.objects.live().filter(locale=home.locale):
        assert f'href="{page.url}">{escape(page.title)}</a>' in footer


@pytest.mark.django_db
def test_calls_to_action_lead_to_the_page_in_the_readers_language(client, articles):
    article = translation_of(articles[0], "es")
    cta = next(block for block in article.body if block.block_type == "call_to_action")
    target = cta.value["page"]
    html = client.get(article.url).content.decode()
    assert f'class="button" href="{translation_of(target, "es").url}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("block", "value", "field"),
    [
        (LinkBlock(), {"page": None, "url": "", "label": ""}, "page"),
        (LinkBlock(), {"page": None, "url": "https://example.org", "label": ""}, "label"),
        (
            CallToActionBlock(),
            {"title": "Go", "button_label": "Go", "page": None, "url": ""},
            "page",
        ),
    ],
)
def test_links_must_lead_somewhere(home, block, value, field):
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(value))
    assert field in error.value.block_errors


@pytest.mark.django_db
def test_a_link_with_both_a_page_and_a_url_is_refused(home):
    block = CallToActionBlock()
    value = block.to_python(
        {"title": "Go", "button_label": "Go", "page": home.pk, "url": "https://example.org"}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)
