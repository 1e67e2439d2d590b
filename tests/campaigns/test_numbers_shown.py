"""A campaign's figures as each language writes them, on its page and on its card; numbers
meant for machines (attributes, the chart's coordinates) stay plain."""

import re
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import index_of
from tests.factories import CampaignPageFactory, ParticipationFactory, trilingual

NBSP, NNBSP = "\u00a0", "\u202f"
SHOWN = {  # participants, goal, share of the goal
    "fr": (f"1{NNBSP}240", f"12{NNBSP}400", f"10{NBSP}% de l’objectif"),
    "en": ("1,240", "12,400", "10% of the goal"),
    "es": ("1240", "12.400", f"10{NBSP}% del objetivo"),
}


@pytest.fixture
def big_campaign(site):
    campaign = CampaignPageFactory(parent=site.organisation["fr"], goal_participants=12400)
    for _ in range(4):
        ParticipationFactory(campaign=campaign, people=310)
    return trilingual(campaign)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_figures_are_written_as_each_language_writes_them(client, big_campaign, language):
    participants, goal, share = SHOWN[language]
    campaign = big_campaign[language]
    for html in (
        client.get(campaign.url).content.decode(),
        client.get(index_of(campaign).url).content.decode(),  # the card
    ):
        shown = re.findall(r'<p class="progress-figures">(.*?)</p>', html, re.S)
        assert [
            figures
            for figures in shown
            if f"<strong>{participants}</strong>" in figures
            and goal in figures
            and share in figures
        ]
        # for machines, plain numbers
        assert 'aria-valuenow="1240"' in html and 'aria-valuemax="12400"' in html


@pytest.mark.django_db
def test_the_chart_stays_valid_svg_in_french(client, big_campaign):
    html = client.get(big_campaign["fr"].url).content.decode()
    svg = re.search(r"<svg viewBox[^>]*>.*?</svg>", html, re.S).group(0)
    root = ET.fromstring(svg.replace("&nbsp;", " "))
    for element in root.iter():
        for name in ("x", "y", "x1", "y1", "x2", "y2"):
            if name in element.attrib:
                float(element.attrib[name])
        if "points" in element.attrib:
            for point in element.attrib["points"].split():
                x, y = point.split(",")
                float(x), float(y)
    assert root.attrib["viewBox"] == "0 0 640 220"
    assert f"1{NNBSP}240 personnes" in html  # the chart's description and its label
    assert re.search(rf"<text[^>]*>1{NNBSP}240</text>", svg)
