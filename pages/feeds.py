"""Atom feeds of the site's listings (Django's syndication framework): the newest pages first,
in the language of the page that offers the feed, each entry drawn by its own page type's
template (`feed_template`), with the same figures as its page."""

import datetime

from django.contrib.syndication.views import Feed
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from pages.models import ArticlePage

FEED_LENGTH = 20


class PageFeed(Feed):
    """The feed of a page (a listing, an organisation's page). Each kind's `items(page)` gives
    its newest pages, at most `FEED_LENGTH`, ready to draw (their model's
    `prepare_for_listing`): each with its `localized_causes` (the entry's categories), its
    organisation if it has one, and what its template shows."""

    feed_type = Atom1Feed

    def get_object(self, request, page):
        self.request = request
        self.language = page.locale.language_code
        return page

    def title(self, page) -> str:
        return f"{page.title} · Crowdtime"

    def subtitle(self, page) -> str | None:
        return page.get_meta_description() or None

    def link(self, page) -> str:
        return page.get_full_url(self.request)

    def feed_url(self, page) -> str:
        return self.link(page) + page.reverse_subpage("feed")

    def feed_guid(self, page) -> str:
        return self.feed_url(page)

    def author_name(self, page) -> str:
        return "Crowdtime"

    def item_title(self, item) -> str:
        return item.title

    def item_link(self, item) -> str:
        return item.get_full_url(self.request)

    def item_guid(self, item) -> str:
        """A tag URI (RFC 4151) that stays the entry's own when its title, and so its URL,
        changes."""
        host = self.request.get_host().split(":")[0]
        return f"tag:{host},{item.first_published_at:%Y-%m-%d}:page/{item.pk}"

    def item_pubdate(self, item) -> datetime.datetime:
        return item.first_published_at

    def item_updateddate(self, item) -> datetime.datetime:
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item) -> str | None:
        organisation = getattr(item, "organisation", None)
        return organisation.title if organisation else None

    def item_author_link(self, item) -> str | None:
        organisation = getattr(item, "organisation", None)
        return organisation.get_full_url(self.request) if organisation else None

    def item_categories(self, item) -> list[str]:
        return [tag.name for tag in getattr(item, "localized_causes", ())]

    def item_description(self, item) -> str:
        return render_to_string(item.feed_template, {"item": item}, self.request)


class ArticleFeed(PageFeed):
    def items(self, page) -> list:
        """In the listing's order: by the date each article shows."""
        return ArticlePage.prepare_for_listing(page.get_articles()[:FEED_LENGTH])

    def item_categories(self, item) -> list[str]:
        return [tag.name for tag in item.localized_tags]

    def item_pubdate(self, item) -> datetime.datetime:
        """The date the article shows, at the first publish's time of day."""
        published = timezone.localtime(item.first_published_at)
        return datetime.datetime.combine(item.date, published.timetz())

    def item_author_name(self, item) -> str:
        return item.author
