"""Each item of the demo has a picture of its own, and each organisation a logo of its own."""

import hashlib

from campaigns.models import CampaignPage
from challenges.models import ChallengePage
from demo.images import draw_logo, draw_picture
from organisations.models import OrganisationPage
from pages.models import ArticlePage


def digest(image) -> str:
    with image.file.open("rb") as file:
        return hashlib.sha256(file.read()).hexdigest()


def test_every_article_campaign_challenge_and_organisation_has_a_picture_of_its_own():
    pictures = {}
    for model in (ArticlePage, CampaignPage, ChallengePage):
        for page in model.objects.live().filter(locale__language_code="fr"):
            assert page.hero_image and page.hero_image_alt, page.title
            pictures[page.title] = digest(page.hero_image)
    for organisation in OrganisationPage.objects.filter(locale__language_code="fr"):
        assert organisation.social_image, organisation.title
        pictures[organisation.title] = digest(organisation.social_image)
    assert len(pictures) >= 20
    assert len(set(pictures.values())) == len(pictures)


def test_organisations_have_logos_of_their_own():
    organisations = OrganisationPage.objects.filter(locale__language_code="fr")
    logos = {digest(organisation.logo) for organisation in organisations}
    assert len(logos) == organisations.count() == 3


def test_the_same_item_gets_the_same_picture_at_every_load():
    assert draw_picture("a-key", "tree", ["environment"]) == draw_picture(
        "a-key", "tree", ["environment"]
    )
    assert draw_picture("a-key", "tree") != draw_picture("another-key", "tree")
    assert draw_logo("a-key", "Terre en Commun", "#2e7d32") == draw_logo(
        "a-key", "Terre en Commun", "#2e7d32"
    )
