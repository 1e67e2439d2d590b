import xml.etree.ElementTree as ET

import pytest

from tests.conftest import live_pages

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.mark.django_db
def test_sitemap_lists_every_live_page_with_its_alternates(client, site, articles):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urls = ET.fromstring(response.content).findall("s:url", NS)
    entries = {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in urls
    }
    pages = live_pages()
    assert set(entries) == {page.full_url for page in pages}
    for page in pages:
        expected = {
            t.locale.language_code: t.full_url for t in page.get_translations(inclusive=True)
        }
        assert entries[page.full_url] == {**expected, "x-default": expected["fr"]}


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
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
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
