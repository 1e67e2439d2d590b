"""What an organisation's staff find on the admin's dashboard."""

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.factories import ChallengePageFactory, ContributionFactory, UserFactory


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


@pytest.mark.django_db
def test_the_staffs_open_items_leave_out_a_challenge_solved_before_its_deadline(client, site):
    organisation = site.organisation["fr"]
    user = UserFactory()
    user.groups.add(organisation.staff_group)
    client.force_login(user)

    def open_items() -> int:
        page = BeautifulSoup(client.get("/admin/").content, "html.parser")
        panel = page.find("section", id=f"organisation-figures-{organisation.pk}-section")
        return int(re.search(r"(\d+) défis? (?:ou|et) campagnes? en cours", panel.get_text())[1])

    before = open_items()
    ChallengePageFactory(parent=organisation)
    ChallengePageFactory(parent=organisation, closed=True)
    solved = ChallengePageFactory(parent=organisation)
    ContributionFactory(challenge=solved, is_selected=True)
    assert open_items() == before + 1
