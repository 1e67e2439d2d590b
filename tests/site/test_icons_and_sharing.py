"""The site's icons, its web manifest, and the picture each page offers when it is shared."""

import json
import re
from html import unescape
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.core.files.storage import default_storage

from crowdtime import brand
from tests.factories import ArticlePageFactory, ImageFactory


def og(html: str, name: str) -> str:
    match = re.search(rf'<meta property="og:{name}" content="([^"]*)">', html)
    assert match, f"no og:{name}"
    return unescape(match.group(1))


def answers(client, url: str) -> bool:
    """A URL of the site answers: static files through WhiteNoise; media (served by the web
    server, not Django) from the storage."""
    path = urlparse(url).path
    if path.startswith(settings.MEDIA_URL):
        return default_storage.exists(path.removeprefix(settings.MEDIA_URL))
    return client.get(path).status_code == 200


@pytest.mark.django_db
def test_favicon_ico_answers_at_the_root_and_is_kept_long(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    max_age = int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))
    assert max_age >= 7 * 24 * 3600


def test_the_committed_icons_are_what_the_mark_draws():
    """`manage.py draw_icons` was run after the last change to the mark (the small icons tell;
    drawing the large pictures again would slow the tests)."""
    icons = brand.STATIC / "icons"
    assert (icons / "favicon.svg").read_text() == brand.mark_svg()
    assert (icons / "favicon-32.png").read_bytes() == brand.png(brand.icon(32))


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_each_language_links_its_manifest_which_opens_its_home_page(client, site, language):
    html = client.get(f"/{language}/").content.decode()
    href = re.search(r'<link rel="manifest" href="([^"]+)">', html).group(1)
    assert href == f"/{language}/manifest.webmanifest"
    for icon in re.findall(r'<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"', html):
        assert client.get(icon).status_code == 200, icon

    response = client.get(href)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["start_url"] == f"/{language}/"
    assert manifest["lang"] == language
    assert manifest["name"] == "Crowdtime" and manifest["theme_color"] == brand.BRAND
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert client.get(icon["src"]).status_code == 200, icon["src"]


@pytest.mark.django_db
def test_every_kind_of_page_offers_a_picture_to_share(
    client, site, articles, campaigns, challenges
):
    bare = ArticlePageFactory(parent=site.indexes["articles"]["fr"], hero_image=None)
    pages = {
        "home": site.homes["fr"],
        "standard page": site.about["fr"],
        "listing": site.indexes["campaigns"]["fr"],
        "organisation": site.organisation["fr"],
        "article": articles[0],
        "article without a picture": bare,
        "campaign": campaigns["open"],
        "challenge": challenges["open"],
    }
    seen = {}
    for kind, page in pages.items():
        html = client.get(page.url).content.decode()
        url = og(html, "image")
        assert url.startswith("http://testserver/"), kind
        assert answers(client, url), (kind, url)
        assert og(html, "image:alt").strip(), kind
        width, height = int(og(html, "image:width")), int(og(html, "image:height"))
        assert abs(width / height - 1200 / 630) < 0.02, kind  # the tests' pictures are small
        seen[kind] = url
    assert "/media/images/" in seen["article"]  # its own picture
    defaults = {kind: url for kind, url in seen.items() if "/static/" in url}
    assert defaults["article without a picture"].endswith("social-article.png")
    assert defaults["organisation"].endswith("social-organisation.png")
    assert defaults["home"].endswith("social-page.png")


@pytest.mark.django_db
def test_an_organisation_shares_its_logo_described_as_such(client, site):
    organisation = site.organisation["fr"]
    organisation.logo = ImageFactory()
    organisation.save_revision().publish()
    html = client.get(organisation.url).content.decode()
    assert "/media/images/" in og(html, "image")
    assert og(html, "image:alt") == f"Logo de {organisation.title}"
