"""Blocks of campaign pages: the steps of the action, and what its figures amount to."""

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
