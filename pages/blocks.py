"""StreamField blocks for editorial pages. `BodyBlock` is the one body shared by every page type,
with the live cards of campaigns and challenges."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "pages/blocks/heading.html"
        description = _("A section title; it also helps screen-reader users move around the page.")
        preview_value = {"text": "Give fifteen minutes", "level": "h2"}


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=200,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "pages/blocks/image.html"
        description = _("An image with a text alternative and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=150)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "pages/blocks/quote.html"
        description = _("A quotation and who said it.")
        preview_value = {"text": "Fifteen minutes was all it took.", "attribution": "A volunteer"}


class MediaBlock(blocks.StructBlock):
    """A video or other media, shown as a link rather than an embedded player: a third-party
    player would send visitors' data to its host and is blocked by the site's security policy."""

    url = EmbedBlock(label=_("Media URL"), help_text=_("A video or audio page (YouTube, Vimeo…)."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "media"
        label = _("Embedded media")
        template = "pages/blocks/media.html"
        description = _("A link to a video or audio recording hosted elsewhere.")


class LinkStructValue(blocks.StructValue):
    @cached_property
    def target(self):
        """The linked page in the visitor's language. `Navigation.localize_links` sets it
        for all its links at once."""
        page = self.get("page")
        return page.localized if page else None

    def href(self) -> str:
        return self.target.url if self.target else self.get("url") or ""

    def text(self) -> str:
        return self.get("label") or (self.target.title if self.target else self.get("url", ""))


def _field_error(field: str, message) -> blocks.StructBlockValidationError:
    return blocks.StructBlockValidationError(
        block_errors={field: ErrorList([ValidationError(message)])}
    )


class PageOrUrlMixin:
    """For blocks that lead either to a page of the site or to another site, never both."""

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise _field_error("page", _("Choose either a page or an external URL."))
        return value


class LinkBlock(PageOrUrlMixin, blocks.StructBlock):
    """A link to a page of the site (shown in the visitor's language) or to another site."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an external URL"), required=False)
    label = blocks.CharBlock(
        label=_("Label"), required=False, help_text=_("Defaults to the page's title.")
    )

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkStructValue

    def clean(self, value):
        value = super().clean(value)
        if value.get("url") and not value.get("label"):
            raise _field_error("label", _("A link to another site needs a label."))
        return value


class CallToActionBlock(PageOrUrlMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an external URL"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "pages/blocks/call_to_action.html"
        description = _("A highlighted invitation with a button leading to a page.")
        value_class = LinkStructValue


class LiveCardBlock(blocks.StructBlock):
    """A card of a page that shows live figures (a campaign's progress, a challenge's
    contributions), in the reader's language. It names its page type by string: the domains
    sit above the editorial pages, which never import them."""

    shows_live_figures = True  # drawn at every view, not kept with the page's other blocks
    page_field: str  # the child block that chooses the page, and the template's name for it

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = value[self.page_field]
        context[self.page_field] = page.specific.localized if page else None
        return context


class CampaignCardBlock(LiveCardBlock):
    """A campaign's live progress and a join button."""

    page_field = "campaign"
    campaign = blocks.PageChooserBlock(label=_("Campaign"), page_type="campaigns.CampaignPage")

    class Meta:
        icon = "group"
        label = _("Campaign card")
        template = "campaigns/blocks/campaign_card.html"
        description = _("A campaign's live progress, time left and a join button.")


class ChallengeCardBlock(LiveCardBlock):
    """A challenge's status, contributions so far and a link."""

    page_field = "challenge"
    challenge = blocks.PageChooserBlock(label=_("Challenge"), page_type="challenges.ChallengePage")

    class Meta:
        icon = "help"
        label = _("Challenge card")
        template = "challenges/blocks/challenge_card.html"
        description = _("A challenge's status, its contributions so far and a link to it.")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Paragraph"),
        template="pages/blocks/paragraph.html",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    media = MediaBlock()
    call_to_action = CallToActionBlock()
    campaign_card = CampaignCardBlock()
    challenge_card = ChallengeCardBlock()


class NavigationLinksBlock(blocks.StreamBlock):
    link = LinkBlock()
