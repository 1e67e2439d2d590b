"""Two schedulers at the same moment (cron on two machines, or a run that overlaps the next),
each through its own PostgreSQL connection: every reminder leaves once."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from campaigns.models import CampaignPage
from core import due_emails
from tests.concurrency import at_once
from tests.factories import sign_ups_in_bulk

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

PEOPLE = 40


def a_campaign_ending_tomorrow() -> CampaignPage:
    """Built by hand: a transactional test may start from an empty database, without the
    tree's root and site that migrations made (tests/README.md)."""
    Locale.objects.get_or_create(language_code="fr")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:  # not the first transactional test: migrations' rows are gone
        root = Page.get_first_root_node() or Page.add_root(title="Racine", slug="root")
        home = root.add_child(title="Accueil", slug="accueil")
        site = Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    now = timezone.now()
    campaign = CampaignPage(
        title="Transcrire les carnets",
        slug="carnets",
        summary="Une page chacun.",
        opens_at=now - datetime.timedelta(days=20),
        closes_at=now + datetime.timedelta(days=1),
        goal_participants=100,
        impact_unit="pages transcrites",
    )
    site.root_page.add_child(instance=campaign)
    return campaign


def test_two_schedulers_at_once_send_each_reminder_once():
    campaign = a_campaign_ending_tomorrow()
    sign_ups_in_bulk(campaign, PEOPLE, remind_me=True)
    now = timezone.now()
    at_once(lambda: due_emails.run(now=now), lambda: due_emails.run(now=now), timeout=120)
    recipients = [message.to[0] for message in mail.outbox]
    assert len(recipients) == PEOPLE
    assert sorted(set(recipients)) == sorted(recipients)
