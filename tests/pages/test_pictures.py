"""Pictures reach each screen at the size it shows them, in the lightest format it reads."""

import re

import pytest

from tests.factories import ChallengePageFactory, ImageFactory


def pictures(html: str) -> list[str]:
    return re.findall(r"<picture>.*?</picture>", html, flags=re.S)


def assert_responsive(picture: str):
    sources = {
        re.search(r'type="image/(\w+)"', tag).group(1): re.search(r'srcset="([^"]+)"', tag).group(1)
        for tag in re.findall(r"<source [^>]*>", picture)
        if 'sizes="' in tag
    }
    assert "webp" in sources, picture
    assert len(re.findall(r"\.webp \d+w", sources["webp"])) >= 2, sources["webp"]
    img = re.search(r"<img [^>]*>", picture).group(0)
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img), img
    assert 'srcset="' in img and 'sizes="' in img, img


@pytest.mark.django_db
def test_cards_offer_webp_at_several_sizes(client, site, articles, campaigns):
    ChallengePageFactory(
        parent=site.organisation["fr"], hero_image=ImageFactory(), hero_image_alt="Une image."
    )
    for url in (
        site.homes["fr"].url,
        site.indexes["articles"]["fr"].url,
        site.indexes["campaigns"]["fr"].url,
        site.indexes["challenges"]["fr"].url,
        site.organisation["fr"].url,
    ):
        found = pictures(client.get(url).content.decode())
        assert found, url
        for picture in found:
            assert_responsive(picture)


@pytest.mark.django_db
def test_main_images_and_logos_offer_webp_at_several_sizes(client, site, articles, campaigns):
    organisation = site.organisation["fr"]
    organisation.logo = ImageFactory()
    organisation.save_revision().publish()
    for url in (
        articles[0].url,
        campaigns["open"].url,
        organisation.url,
        site.indexes["organisations"]["fr"].url,
    ):
        found = pictures(client.get(url).content.decode())
        assert found, url
        for picture in found:
            assert_responsive(picture)


@pytest.mark.django_db
def test_a_logo_keeps_its_transparency(client, site):
    organisation = site.organisation["fr"]
    organisation.logo = ImageFactory()
    organisation.save_revision().publish()
    (picture,) = [
        picture
        for picture in pictures(client.get(organisation.url).content.decode())
        if "organisation-logo" in picture
    ]
    assert re.search(r'<img [^>]*src="[^"]+\.png"', picture)  # not JPEG, which has no alpha
