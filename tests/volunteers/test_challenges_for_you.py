"""The challenges the dashboard suggests to a volunteer."""

import pytest

from tests.conftest import queries
from tests.factories import ChallengePageFactory, ContributionFactory, volunteer

DASHBOARD = "/fr/volunteer/"


@pytest.mark.django_db
def test_the_challenges_for_a_volunteer_leave_out_those_they_answered(client, site):
    cause = site.tags["environnement"]["fr"]
    challenges = [
        ChallengePageFactory(parent=site.organisation["fr"], causes=[cause]) for _ in range(3)
    ]
    user = volunteer(causes=[cause])
    client.force_login(user)
    suggested = {page.pk for page in client.get(DASHBOARD).context["matches"]}
    assert {page.pk for page in challenges} <= suggested

    ContributionFactory(challenge=challenges[0], author=user)
    one_answered = queries(client, DASHBOARD)
    suggested = {page.pk for page in client.get(DASHBOARD).context["matches"]}
    assert challenges[0].pk not in suggested
    assert {challenges[1].pk, challenges[2].pk} <= suggested

    ContributionFactory(challenge=challenges[1], author=user)
    assert queries(client, DASHBOARD) == one_answered
    suggested = {page.pk for page in client.get(DASHBOARD).context["matches"]}
    assert challenges[1].pk not in suggested and challenges[2].pk in suggested


@pytest.mark.django_db
def test_a_challenge_solved_before_its_deadline_is_not_suggested(client, site):
    cause = site.tags["environnement"]["fr"]
    solved, open_ = (
        ChallengePageFactory(parent=site.organisation["fr"], causes=[cause]) for _ in range(2)
    )
    ContributionFactory(challenge=solved, is_selected=True)
    client.force_login(volunteer(causes=[cause]))
    suggested = {page.pk for page in client.get(DASHBOARD).context["matches"]}
    assert open_.pk in suggested and solved.pk not in suggested
