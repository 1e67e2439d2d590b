"""Listings, and what a page shows besides its own fields (tags, causes, its organisation), are
read once per worker and kept until a publish. Visitors still see, on their next view, what
changes without a publish: a deadline that passes, a renamed tag, a selected contribution;
and a preview of a draft never shows its changes to visitors."""

import datetime
from unittest import mock

import pytest
from django.utils import timezone
from wagtail.models import Locale

from pages.models import ArticlePage, Tag
from tests.challenges.test_challenges import contribute
from tests.conftest import index_of, queries


def later(moment: datetime.datetime):
    """Pretend it is a minute past `moment`."""
    return mock.patch.object(timezone, "now", return_value=moment + datetime.timedelta(minutes=1))


@pytest.mark.django_db
def test_a_listing_seen_before_asks_the_database_only_for_its_page(client, articles):
    index_url = articles[0].get_parent().url
    first_visit = queries(client, index_url)
    assert queries(client, index_url) <= 1 < first_visit


@pytest.mark.django_db
def test_one_page_of_a_listing_is_kept_once_however_its_number_is_written(client, articles):
    """A crawler writing page numbers its own way ("001") does not fill the workers' memory."""
    index_url = articles[0].get_parent().url
    assert client.get(index_url + "?page=1").status_code == 200
    assert queries(client, index_url + "?page=001") <= 1


@pytest.mark.django_db
def test_a_campaign_leaves_the_home_page_when_it_closes(client, campaign):
    assert campaign.title in client.get("/fr/").content.decode()
    with later(campaign.closes_at):
        assert campaign.title not in client.get("/fr/").content.decode()


@pytest.mark.django_db
def test_a_challenge_leaves_the_open_ones_when_its_deadline_passes(client, challenge):
    open_ones = index_of(challenge).url + "?status=open"
    assert challenge.title in client.get(open_ones).content.decode()
    with later(challenge.deadline):
        assert challenge.title not in client.get(open_ones).content.decode()


@pytest.mark.django_db
def test_a_selected_contribution_marks_its_challenge_solved_in_the_listing(client, challenge):
    index_url = index_of(challenge).url

    def card() -> str:
        html = client.get(index_url).content.decode()
        return html.split(challenge.title)[0].rsplit('<article class="card">', 1)[1]

    assert "Ouvert" in card()
    contribution = contribute(challenge, "Une idée retenue", "noor")
    contribution.is_selected = True
    contribution.save()
    assert "Résolu" in card()


@pytest.mark.django_db
def test_a_renamed_tag_shows_at_once_on_the_article_and_its_listing(client, articles):
    article = ArticlePage.objects.get(pk=articles[0].pk)
    tag = article.tags.first()
    assert tag.name in client.get(article.url).content.decode()
    assert tag.name in client.get(article.get_parent().url).content.decode()
    tag.name = "Un nom tout neuf"
    tag.save()
    assert "Un nom tout neuf" in client.get(article.url).content.decode()
    assert "Un nom tout neuf" in client.get(article.get_parent().url).content.decode()


@pytest.mark.django_db
def test_a_preview_of_a_draft_shows_its_changes_to_the_editor_only(client, campaign):
    oceans = Tag.objects.create(
        name="Océans à protéger",
        slug="oceans-a-proteger",
        kind=Tag.Kind.CAUSE,
        locale=Locale.objects.get(language_code="fr"),
    )
    draft = campaign.get_latest_revision_as_object()
    draft.causes.add(oceans)
    preview = draft.make_preview_request()
    assert "Océans à protéger" in preview.content.decode()
    assert "Océans à protéger" not in client.get(campaign.url).content.decode()


def with_new_first_paragraph(article, text: str):
    """The article with its first paragraph rewritten, keeping the block's id."""
    from wagtail.rich_text import RichText

    index, block = next((i, b) for i, b in enumerate(article.body) if b.block_type == "paragraph")
    article.body[index] = ("paragraph", RichText(f"<p>{text}</p>"), block.id)
    return article


@pytest.mark.django_db
def test_an_article_shows_its_published_body_at_once(client, articles):
    article = ArticlePage.objects.get(pk=articles[0].pk)
    assert client.get(article.url).status_code == 200
    with_new_first_paragraph(article, "Un paragraphe tout neuf.").save_revision().publish()
    assert "Un paragraphe tout neuf." in client.get(article.url).content.decode()


@pytest.mark.django_db
def test_a_preview_of_a_body_leaves_the_live_article_as_it_is(client, articles):
    article = ArticlePage.objects.get(pk=articles[0].pk)
    draft = with_new_first_paragraph(article.get_latest_revision_as_object(), "Un brouillon.")
    assert "Un brouillon." in draft.make_preview_request().content.decode()
    assert "Un brouillon." not in client.get(article.url).content.decode()


@pytest.mark.django_db
def test_a_campaign_shows_its_results_once_it_closes(client, campaign):
    campaign.results = "<p>Un beau bilan.</p>"
    campaign.save_revision().publish()
    assert "Un beau bilan." not in client.get(campaign.url).content.decode()
    with later(campaign.closes_at):
        html = client.get(campaign.url).content.decode()
    assert "Ce que nous avons accompli ensemble" in html and "Un beau bilan." in html
