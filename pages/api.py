"""What the pages give the read-only API (site/api.py) beside their own fields: each page type
lists its `api_fields`; these serialise what several of them share."""

from rest_framework import serializers


class TagsField(serializers.Field):
    """Tags named in the page's language (causes, skills): each with its name and the slug
    that filters the site's listings."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, tags):
        return [{"name": tag.name, "slug": tag.slug} for tag in tags]


class PageLinkField(serializers.Field):
    """Another page (a campaign's organisation): its id, title and address."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, page):
        return {
            "id": page.pk,
            "title": page.title,
            "url": page.get_full_url(self.context["request"]),
        }
