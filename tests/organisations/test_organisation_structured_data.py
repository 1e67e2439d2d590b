"""An organisation's JSON-LD: the NGO, its logo, its website, its country."""

import pytest

from tests.factories import ImageFactory
from tests.pages.test_structured_data import structured_data


@pytest.mark.django_db
def test_an_organisation_is_an_ngo_with_its_logo_and_website(client, site):
    organisation = site.organisation["fr"]
    organisation.logo = ImageFactory()
    organisation.save_revision().publish()
    data = structured_data(client, organisation)
    assert data["@type"] == "NGO"
    assert data["name"] == organisation.title
    assert data["@id"] == f"http://testserver{organisation.url}#ngo"
    assert data["logo"].startswith("http://testserver/")
    assert data["sameAs"] == [organisation.website]
    assert data["address"]["addressCountry"] == organisation.country.code
