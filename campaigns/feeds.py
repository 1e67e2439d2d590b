from pages.feeds import FEED_LENGTH, PageFeed


class CampaignFeed(PageFeed):
    """The campaigns of a language, newest first, each with the figures its page shows."""

    def items(self, page) -> list:
        campaigns = page.listed_pages().public().order_by("-first_published_at", "-pk")
        return page.listed_model().prepare_for_listing(campaigns[:FEED_LENGTH])
