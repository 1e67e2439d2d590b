"""schema.org description of an organisation's page: the NGO itself."""

from core.structured_data import image_url, thing, without_empty
from organisations.models import LOGO
from pages.structured_data import organisation_ref


def organisation(page, request) -> dict:
    data = thing(page, request, "NGO")
    return without_empty(
        {
            **data,
            **organisation_ref(page, request),
            "logo": image_url(page.logo, request, LOGO) if page.logo else None,
            "sameAs": [page.website] if page.website else [],
            "address": {"@type": "PostalAddress", "addressCountry": page.country.code}
            if page.country
            else None,
        }
    )
