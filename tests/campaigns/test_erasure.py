"""Deleting a campaign or a challenge in every language leaves none of its participants'
personal data behind; while one translation remains, nothing is erased."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.users.models import UserProfile

from campaigns.confirmations import send_confirmations
from campaigns.models import Participation
from challenges.models import Contribution, ContributionMark, ContributionReport
from tests.conftest import translation_of


@pytest.fixture
def editor(client):
    """A superuser who reads the admin in English."""
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    UserProfile.objects.create(user=user, preferred_language="en")
    client.force_login(user)
    return client


def delete_page(client, page):
    response = client.post(f"/admin/pages/{page.pk}/delete/")
    assert response.status_code == 302
    assert not type(page).objects.filter(pk=page.pk).exists()


def confirmation_of(client, page) -> str:
    response = client.get(f"/admin/pages/{page.pk}/delete/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_deleting_a_campaign_in_every_language_erases_its_sign_ups(editor, campaigns):
    campaign = campaigns["open"]
    key = campaign.translation_key
    sign_up, _ = Participation.join(
        campaign,
        email="only-here@example.org",
        people=1,
        language="fr",
        privacy_notice_version="test",
    )
    sign_ups = Participation.objects.filter(campaign_key=key).count()
    assert sign_ups > 1

    for language in ("en", "es"):
        translation = translation_of(campaign, language)
        assert "also erases" not in confirmation_of(editor, translation)
        delete_page(editor, translation)
    assert Participation.objects.filter(campaign_key=key).count() == sign_ups

    confirmation = confirmation_of(editor, campaign)
    assert f"also erases {sign_ups} sign-ups, with their e-mail addresses" in confirmation
    delete_page(editor, campaign)
    assert not Participation.objects.filter(campaign_key=key).exists()
    assert not Participation.objects.filter(email="only-here@example.org").exists()

    # The confirmation the task worker had not sent yet leaves no more.
    mail.outbox.clear()
    send_confirmations.call()
    assert mail.outbox == []


@pytest.mark.django_db
def test_deleting_a_challenge_in_every_language_erases_its_contributions(editor, challenges):
    challenge = next(
        c for c in challenges.values() if Contribution.objects.for_challenge(c).count()
    )
    key = challenge.translation_key
    contributions = Contribution.objects.filter(challenge_key=key)
    first = contributions.first()
    volunteer = get_user_model().objects.create_user("reader", "reader@example.org", "pw")
    ContributionMark.objects.create(contribution=first, user=volunteer)
    ContributionReport.objects.create(contribution=first, user=volunteer)
    count = contributions.count()

    for language in ("en", "es"):
        translation = translation_of(challenge, language)
        assert "also erases" not in confirmation_of(editor, translation)
        delete_page(editor, translation)
    assert contributions.count() == count

    confirmation = confirmation_of(editor, challenge)
    assert f"also erases {count} contributions, with their marks and reports" in confirmation
    delete_page(editor, challenge)
    assert not contributions.exists()
    assert not ContributionMark.objects.filter(user=volunteer).exists()
    assert not ContributionReport.objects.filter(user=volunteer).exists()
