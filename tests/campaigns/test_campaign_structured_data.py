"""A campaign's JSON-LD: an Event where people meet at a set time, an Action otherwise."""

import pytest

from tests.factories import CampaignPageFactory
from tests.pages.test_structured_data import same_moment, structured_data


@pytest.mark.django_db
def test_a_campaign_with_a_meeting_is_an_event_in_person(client, site, campaigns):
    campaign = campaigns["just_opened"]
    data = structured_data(client, campaign)
    assert data["@type"] == "Event"
    assert data["name"] == campaign.title
    assert same_moment(data["startDate"], campaign.event_starts_at)
    assert same_moment(data["endDate"], campaign.event_ends_at)
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {"@type": "Place", "name": campaign.place, "address": campaign.place}
    organisation = site.organisation["fr"]
    assert data["organizer"]["name"] == organisation.title
    assert data["organizer"]["url"] == f"http://testserver{organisation.url}"
    assert data["image"].startswith("http://testserver/")


@pytest.mark.django_db
def test_an_online_meeting_is_an_online_event(client, site):
    campaign = CampaignPageFactory(
        parent=site.organisation["fr"], meeting=True, action_type="online"
    )
    data = structured_data(client, campaign)
    assert data["@type"] == "Event"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {
        "@type": "VirtualLocation",
        "url": f"http://testserver{campaign.url}",
    }


@pytest.mark.django_db
def test_a_campaign_without_a_meeting_is_an_action_open_between_two_dates(client, campaigns):
    campaign = campaigns["open"]
    data = structured_data(client, campaign)
    assert data["@type"] == "Action"
    assert same_moment(data["startTime"], campaign.opens_at)
    assert same_moment(data["endTime"], campaign.ends_at)
    assert data["agent"]["@type"] == "NGO"
