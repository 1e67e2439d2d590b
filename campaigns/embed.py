"""A campaign on another site: the page other sites may frame (its title, progress, time left
and a link to join), the oEmbed answer that turns a pasted campaign URL into that frame, the
progress badge drawn as SVG, and the code a campaign's organisation copies to put them on its
own site."""

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlencode, urlsplit

from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_from_path, ngettext
from django.utils.translation import gettext as _
from wagtail.models import Site

from campaigns.models import CampaignPage
from core.numbers import format_number

# The frame's size when the host page leaves it to us (oEmbed's maxwidth and maxheight may
# lower it): enough for a title on two lines, the figures, the bar, the time left and the link.
FRAME_WIDTH, FRAME_HEIGHT = 400, 260

# Any site may frame the embed page; every other page refuses (settings: frame-ancestors).
FRAMED_BY_ANY_SITE = {"frame-ancestors": ["*"]}

# What would end a Markdown image's text or link early.
MARKDOWN_SPECIAL = re.compile(r"[\\\[\]]")

# The paths Wagtail serves (its URL pattern `wagtail_serve`), language prefix included.
SERVED_PATH = re.compile(r"/(?:[\w-]+/)+")

# Characters that XML refuses even escaped, which an editor's title could carry.
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def allow_any_site_to_frame(response):
    """The embed page's own headers: no X-Frame-Options, and its own frame-ancestors."""
    response.xframe_options_exempt = True
    response._csp_replace = FRAMED_BY_ANY_SITE
    return response


def campaign_at(request, path: str) -> CampaignPage | None:
    """The live campaign open to everyone whose own address has this path (decoded, language
    prefix included; in the active language), or None. Routed as Wagtail routes, from the
    worker's memory (HomePage.route), but without keeping the route on the request as
    `Page.find_for_request` does: the request's own path is another."""
    if not path.endswith("/"):
        path += "/"
    site = Site.find_for_request(request)
    language_prefix = f"/{get_language()}/"
    # Only the paths Wagtail serves: no NUL byte or the like reaches the database.
    if site is None or not SERVED_PATH.fullmatch(path) or not path.startswith(language_prefix):
        return None
    components = [part for part in path.removeprefix(language_prefix).split("/") if part]
    try:
        page = site.root_page.localized.specific.route(request, components).page
    except Http404:
        return None
    if not isinstance(page, CampaignPage) or page.get_view_restrictions():
        return None
    # The route may have gone on into one of the campaign's own views (join/, thanks/…).
    if unquote(page.get_url_parts(request)[2]) != path:
        return None
    return page


def campaign_for_url(request, url: str) -> tuple[CampaignPage | None, str | None]:
    """The campaign a pasted address (of this site, in any language) leads to, and the
    address's language."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None, None
    if parts.scheme not in ("http", "https") or parts.netloc.lower() not in own_hosts(request):
        return None, None
    language = get_language_from_path(parts.path)
    if language is None:
        return None, None
    with translation.override(language):
        return campaign_at(request, unquote(parts.path)), language


def own_hosts(request) -> set[str]:
    """The host the request came to, and the one the site's addresses name."""
    hosts = {request.get_host().lower()}
    if site := Site.find_for_request(request):
        hosts.add(urlsplit(site.root_url).netloc.lower())
    return hosts


def embed_url(request, campaign: CampaignPage) -> str:
    return campaign.get_full_url(request) + campaign.reverse_subpage("embed")


def badge_url(request, campaign: CampaignPage) -> str:
    return campaign.get_full_url(request) + "badge.svg"


def oembed_discovery_url(request, campaign: CampaignPage) -> str:
    query = urlencode({"url": campaign.get_full_url(request), "format": "json"})
    return request.build_absolute_uri(reverse("campaigns:oembed")) + "?" + query


def frame_html(request, campaign: CampaignPage, width=FRAME_WIDTH, height=FRAME_HEIGHT) -> str:
    """The frame other sites put in their pages, in the active language."""
    return render_to_string(
        "campaigns/embed/frame.html",
        {
            "src": embed_url(request, campaign),
            "title": campaign.title,
            "width": width,
            "height": height,
        },
    ).strip()


@dataclass(frozen=True)
class EmbedCode:
    """What 'Put this campaign on your site' offers to copy."""

    page_url: str
    frame: str
    badge_markdown: str
    badge_html: str


def embed_code(request, campaign: CampaignPage) -> EmbedCode | None:
    """For the people who may edit the campaign (its organisation's staff, the editors), else
    None. They are logged in, so their requests carry a session, and the page cache neither
    keeps nor serves the pages of such requests: the code never reaches a visitor."""
    if not request.user.is_authenticated:
        return None
    if not campaign.permissions_for_user(request.user).can_edit():
        return None
    page_url = campaign.get_full_url(request)
    image = badge_url(request, campaign)
    alt = _("Progress of “%(title)s” on Crowdtime") % {"title": campaign.title}
    markdown_alt = MARKDOWN_SPECIAL.sub(r"\\\g<0>", alt)
    return EmbedCode(
        page_url=page_url,
        frame=frame_html(request, campaign),
        badge_markdown=f"[![{markdown_alt}]({image})]({page_url})",
        badge_html=format_html('<a href="{}"><img src="{}" alt="{}"></a>', page_url, image, alt),
    )


# The badge ------------------------------------------------------------------------------------

BADGE_MAX_AGE = 60  # seconds: newsletters and README files show a figure this fresh at most

# Verdana's average advance at 11 px, which badges are drawn in: the badge's width follows its
# words without measuring them.
CHARACTER_WIDTH, PADDING = 7, 6


@dataclass(frozen=True)
class Badge:
    label: str
    value: str
    description: str

    @classmethod
    def for_campaign(cls, campaign: CampaignPage) -> "Badge":
        progress = campaign.progress
        figures = {
            "participants": format_number(progress.participants),
            "goal": format_number(progress.goal),
        }
        words = ngettext(
            "%(participants)s/%(goal)s participant",
            "%(participants)s/%(goal)s participants",
            progress.goal,
        )
        value = words % figures
        title = NOT_XML.sub("", campaign.title)
        return cls(label="Crowdtime", value=value, description=f"{title}: {value}")

    @property
    def label_width(self) -> int:
        return len(self.label) * CHARACTER_WIDTH + 2 * PADDING

    @property
    def value_width(self) -> int:
        return len(self.value) * CHARACTER_WIDTH + 2 * PADDING

    @property
    def width(self) -> int:
        return self.label_width + self.value_width

    @property
    def label_x(self) -> float:
        return self.label_width / 2

    @property
    def value_x(self) -> float:
        return self.label_width + self.value_width / 2
