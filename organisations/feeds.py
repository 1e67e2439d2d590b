from campaigns.models import CampaignPage
from challenges.models import ChallengePage
from pages.feeds import FEED_LENGTH, PageFeed


class OrganisationFeed(PageFeed):
    """An organisation's campaigns and challenges, newest first, each with its page's figures."""

    def items(self, page) -> list:
        newest = ("-first_published_at", "-pk")
        pages = [
            item
            for model in (CampaignPage, ChallengePage)
            for item in model.prepare_for_listing(
                model.objects.child_of(page).live().public().order_by(*newest)[:FEED_LENGTH]
            )
        ]
        pages.sort(key=lambda item: (item.first_published_at, item.pk), reverse=True)
        return pages[:FEED_LENGTH]
