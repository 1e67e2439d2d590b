"""Rate limits count per client address. Behind two proxies (Varnish, then HAProxy), each
appending to X-Forwarded-For, the client is the second entry from the right: what a visitor
writes in the header itself (entries further left) changes nothing, and visitors behind the
same proxies are counted apart. Without proxies the header is not read at all."""

import pytest
from django.contrib.auth import get_user_model

from campaigns.models import Participation

PROXIES = {"REMOTE_ADDR": "10.0.0.2"}  # HAProxy, as the app node sees it


def through_proxies(client_address: str, written_by_client: str = "") -> dict:
    """The header as it reaches the node: what the client sent, its address as Varnish
    appended it, then Varnish's address as HAProxy appended it."""
    sent = f"{written_by_client}, " if written_by_client else ""
    return {**PROXIES, "HTTP_X_FORWARDED_FOR": f"{sent}{client_address}, 10.0.0.1"}


def join(client, campaign, email: str, **headers):
    data = {"email": email, "first_name": "Léa", "people": "1", "consent": "on"}
    return client.post(campaign.url + "join/", data, **headers)


@pytest.mark.django_db
def test_behind_two_proxies_sign_ups_are_limited_per_visitor_whatever_it_writes(
    client, campaign, settings, ratelimit_clock
):
    settings.PROXY_COUNT = 2
    settings.CAMPAIGN_JOIN_RATE = "2/m"
    statuses = [
        join(
            client,
            campaign,
            f"p{n}@example.org",
            **through_proxies("203.0.113.7", written_by_client=f"198.51.100.{n}"),
        ).status_code
        for n in range(3)
    ]
    assert statuses == [302, 302, 429]
    # Another visitor behind the same proxies has their own count.
    another = join(client, campaign, "x@example.org", **through_proxies("203.0.113.8"))
    assert another.status_code == 302
    assert Participation.objects.filter(email="x@example.org").count() == 1


@pytest.mark.django_db
def test_without_proxies_the_forwarded_header_is_not_believed(
    client, campaign, settings, ratelimit_clock
):
    settings.CAMPAIGN_JOIN_RATE = "2/m"  # PROXY_COUNT is 0 by default
    statuses = [
        join(
            client, campaign, f"p{n}@example.org", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}"
        ).status_code
        for n in range(3)
    ]
    assert statuses == [302, 302, 429]


@pytest.mark.django_db
def test_behind_two_proxies_account_sign_ups_are_limited_per_visitor(
    client, site, settings, ratelimit_clock
):
    """allauth's limits count by the same address."""
    settings.PROXY_COUNT = 2
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "2/m/ip"}

    def sign_up(email, address, written_by_client=""):
        data = {
            "email": email,
            "password1": "une-phrase-de-passe-solide",
            "password2": "une-phrase-de-passe-solide",
            "display_name": "Nora",
            "preferred_language": "fr",
            "time_available": "30",
        }
        headers = through_proxies(address, written_by_client)
        return client.post("/fr/accounts/signup/", data, **headers).status_code

    statuses = [sign_up(f"bot{n}@example.org", "203.0.113.7", f"198.51.100.{n}") for n in range(3)]
    assert statuses == [302, 302, 429]
    assert sign_up("nora@example.org", "203.0.113.8") == 302
    assert get_user_model().objects.filter(email="nora@example.org").exists()
