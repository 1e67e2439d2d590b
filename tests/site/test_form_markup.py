"""Every form's fields point screen readers at help and errors that exist, never at nothing."""

import re

import pytest
from django.test import Client

from campaigns.models import Participation
from tests.factories import volunteer


def describedby_problems(html: str) -> list[str]:
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    problems = []
    for value in re.findall(r'aria-describedby="([^"]*)"', html):
        if not value.strip():
            problems.append("empty aria-describedby")
        problems += [f"no element #{ref}" for ref in value.split() if ref not in ids]
    return problems


@pytest.mark.django_db
def test_no_form_page_has_an_empty_or_broken_aria_describedby(client, campaigns, challenges):
    campaign, challenge = campaigns["open"], challenges["open"]
    participation = Participation.join(
        campaign, email="sam@example.org", people=1, language="fr", privacy_notice_version="t"
    )[0]
    visitor_pages = [
        ("get", f"{campaign.url}join/", {}),
        ("post", f"{campaign.url}join/", {"email": "pas-une-adresse", "people": "0"}),
        ("get", "/fr/organisations/register/", {}),
        ("post", "/es/organisations/register/", {"name": ""}),
        ("get", "/es/accounts/signup/", {}),
        ("get", "/fr/accounts/login/", {}),
        ("get", "/en/accounts/password/reset/", {}),
        ("get", "/fr/search/?q=parc", {}),
        ("get", f"/en/participation/{participation.make_token()}/", {}),
        ("post", f"/en/participation/{participation.make_token()}/", {"action": "report"}),
    ]
    member = Client()
    member.force_login(volunteer())
    member_pages = [
        ("get", challenge.url, {}),
        ("post", f"{challenge.url}contribute/", {"text": "", "link": "pas un lien"}),
        ("get", "/es/volunteer/profile/", {}),
    ]
    seen = 0
    for browser, pages in ((client, visitor_pages), (member, member_pages)):
        for method, url, data in pages:
            response = getattr(browser, method)(url, data)
            assert response.status_code in (200, 400), url  # 400: the form refused
            html = response.content.decode()
            seen += html.count("aria-describedby=")
            assert describedby_problems(html) == [], url
    assert seen >= 10  # the pages do describe their fields
