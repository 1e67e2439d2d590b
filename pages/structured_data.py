"""schema.org descriptions of the articles, and of who publishes the site's pages."""

from django.conf import settings

from core.structured_data import thing, without_empty


def publisher(request) -> dict:
    """The site itself, which publishes the articles."""
    return {
        "@type": "Organization",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": request.build_absolute_uri("/"),
    }


def organisation_ref(organisation, request) -> dict | None:
    """An organisation as the pages it runs name it; its own page describes it in full under
    the same @id (organisations/structured_data.py)."""
    if organisation is None:
        return None
    url = organisation.get_full_url(request)
    return {"@type": "NGO", "@id": f"{url}#ngo", "name": organisation.title, "url": url}


def article(page, request) -> dict:
    data = thing(page, request, "Article")
    return without_empty(
        {
            **data,
            "headline": page.title,
            "mainEntityOfPage": data["url"],
            "datePublished": page.date,
            "dateModified": page.last_published_at,
            "author": {"@type": "Person", "name": page.author},
            "publisher": publisher(request),
            # Named in the page's language (ArticlePage.get_context).
            "keywords": [tag.name for tag in getattr(page, "localized_tags", [])],
        }
    )
