"""Tags are listed in the dictionary order of the visitor's language, wherever they are
listed: "éducation" comes before "sciences", not after "z" as code points would put it."""

import re

import pytest
from django.utils import translation

from pages.models import Tag
from tests.conftest import index_of
from tests.factories import CampaignPageFactory, TagFactory, trilingual_tag
from volunteers.forms import ProfileFields


@pytest.fixture
def causes(site):
    return [TagFactory(name=name, kind=Tag.Kind.CAUSE) for name in ("sciences", "éducation", "Zoo")]


def _in_order(names, *expected):
    positions = [names.index(name) for name in expected]
    return positions == sorted(positions)


@pytest.mark.django_db
def test_the_profile_form_lists_causes_in_dictionary_order(causes):
    with translation.override("fr"):
        labels = [str(label) for _, label in ProfileFields().fields["causes"].choices]
    assert _in_order(labels, "éducation", "sciences", "Zoo")


@pytest.mark.django_db
def test_the_filter_and_the_campaign_page_list_causes_in_dictionary_order(client, site, causes):
    campaign = CampaignPageFactory(parent=site.organisation["fr"], causes=causes)
    index = client.get(index_of(campaign).url).content.decode()
    select = re.search(r'<select id="filter-cause".*?</select>', index, re.S).group(0)
    assert _in_order(re.findall(r">([^<]+)</option>", select), "éducation", "sciences", "Zoo")
    page = client.get(campaign.url).content.decode()
    assert "éducation, sciences, Zoo" in page


@pytest.mark.django_db
def test_spanish_puts_enye_after_n(site):
    for fr, en, es in (("nature", "nature", "ñu"), ("nutrition", "nutrition", "nutrición")):
        trilingual_tag(fr, en, es, kind=Tag.Kind.SKILL)
    with translation.override("es"):
        labels = [str(label) for _, label in ProfileFields().fields["skills"].choices]
    assert _in_order(labels, "nutrición", "ñu")
