"""A tour of the demo site: one page of each type, in each language, as the look-and-feel
checks visit them (`make screenshots`, tests/demo/test_pages_in_browsers.py and the HTML
validation in tests/demo/test_html_validates.py)."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

LANGUAGES = ("fr", "en", "es")
# A search that finds pages, in each language of the demo.
SEARCHES = {"fr": "bénévolat", "en": "volunteering", "es": "voluntariado"}
# The demo volunteer whose pages are visited (demo/content/volunteers.yaml).
VOLUNTEER_EMAIL = "ines@example.org"


@dataclass(frozen=True)
class Stop:
    name: str  # the page type, as a reviewer calls it: "campaign (open)"
    url: str
    visitor: str = ""  # who looks: "" (anyone), "volunteer" or "staff" (an organisation's)

    @property
    def slug(self) -> str:
        """The page type as a file name: "campaign-open"."""
        return "-".join("".join(c if c.isalnum() else " " for c in self.name).split())


def tour(language: str) -> list[Stop]:
    """Every page type of the demo in one language, anonymous pages first."""
    from campaigns.models import CampaignIndexPage, CampaignPage
    from challenges.models import ChallengeIndexPage, ChallengePage
    from organisations.models import OrganisationIndexPage, OrganisationPage
    from pages.models import ArticleIndexPage, ArticlePage, HomePage

    locale = Locale.objects.get(language_code=language)

    def one(model, **filters):
        return model.objects.live().filter(locale=locale, **filters).order_by("path").first()

    campaigns = CampaignPage.objects.live().filter(locale=locale).order_by("path")
    # The fullest open campaign: the one whose sign-up matters most.
    open_campaign = max(
        (c for c in campaigns if c.status == "open"), key=lambda c: c.progress.percent
    )
    finished_campaign = next(c for c in campaigns if c.status == "finished")
    challenges = list(ChallengePage.objects.live().filter(locale=locale).order_by("deadline"))
    open_challenge = next(c for c in challenges if c.status == "open")
    solved_challenge = next(c for c in challenges if c.status == "solved")
    with translation.override(language):
        statistics = reverse("impact:statistics")
    return [
        Stop("home", one(HomePage).url),
        Stop("article index", one(ArticleIndexPage).url),
        Stop("article", ArticlePage.objects.live().filter(locale=locale).first().url),
        Stop("campaign index", one(CampaignIndexPage).url),
        Stop("campaign (open)", open_campaign.url),
        Stop("campaign (finished)", finished_campaign.url),
        Stop("campaign join", open_campaign.url + "join/"),
        Stop("campaign thanks", open_campaign.url + "thanks/"),
        Stop("campaign widget", open_campaign.url + "embed/"),
        Stop("challenge index", one(ChallengeIndexPage).url),
        Stop("challenge (open)", open_challenge.url),
        Stop("challenge (solved)", solved_challenge.url),
        Stop("organisation index", one(OrganisationIndexPage).url),
        Stop("organisation", one(OrganisationPage).url),
        Stop("statistics", statistics),
        Stop("search results", f"/{language}/search/?{urlencode({'q': SEARCHES[language]})}"),
        Stop("not found (404)", f"/{language}/this-page-does-not-exist/"),
        Stop("log-in", f"/{language}/accounts/login/"),
        Stop("sign-up", f"/{language}/accounts/signup/"),
        Stop("volunteer dashboard", f"/{language}/volunteer/", "volunteer"),
        Stop("volunteer profile", f"/{language}/volunteer/profile/", "volunteer"),
        # With "Put this campaign on your site", which only its organisation's people see.
        Stop("campaign, as its organisation", staff_campaign(locale).url, "staff"),
        # The admin has no language in its URL: it follows the browser's (Accept-Language).
        Stop("admin dashboard", "/admin/", "staff"),
    ]


def open_campaign_of(stops: list[Stop]) -> Stop:
    return next(stop for stop in stops if stop.name == "campaign (open)")


def staff_campaign(locale):
    """A campaign of the organisation whose staff member visits the admin."""
    from campaigns.models import CampaignPage

    organisation = staff_organisation().get_translation(locale)
    return CampaignPage.objects.live().descendant_of(organisation).order_by("path").first()


def staff_organisation():
    from organisations.models import OrganisationPage

    return (
        OrganisationPage.objects.filter(locale=Locale.get_default(), staff_group__isnull=False)
        .order_by("path")
        .first()
    )


def visitor(kind: str):
    """The demo's user who looks at the pages of `kind` ("volunteer" or "staff")."""
    if kind == "volunteer":
        return get_user_model().objects.get(email=VOLUNTEER_EMAIL)
    return staff_organisation().staff_group.user_set.order_by("pk").first()
