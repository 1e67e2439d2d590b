"""schema.org description of an organisation's page: the NGO itself."""

from core.structured_data import image_url, thing, without_empty
from pages.structured_data import organisation_ref

# One of the renditions the page itself shows (organisations.models.LOGO), in a format that
# every reader of schema.org takes.
LOGO_FILE = "max-480x480|format-png"


def organisation(page, request) -> dict:
    data = thing(page, request, "NGO")
    return without_empty(
        {
            **data,
            **organisation_ref(page, request),
            "logo": image_url(page.logo, request, LOGO_FILE) if page.logo else None,
            "sameAs": [page.website] if page.website else [],
            "address": {"@type": "PostalAddress", "addressCountry": page.country.code}
            if page.country
            else None,
        }
    )
