"""Purging the front-end cache (Varnish) on publish: a tiny HTTP server of the test's own
stands for Varnish and records the PURGE requests it is sent. A publish, an unpublish, a
deletion or a move purges every address that shows the page (each translation with its
feed, frame and badge, the listings and home pages that list it, the sitemap), in one batch,
and only once the change has committed; a change to the menus or a tag's name, every page;
a change to an image, the pages that show it. A cache that cannot be reached costs a
warning, not the publish."""

import contextlib
import logging

import pytest
from django.db import transaction
from wagtail.images.rect import Rect
from wagtail.models import Page

from tests.conftest import index_of, translation_of
from tests.factories import ArticlePageFactory, TagFactory
from tests.frontend_cache import in_front_of_the_site, wait_for_second_sendings
from tests.site.faults import free_port, wait_until

LANGUAGES = ("fr", "en", "es")


def addresses(page, *paths: str) -> set[str]:
    return {page.full_url + path for path in ("", *paths)}


def in_every_language(page, *paths: str) -> set[str]:
    return set().union(*(addresses(translation_of(page, code), *paths) for code in LANGUAGES))


@pytest.mark.django_db
def test_a_publish_purges_every_page_that_shows_it_once_it_commits(
    varnish, campaigns, articles, site, django_capture_on_commit_callbacks
):
    campaign = campaigns["open"]
    campaign.title = "Nouveau titre"
    with django_capture_on_commit_callbacks(execute=True):
        campaign.save_revision().publish()
        assert varnish.purged == []  # nothing before the commit

    assert wait_until(lambda: varnish.purged)
    purged = set(varnish.purged)
    # The page in every language, with what it declares beside it.
    assert in_every_language(campaign, "embed/", "badge.svg", "thanks/", "calendar/") <= purged
    # The campaigns' listing and its feed, and the home pages whose cards show it.
    assert in_every_language(index_of(campaign), "feed/") <= purged
    assert in_every_language(site.homes["fr"]) <= purged
    # The organisation that runs it, and its feed.
    assert in_every_language(site.organisation["fr"], "feed/") <= purged
    assert campaign.get_site().root_url + "/sitemap.xml" in purged
    assert campaign.get_site().root_url + "/sitemap_index.xml" in purged
    # Not what does not show it.
    assert not addresses(articles[0]) & purged
    # One batch, sent once more a moment later.
    assert wait_until(lambda: len(varnish.purged) == 2 * len(purged))


@pytest.mark.django_db
def test_an_unpublish_and_a_deletion_purge_the_page_in_every_language(
    varnish, articles, site, django_capture_on_commit_callbacks
):
    article = articles[1]
    english = translation_of(article, "en")
    with django_capture_on_commit_callbacks(execute=True):
        english.unpublish()
        assert varnish.purged == []
    assert wait_until(lambda: in_every_language(article) <= set(varnish.purged))
    assert in_every_language(site.indexes["articles"]["fr"], "feed/") <= set(varnish.purged)

    wait_for_second_sendings()
    varnish.purged.clear()
    spanish = translation_of(article, "es")
    with django_capture_on_commit_callbacks(execute=True):
        spanish.delete()
        assert varnish.purged == []
    assert wait_until(lambda: addresses(spanish) <= set(varnish.purged))
    assert addresses(site.indexes["articles"]["es"], "feed/") <= set(varnish.purged)


@pytest.mark.django_db
def test_a_move_purges_the_old_addresses_and_the_old_listing(
    varnish, articles, site, django_capture_on_commit_callbacks
):
    article = articles[2]
    old = addresses(article)
    about = Page.objects.get(pk=site.about["fr"].pk)
    with django_capture_on_commit_callbacks(execute=True):
        article.move(about, pos="last-child")
        assert varnish.purged == []
    article.refresh_from_db()
    assert wait_until(lambda: old | addresses(article) <= set(varnish.purged))
    assert addresses(site.indexes["articles"]["fr"], "feed/") <= set(varnish.purged)


@pytest.mark.django_db
def test_a_rolled_back_publish_purges_nothing(
    varnish, articles, django_capture_on_commit_callbacks
):
    abandoned, published = articles[0], articles[1]
    with django_capture_on_commit_callbacks(execute=True):
        with contextlib.suppress(RuntimeError), transaction.atomic():
            abandoned.title = "Jamais publié"
            abandoned.save_revision().publish()
            raise RuntimeError("abandoned")
        published.save_revision().publish()
    assert wait_until(lambda: addresses(published) <= set(varnish.purged))
    assert not addresses(abandoned) & set(varnish.purged)


@pytest.mark.django_db
def test_a_publish_goes_through_when_the_cache_is_down(
    settings, articles, caplog, django_capture_on_commit_callbacks
):
    in_front_of_the_site(settings, f"http://127.0.0.1:{free_port()}")  # nothing listens
    article = articles[0]
    article.title = "Publié malgré tout"
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    article.refresh_from_db()
    assert article.title == "Publié malgré tout" and article.live
    warnings = [r.getMessage() for r in caplog.records if r.name == "core.frontend_cache"]
    assert len(warnings) == 1 and "cannot be reached" in warnings[0]


@pytest.mark.django_db
def test_a_change_to_the_menus_purges_every_page(
    varnish, site, articles, campaigns, django_capture_on_commit_callbacks
):
    footer = site.navigation["en"]
    footer.footer_text = "Crowdtime helps everyone give a little time."
    with django_capture_on_commit_callbacks(execute=True):
        footer.save()
    purged = set(varnish.purged)
    assert in_every_language(articles[2]) <= purged
    assert in_every_language(campaigns["finished"], "badge.svg") <= purged
    assert in_every_language(site.homes["fr"]) <= purged


@pytest.mark.django_db
def test_a_renamed_tag_purges_every_page_and_a_new_one_nothing(
    varnish, site, articles, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        TagFactory(name="cartographie")
    assert varnish.purged == []

    tag = site.tags["environnement"]["es"]
    tag.name = "ecología"
    with django_capture_on_commit_callbacks(execute=True):
        tag.save()
    assert in_every_language(articles[0]) <= set(varnish.purged)


@pytest.mark.django_db
def test_a_changed_image_purges_the_pages_that_show_it(
    varnish, site, articles, django_capture_on_commit_callbacks
):
    article = ArticlePageFactory(parent=site.indexes["articles"]["fr"])
    wait_for_second_sendings()
    varnish.purged.clear()

    image = article.hero_image
    image.set_focal_point(Rect(10, 10, 40, 40))
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
        assert varnish.purged == []
    purged = set(varnish.purged)
    assert addresses(article) <= purged
    assert (
        addresses(site.indexes["articles"]["fr"], "feed/") | addresses(site.homes["fr"]) <= purged
    )
    assert not addresses(articles[0]) & purged
