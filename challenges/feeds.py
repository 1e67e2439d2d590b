from pages.feeds import FEED_LENGTH, PageFeed


class ChallengeFeed(PageFeed):
    """The challenges of a language, newest first, each with the count its page shows."""

    def items(self, page) -> list:
        challenges = page.listed_pages().public().order_by("-first_published_at", "-pk")
        return page.listed_model().prepare_for_listing(challenges[:FEED_LENGTH])
