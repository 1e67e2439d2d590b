"""The participant's private page: report a figure, or withdraw and be forgotten."""

import pytest
from django.core import signing

from campaigns.models import Participation


@pytest.fixture
def participation(campaigns):
    return Participation.join(
        campaigns["open"],
        email="sam@example.org",
        first_name="Sam",
        people=2,
        language="en",
        privacy_notice_version="test",
    )[0]


def manage_url(participation, language="en"):
    return f"/{language}/participation/{participation.make_token()}/"


@pytest.mark.django_db
def test_a_participant_reports_what_they_did_and_the_total_moves(client, campaigns, participation):
    campaign = campaigns["open"]
    before = campaign.figures.impact
    response = client.post(
        manage_url(participation), {"action": "report", "impact_quantity": "1200"}
    )
    assert response.status_code == 302
    participation.refresh_from_db()
    assert participation.impact_quantity == 1200
    campaign.refresh_from_db()
    assert Participation.objects.for_campaign(campaign).figures().impact == before + 1200
    assert "1200" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("quantity", ["", "-5", "abc", "1e3", "9" * 30, "<script>"])
def test_a_bad_figure_is_refused_with_a_message(client, participation, quantity):
    response = client.post(
        manage_url(participation), {"action": "report", "impact_quantity": quantity}
    )
    assert response.status_code == 400
    assert 'class="error"' in response.content.decode()
    participation.refresh_from_db()
    assert participation.impact_quantity is None


@pytest.mark.django_db
def test_withdrawing_erases_the_participant_and_their_count(client, campaigns, participation):
    campaign = campaigns["open"]
    before = Participation.objects.for_campaign(campaign).figures().participants
    response = client.post(manage_url(participation, "fr"), {"action": "withdraw"})
    assert response.status_code == 200
    assert "Vous avez quitté la campagne" in response.content.decode()
    assert not Participation.objects.filter(email="sam@example.org").exists()
    assert Participation.objects.for_campaign(campaign).figures().participants == before - 2
    assert client.get(manage_url(participation)).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "token",
    ["nonsense", signing.dumps(1, salt="another-purpose"), "x" * 2000, "'--"],
)
def test_a_forged_or_broken_link_finds_nothing(client, participation, token):
    response = client.get(f"/en/participation/{token}/")
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    assert "the sign-up it belonged to was withdrawn" in response.content.decode()


@pytest.mark.django_db
def test_the_private_link_expires(client, participation, settings):
    settings.PARTICIPATION_LINK_MAX_AGE = -1
    assert client.get(manage_url(participation)).status_code == 404
