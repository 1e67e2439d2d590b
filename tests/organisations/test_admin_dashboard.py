"""What an organisation's staff find on the admin's dashboard."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from challenges.models import ChallengePage, ChallengeStatus
from challenges.models.challenge import open_challenges
from tests.factories import (
    CampaignPageFactory,
    ChallengePageFactory,
    ContributionFactory,
    UserFactory,
)


@pytest.mark.django_db
def test_the_staffs_dashboard_shows_their_figures_in_a_wagtail_panel_without_outside_images(
    client, site
):
    organisation = site.organisation["fr"]
    user = UserFactory()
    user.groups.add(organisation.staff_group)
    client.force_login(user)
    page = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = page.find("section", id=f"organisation-figures-{organisation.pk}-section")
    assert "w-panel" in panel["class"]
    assert panel.find(class_="w-panel__heading").get_text(strip=True) == organisation.title
    assert "défis et campagnes en cours" in panel.get_text()
    # The admin's policy allows images from the site only: Gravatar's were broken.
    images = [image["src"] for image in page.find_all("img")]
    assert images and all(not urlsplit(src).netloc for src in images)


def dashboard_figures(client, organisation) -> dict:
    """The numbers of the organisation's panel on the admin's dashboard, as its staff read them."""
    page = BeautifulSoup(client.get("/admin/").content, "html.parser")
    text = page.find("section", id=f"organisation-figures-{organisation.pk}-section").get_text()
    return {
        "open": int(re.search(r"(\d+) défis? (?:ou|et) campagnes? en cours", text)[1]),
        "waiting": int(re.search(r"(\d+) contributions? à examiner", text)[1]),
    }


@pytest.fixture
def staff_client(client, site):
    user = UserFactory()
    user.groups.add(site.organisation["fr"].staff_group)
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_the_staffs_open_items_leave_out_a_challenge_solved_before_its_deadline(staff_client, site):
    organisation = site.organisation["fr"]
    before = dashboard_figures(staff_client, organisation)["open"]
    ChallengePageFactory(parent=organisation)
    ChallengePageFactory(parent=organisation, closed=True)
    solved = ChallengePageFactory(parent=organisation)
    ContributionFactory(challenge=solved, is_selected=True)
    assert dashboard_figures(staff_client, organisation)["open"] == before + 1


@pytest.mark.django_db
def test_the_staffs_open_items_count_a_campaign_until_its_early_close(staff_client, site):
    """An early close set for tomorrow leaves the campaign open (it takes sign-ups) until then;
    one set for yesterday closed it."""
    organisation = site.organisation["fr"]
    now = timezone.now()
    before = dashboard_figures(staff_client, organisation)["open"]
    CampaignPageFactory(parent=organisation, closed_early_at=now + datetime.timedelta(days=1))
    assert dashboard_figures(staff_client, organisation)["open"] == before + 1
    CampaignPageFactory(parent=organisation, closed_early_at=now - datetime.timedelta(days=1))
    CampaignPageFactory(parent=organisation, state="upcoming")
    CampaignPageFactory(parent=organisation, state="finished")
    assert dashboard_figures(staff_client, organisation)["open"] == before + 1


@pytest.mark.django_db
def test_a_hidden_selection_neither_solves_its_challenge_nor_waits_for_the_staff(
    staff_client, site
):
    """A moderator hid the contribution the organisation had selected: the challenge takes
    contributions again, and its other visible ones wait for the staff to pick one."""
    organisation = site.organisation["fr"]
    before = dashboard_figures(staff_client, organisation)
    challenge = ChallengePageFactory(parent=organisation)
    ContributionFactory(challenge=challenge, is_selected=True, is_hidden=True)
    ContributionFactory(challenge=challenge)
    assert dashboard_figures(staff_client, organisation) == {
        "open": before["open"] + 1,
        "waiting": before["waiting"] + 1,
    }
    assert challenge.status == ChallengeStatus.OPEN
    assert ChallengePage.objects.filter(open_challenges(timezone.now()), pk=challenge.pk).exists()
