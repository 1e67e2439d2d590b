"""Blocks of campaign pages, and the live campaign card that articles and the home page embed."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("What to do"))

    class Meta:
        icon = "arrow-right"
        label = _("Step")
        template = "campaigns/blocks/step.html"
        description = _("One step of the action, in a sentence or two.")
        preview_value = {"title": "Sort your inbox", "text": "Start with the oldest messages."}


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=200), label=_("Items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "campaigns/blocks/checklist.html"
        description = _("Things to check or bring, ticked off one by one.")


class InstructionsBlock(blocks.StreamBlock):
    step = StepBlock()
    checklist = ChecklistBlock()


class EquivalenceBlock(blocks.StructBlock):
    """ "30 e-mails deleted ≈ one hour of a light bulb": the total divided by `per`."""

    per = blocks.IntegerBlock(
        label=_("Reported units for one equivalent"), min_value=1, help_text=_("For example 30.")
    )
    label = blocks.CharBlock(
        label=_("Equivalent"),
        max_length=120,
        help_text=_("What one equivalent is, in the plural: “hours of a light bulb”."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Equivalence")


class UpdateBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "date"
        label = _("Update")


class CampaignCardBlock(blocks.StructBlock):
    """A campaign's live progress and a join button, in the reader's language."""

    shows_live_figures = True  # drawn at every view, not kept with the page's other blocks
    campaign = blocks.PageChooserBlock(label=_("Campaign"), page_type="campaigns.CampaignPage")

    class Meta:
        icon = "group"
        label = _("Campaign card")
        template = "campaigns/blocks/campaign_card.html"
        description = _("A campaign's live progress, time left and a join button.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        campaign = value["campaign"].specific.localized if value["campaign"] else None
        context["campaign"] = campaign
        return context


class ChallengeCardBlock(blocks.StructBlock):
    """A challenge's status, contributions so far and a link, in the reader's language."""

    shows_live_figures = True  # drawn at every view, not kept with the page's other blocks
    challenge = blocks.PageChooserBlock(label=_("Challenge"), page_type="campaigns.ChallengePage")

    class Meta:
        icon = "help"
        label = _("Challenge card")
        template = "campaigns/blocks/challenge_card.html"
        description = _("A challenge's status, its contributions so far and a link to it.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        challenge = value["challenge"].specific.localized if value["challenge"] else None
        context["challenge"] = challenge
        return context
