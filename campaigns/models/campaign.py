import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce, Least
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.blocks import EquivalenceBlock, InstructionsBlock, UpdateBlock
from core.durations import Duration
from pages.api import PageLinkField, TagsField
from pages.blocks import RICH_TEXT_FEATURES
from pages.models import (
    BasePage,
    ChoiceFilter,
    FilteredListingPage,
    LiveFigures,
    MainImageMixin,
    RunByOrganisation,
    Tag,
    TagFilter,
    WithFeed,
    duration_filter,
)
from pages.models.base import Boost, with_card_images
from pages.models.tags import attach_localized_tags

from .participation import campaign_figures


@dataclass(frozen=True)
class Progress:
    participants: int
    goal: int

    @property
    def percent(self) -> int:
        """Of the goal, past 100 when the crowd exceeds it."""
        return round(self.participants * 100 / self.goal) if self.goal else 0

    @property
    def bar_percent(self) -> float:
        """The bar's filled share of its width: the scale grows past the goal."""
        scale = max(self.participants, self.goal, 1)
        return round(self.participants * 100 / scale, 1)

    @property
    def goal_mark_percent(self) -> float:
        scale = max(self.participants, self.goal, 1)
        return round(self.goal * 100 / scale, 1)


class CampaignCause(TaggedItemBase):
    tag = models.ForeignKey(
        Tag,
        related_name="tagged_campaigns",
        on_delete=models.CASCADE,
        limit_choices_to={"kind": Tag.Kind.CAUSE},
    )
    content_object = ParentalKey(
        "campaigns.CampaignPage", related_name="tagged_causes", on_delete=models.CASCADE
    )


class CampaignStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    FINISHED = "finished", _("Finished")


def campaign_ends_at():
    """When a campaign stops taking sign-ups (`CampaignPage.ends_at`), as an expression: its
    early close if that comes before its end."""
    return Least("closes_at", Coalesce("closed_early_at", "closes_at"))


def open_campaigns(now) -> Q:
    """The campaigns taking sign-ups (`CampaignPage.status` "open"), as a query: opened, before
    their end, and not closed early yet (an early close set for later leaves them open until
    then)."""
    return Q(opens_at__lte=now, closes_at__gt=now) & (
        Q(closed_early_at__isnull=True) | Q(closed_early_at__gt=now)
    )


