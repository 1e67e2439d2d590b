import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core.cache import empty_local_caches
from crowdtime.sitemaps import MultilingualSitemap
from tests.conftest import live_pages
from tests.factories import StandardPageFactory

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def entries(response) -> dict:
    """Each address a page of the sitemap lists, with its alternates by hreflang."""
    assert response.status_code == 200
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in ET.fromstring(response.content).findall("s:url", NS)
    }


def assert_every_live_page_with_its_alternates(entries):
    pages = live_pages()
    assert set(entries) == {page.full_url for page in pages}
    for page in pages:
        expected = {
            t.locale.language_code: t.full_url for t in page.get_translations(inclusive=True)
        }
        assert entries[page.full_url] == {**expected, "x-default": expected["fr"]}


@pytest.mark.django_db
def test_sitemap_lists_every_live_page_with_its_alternates(client, site, articles):
    assert_every_live_page_with_its_alternates(entries(client.get("/sitemap.xml")))


@pytest.mark.django_db
def test_past_its_limit_the_sitemap_is_paged_and_its_index_lists_every_page(
    client, site, articles, monkeypatch
):
    monkeypatch.setattr(MultilingualSitemap, "limit", 4)
    index = ET.fromstring(client.get("/sitemap_index.xml").content)
    sitemaps = index.findall("s:sitemap", NS)
    locations = [sitemap.find("s:loc", NS).text for sitemap in sitemaps]
    live = live_pages()
    assert len(locations) == -(-len(live) // 4)  # rounded up
    assert locations[:2] == ["http://testserver/sitemap.xml", "http://testserver/sitemap.xml?p=2"]
    # Each page's lastmod: the latest publish.
    latest = max(page.last_published_at for page in live)
    lastmods = {sitemap.find("s:lastmod", NS).text for sitemap in sitemaps}
    assert {datetime.datetime.fromisoformat(lastmod) for lastmod in lastmods} == {latest}
    pages = [
        entries(client.get(location.removeprefix("http://testserver"))) for location in locations
    ]
    assert all(len(page) <= 4 for page in pages)
    assert sum(len(page) for page in pages) == len(live)  # each on one page of the sitemap
    assert_every_live_page_with_its_alternates(
        {address: links for page in pages for address, links in page.items()}
    )
    assert client.get("/sitemap.xml", {"p": len(locations) + 1}).status_code == 404


def read_from_the_database(client, url) -> tuple[int, int]:
    """The queries of a GET of `url`, drawn afresh, and how many pages they read. Wagtail's
    own caches (the sites' root paths) are filled first."""
    read = []

    def count(sender, instance, **kwargs):
        read.append(instance)

    assert client.get(url).status_code == 200
    empty_local_caches()
    post_init.connect(count, sender=Page)
    try:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
    finally:
        post_init.disconnect(count, sender=Page)
    return len(captured), len(read)


@pytest.mark.django_db
def test_a_page_of_the_sitemap_costs_the_same_however_many_pages_the_site_has(
    client, site, articles, monkeypatch
):
    """It reads its own pages and their translations, not the whole site: a site of 100,000
    pages once made each page of the sitemap read all of them."""
    monkeypatch.setattr(MultilingualSitemap, "limit", 4)
    # Its 4 pages and their translations in 3 languages, and the home pages it starts from.
    most = 4 * 3 + 10
    queries, read = read_from_the_database(client, "/sitemap.xml?p=2")
    assert read <= most
    for number in range(60):
        StandardPageFactory(parent=site.about["fr"], slug=f"page-{number}")
    assert len(live_pages()) > 3 * most
    for page in (2, 10, 20):
        now_queries, now_read = read_from_the_database(client, f"/sitemap.xml?p={page}")
        assert now_queries == queries
        assert now_read <= most


@pytest.mark.django_db
def test_a_page_leaves_and_rejoins_the_sitemap_as_it_is_unpublished_and_published(client, articles):
    article = articles[0]
    assert article.full_url in client.get("/sitemap.xml").content.decode()
    article.unpublish()
    assert article.full_url not in client.get("/sitemap.xml").content.decode()
    article.save_revision().publish()
    assert article.full_url in client.get("/sitemap.xml").content.decode()


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap_index.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


@pytest.mark.django_db
def test_the_sitemap_is_kept_once_however_its_page_number_is_written(client, site):
    """A crawler writing page numbers its own way ("001") does not fill the workers' memory."""
    from django.core.cache import caches

    fragments = caches["template_fragments"]
    first = client.get("/sitemap.xml", {"p": "1"}).content
    kept = len(fragments._cache)  # LocMemCache's entries: what the worker holds
    for written in ("01", "001", "+1"):
        assert client.get("/sitemap.xml", {"p": written}).content == first
    assert len(fragments._cache) == kept
