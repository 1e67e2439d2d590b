"""Simultaneous sign-ups through real, separate PostgreSQL connections."""

import uuid
from types import SimpleNamespace

import pytest
from django.db import IntegrityError, transaction

from campaigns.models import Participation
from tests.concurrency import at_once

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def sign_up_at_once(campaign, emails):
    """Whether each sign-up was new, all sent at the same moment."""

    def sign_up(email):
        return lambda: Participation.join(
            campaign, email=email, people=1, language="fr", privacy_notice_version="test"
        )[1]

    return at_once(*map(sign_up, emails))


def test_fifty_simultaneous_sign_ups_are_all_counted():
    campaign = SimpleNamespace(translation_key=uuid.uuid4())
    results = sign_up_at_once(campaign, [f"person{i}@example.org" for i in range(50)])
    assert results.count(True) == 50
    assert Participation.objects.for_campaign(campaign).figures().participants == 50


def test_twenty_simultaneous_sign_ups_with_one_address_count_once():
    campaign = SimpleNamespace(translation_key=uuid.uuid4())
    results = sign_up_at_once(campaign, ["same@example.org"] * 20)
    assert results.count(True) == 1 and results.count(False) == 19
    assert Participation.objects.for_campaign(campaign).figures().participants == 1


def test_twenty_simultaneous_clicks_make_one_mark():
    from django.contrib.auth import get_user_model

    from challenges.models import Contribution, ContributionMark

    author, marker = (get_user_model().objects.create_user(name) for name in ("author", "marker"))
    contribution = Contribution.objects.create(
        challenge_key=uuid.uuid4(), author=author, text="Idée.", language="fr"
    )

    def click():
        try:
            with transaction.atomic():
                ContributionMark.objects.create(contribution=contribution, user=marker)
        except IntegrityError:
            pass  # the constraint turned the duplicate away

    at_once(*[click] * 20)
    assert ContributionMark.objects.filter(contribution=contribution).count() == 1


def test_two_senders_at_once_send_each_confirmation_once(monkeypatch):
    """The pages and the e-mails' text are not what this is about (and a transactional test
    has no site: tests/conftest.py, `site`): each waiting sign-up is mailed a line."""
    from django.core import mail
    from django.core.mail import EmailMessage

    from campaigns import confirmations
    from tests.factories import sign_ups_in_bulk

    campaign = SimpleNamespace(translation_key=uuid.uuid4())
    monkeypatch.setattr(
        confirmations, "campaigns_by_key_and_language", lambda keys: dict.fromkeys(keys, campaign)
    )
    monkeypatch.setattr(
        confirmations,
        "confirmation",
        lambda sign_up, campaign, site_name: EmailMessage("Merci", "", to=[sign_up.email]),
    )
    sign_ups = sign_ups_in_bulk(campaign, confirmations.BATCH * 3, confirmation_pending=True)
    at_once(confirmations.send_confirmations.call, confirmations.send_confirmations.call)
    sent = sorted(message.to[0] for message in mail.outbox)
    assert sent == sorted(sign_up.email for sign_up in sign_ups)
    assert not Participation.objects.filter(confirmation_pending=True).exists()