class ActionType(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    BOTH = "both", _("Online and in person")


class CampaignIndexPage(WithFeed, FilteredListingPage):
    subpage_types = []  # what it lists lives under each organisation's page
    listed_page_type = "campaigns.CampaignPage"
    feed = "campaigns.feeds.CampaignFeed"
    items_name = "campaigns"
    filters = [
        TagFilter(Tag.Kind.CAUSE, "tagged_causes", label=_("Cause"), any_label=_("All causes")),
        ChoiceFilter(
            "action",
            label=_("Kind of action"),
            any_label=_("Online or in person"),
            choices=[
                (kind.value, kind.label) for kind in (ActionType.ONLINE, ActionType.IN_PERSON)
            ],
            # A campaign both online and in person suits either.
            query=lambda action: Q(action_type__in=[action, ActionType.BOTH]),
            unknown=_("No such kind of action."),
            unlisted=(ActionType.BOTH,),
        ),
        duration_filter("minutes_per_participant", _("Time needed"), Duration.at_most_choices()),
    ]

    class Meta:
        verbose_name = _("Campaign index")

    def get_items(self):
        """Open campaigns first (nearest deadline first), then upcoming, then finished."""
        now = timezone.now()
        campaigns = (
            self.listed_pages()
            .public()
            .annotate(effective_close=campaign_ends_at())
            .annotate(
                # Neither open nor at its end: upcoming (even if its early close is set).
                status_rank=Case(
                    When(open_campaigns(now), then=Value(0)),
                    When(effective_close__gt=now, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                ),
            )
        )
        return with_card_images(campaigns).order_by(
            "status_rank",
            Case(When(status_rank=1, then=F("opens_at")), default=F("effective_close")).asc(),
            "-effective_close",
        )


class CampaignPage(LiveFigures, RunByOrganisation, RoutablePageMixin, MainImageMixin, BasePage):
    """A crowdtiming campaign: an action with a deadline and a goal number of participants."""

    social_kind = "campaign"
    feed_template = "campaigns/feeds/campaign_entry.html"

    summary = models.TextField(verbose_name=_("Summary"), help_text=_("One or two sentences."))
    causes = ClusterTaggableManager(through=CampaignCause, blank=True, verbose_name=_("Causes"))
    action_type = models.CharField(
        verbose_name=_("Kind of action"),
        max_length=10,
        choices=ActionType.choices,
        default=ActionType.ONLINE,
    )
    place = models.CharField(
        verbose_name=_("Place"),
        max_length=200,
        blank=True,
        help_text=_("Where to meet, for actions in person."),
    )
    event_starts_at = models.DateTimeField(
        verbose_name=_("Meeting starts at"), null=True, blank=True
    )
    event_ends_at = models.DateTimeField(verbose_name=_("Meeting ends at"), null=True, blank=True)
    opens_at = models.DateTimeField(verbose_name=_("Opens at"))
    closes_at = models.DateTimeField(verbose_name=_("Closes at"))
    closed_early_at = models.DateTimeField(
        verbose_name=_("Closed early at"),
        null=True,
        blank=True,
        help_text=_("Set it to now to end the campaign before its closing date."),
    )
    goal_participants = models.PositiveIntegerField(
        verbose_name=_("Goal (participants)"), validators=[MinValueValidator(1)]
    )
    minutes_per_participant = models.PositiveIntegerField(
        verbose_name=_("Minutes per participant"), default=15, validators=[MinValueValidator(1)]
    )
    instructions = StreamField(InstructionsBlock(), verbose_name=_("Instructions"), blank=True)
    impact_unit = models.CharField(
        verbose_name=_("Impact unit"),
        max_length=100,
        blank=True,
        help_text=_(
            "What participants report, in the plural: “e-mails deleted”. Leave empty if nothing is measured."
        ),
    )
    equivalences = StreamField(
        [("equivalence", EquivalenceBlock())], verbose_name=_("Equivalences"), blank=True
    )
    updates = StreamField([("update", UpdateBlock())], verbose_name=_("Updates"), blank=True)
    results = RichTextField(
        verbose_name=_("Results"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown once the campaign has ended."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Main image")
        ),
        FieldPanel("causes"),
        MultiFieldPanel(
            [
                FieldPanel("action_type"),
                FieldPanel("place"),
                FieldRowPanel([FieldPanel("event_starts_at"), FieldPanel("event_ends_at")]),
            ],
            heading=_("Action"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("closed_early_at"),
                FieldRowPanel(
                    [FieldPanel("goal_participants"), FieldPanel("minutes_per_participant")]
                ),
            ],
            heading=_("Dates and goal"),
        ),
        FieldPanel("instructions"),
        MultiFieldPanel(
            [FieldPanel("impact_unit"), FieldPanel("equivalences")], heading=_("Impact")
        ),
        FieldPanel("updates"),
        FieldPanel("results"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("summary"),
        *MainImageMixin.main_image_translation_policy,
        SynchronizedField("tagged_causes"),
        SynchronizedField("action_type"),
        TranslatableField("place"),
        SynchronizedField("event_starts_at"),
        SynchronizedField("event_ends_at"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("closed_early_at"),
        SynchronizedField("goal_participants"),
        SynchronizedField("minutes_per_participant"),
        TranslatableField("instructions"),
        TranslatableField("impact_unit"),
        TranslatableField("equivalences"),
        TranslatableField("updates"),
        TranslatableField("results"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=Boost.SUMMARY),
        index.SearchField("instructions", boost=Boost.BODY),
        index.SearchField("place"),
    ]

    # The read-only API (site/api.py): the figures are those the page shows, counted in
    # every language; nothing about who signed up.
    api_fields = [
        APIField("summary"),
        APIField("causes", serializer=TagsField(source="localized_causes")),
        APIField("organisation", serializer=PageLinkField()),
        APIField("action_type"),
        APIField("place"),
        APIField("event_starts_at"),
        APIField("event_ends_at"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("ends_at", serializer=serializers.DateTimeField()),
        APIField("status", serializer=serializers.CharField()),
        APIField("goal_participants"),
        APIField(
            "participants", serializer=serializers.IntegerField(source="progress.participants")
        ),
        APIField("percent_of_goal", serializer=serializers.IntegerField(source="progress.percent")),
        APIField("minutes_per_participant"),
        APIField("impact", serializer=serializers.IntegerField(source="figures.impact")),
        APIField("impact_unit"),
    ]

    class Meta:
        verbose_name = _("Campaign")

    @classmethod
    def prepare_for_listing(cls, campaigns) -> list:
        """What a feed's entries and the API's items show of each campaign, for all at once:
        its figures, its organisation, its causes named in its language."""
        campaigns = cls.attach_organisations(cls.attach_figures(campaigns))
        attach_localized_tags(campaigns, "tagged_causes", "localized_causes")
        return campaigns

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("A campaign closes after it opens.")
        if self.action_type != ActionType.ONLINE and not self.place.strip():
            errors["place"] = _("Say where people meet for an action in person.")
        if (
            self.event_starts_at
            and self.event_ends_at
            and self.event_ends_at < self.event_starts_at
        ):
            errors["event_ends_at"] = _("The meeting ends after it starts.")
        if errors:
            raise ValidationError(errors)

    @classmethod
    def open_now(cls):
        """Live campaigns taking sign-ups, nearest deadline first, with their counts."""
        campaigns = (
            cls.objects.live()
            .public()
            .filter(open_campaigns(timezone.now()))
            .order_by(campaign_ends_at())
        )
        return with_card_images(campaigns)

    @property
    def ends_at(self) -> datetime.datetime:
        if self.closed_early_at and self.closed_early_at < self.closes_at:
            return self.closed_early_at
        return self.closes_at

    @property
    def status(self) -> str:
        now = timezone.now()
        if now >= self.ends_at:
            return CampaignStatus.FINISHED
        if now < self.opens_at:
            return CampaignStatus.UPCOMING
        return CampaignStatus.OPEN

    @property
    def status_label(self) -> str:
        return CampaignStatus(self.status).label

    figures_for = staticmethod(campaign_figures)

    @property
    def progress(self) -> Progress:
        return Progress(participants=self.figures.participants, goal=self.goal_participants)

    @property
    def hours_given(self) -> float:
        return self.figures.participants * self.minutes_per_participant / 60

    def equivalence_totals(self) -> list[tuple[int, str]]:
        return [
            (self.figures.impact // block.value["per"], block.value["label"])
            for block in self.equivalences
        ]

    def get_meta_description(self) -> str:
        return self.search_description or self.summary

    def structured_data(self, request) -> dict:
        from campaigns.structured_data import campaign

        return campaign(self, request)

    def get_context(self, request, *args, **kwargs):
        from campaigns.charts import SignUpChart
        from campaigns.embed import embed_code, oembed_discovery_url

        context = super().get_context(request, *args, **kwargs)
        context["causes"] = self.remember(
            request,
            "causes",
            lambda: Tag.listed_in(self.causes.all(), self.locale),
        )
        context["chart"] = SignUpChart.for_campaign(self)
        context["updates"] = sorted(
            self.updates, key=lambda block: block.value["date"], reverse=True
        )
        context["oembed_url"] = oembed_discovery_url(request, self)
        context["embed_code"] = embed_code(request, self)
        return context

    def get_cached_paths(self):
        """What the front-end cache keeps of the campaign beside its page, purged with it
        (pages/frontend_cache.py); join/ holds a form, which no cache keeps."""
        return [*super().get_cached_paths(), "thanks/", "embed/", "calendar/", "badge.svg"]

    @path("join/")
    def join(self, request):
        from campaigns import views

        return views.join(request, self)

    @path("thanks/")
    def thanks(self, request):
        from campaigns import views

        return views.thanks(request, self)

    @path("embed/")
    def embed(self, request):
        from campaigns import views

        return views.embed(request, self)

    @path("calendar/")
    def calendar(self, request):
        from campaigns import views

        return views.calendar(request, self)
