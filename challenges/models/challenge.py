from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, Value
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

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
from pages.models.base import Boost, paginate, with_card_images
from pages.models.tags import attach_localized_tags

from .contribution import Contribution, ContributionMark, challenge_figures


class ChallengeCause(TaggedItemBase):
    tag = models.ForeignKey(
        Tag,
        related_name="tagged_challenges_by_cause",
        on_delete=models.CASCADE,
        limit_choices_to={"kind": Tag.Kind.CAUSE},
    )
    content_object = ParentalKey(
        "challenges.ChallengePage", related_name="tagged_causes", on_delete=models.CASCADE
    )


class ChallengeSkill(TaggedItemBase):
    tag = models.ForeignKey(
        Tag,
        related_name="tagged_challenges_by_skill",
        on_delete=models.CASCADE,
        limit_choices_to={"kind": Tag.Kind.SKILL},
    )
    content_object = ParentalKey(
        "challenges.ChallengePage", related_name="tagged_skills", on_delete=models.CASCADE
    )


class ChallengeStatus(models.TextChoices):
    # A context of their own: "open" agrees with "défi" here, with "campagne" elsewhere.
    OPEN = "open", pgettext_lazy("challenge", "Open")
    CLOSED = "closed", pgettext_lazy("challenge", "Closed")
    SOLVED = "solved", pgettext_lazy("challenge", "Solved")


CONTRIBUTIONS_PER_PAGE = 20


def open_challenges(now) -> Q:
    """The challenges taking contributions (`ChallengePage.status` "open"), as a query: before
    their deadline, and none of their contributions selected yet (solved early, a challenge
    takes no more)."""
    solved = Contribution.objects.solving().values("challenge_key")
    return Q(deadline__gt=now) & ~Q(translation_key__in=solved)


class ChallengeIndexPage(WithFeed, FilteredListingPage):
    subpage_types = []  # what it lists lives under each organisation's page
    listed_page_type = "challenges.ChallengePage"
    feed = "challenges.feeds.ChallengeFeed"
    items_name = "challenges"
    filters = [
        TagFilter(Tag.Kind.CAUSE, "tagged_causes", label=_("Cause"), any_label=_("All causes")),
        TagFilter(Tag.Kind.SKILL, "tagged_skills", label=_("Skill"), any_label=_("All skills")),
        duration_filter("minutes", _("Time I have"), Duration.choices),
        ChoiceFilter(
            "status",
            label=_("Status"),
            any_label=_("Open or closed"),
            choices=[
                (status.value, status.label)
                for status in (ChallengeStatus.OPEN, ChallengeStatus.CLOSED)
            ],
            query=lambda status: (
                open_challenges(timezone.now())
                if status == ChallengeStatus.OPEN
                else ~open_challenges(timezone.now())
            ),
            unknown=_("No such status."),
        ),
    ]

    class Meta:
        verbose_name = _("Challenge index")

    def get_items(self):
        """Open challenges first, nearest deadline first; then the others, latest first."""
        is_open = open_challenges(timezone.now())
        challenges = self.listed_pages().public()
        return with_card_images(challenges).order_by(
            models.Case(models.When(is_open, then=Value(0)), default=Value(1)),
            models.Case(models.When(is_open, then="deadline")),
            "-deadline",
        )


class ChallengePage(LiveFigures, RunByOrganisation, RoutablePageMixin, MainImageMixin, BasePage):
    """A small online task an organisation asks volunteers for: about fifteen minutes."""

    social_kind = "challenge"
    feed_template = "challenges/feeds/challenge_entry.html"

    summary = models.TextField(verbose_name=_("Summary"), help_text=_("One sentence."))
    task = models.TextField(
        verbose_name=_("The task"), help_text=_("Exactly what to send, and in what form.")
    )
    context = RichTextField(
        verbose_name=_("Context"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What a volunteer needs to know to help."),
    )
    causes = ClusterTaggableManager(
        through=ChallengeCause,
        blank=True,
        verbose_name=_("Causes"),
        related_name="challenges_by_cause",
    )
    skills = ClusterTaggableManager(
        through=ChallengeSkill,
        blank=True,
        verbose_name=_("Skills wanted"),
        related_name="challenges_by_skill",
    )
    minutes = models.PositiveSmallIntegerField(
        verbose_name=_("Estimated minutes"), default=15, validators=[MinValueValidator(1)]
    )
    deadline = models.DateTimeField(verbose_name=_("Deadline"))
    max_answer_length = models.PositiveIntegerField(
        verbose_name=_("Maximum answer length (characters)"),
        default=1000,
        validators=[MinValueValidator(50), MaxValueValidator(10_000)],
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Document to look at"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    follow_up = RichTextField(
        verbose_name=_("What we did with it"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown once contributions are selected, and e-mailed to every contributor."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("task"),
        FieldPanel("context"),
        FieldPanel("causes"),
        FieldPanel("skills"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("minutes"), FieldPanel("deadline")]),
                FieldPanel("max_answer_length"),
            ],
            heading=_("Time and length"),
        ),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("document")],
            heading=_("Something to look at"),
        ),
        FieldPanel("follow_up"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("summary"),
        TranslatableField("task"),
        TranslatableField("context"),
        SynchronizedField("tagged_causes"),
        SynchronizedField("tagged_skills"),
        SynchronizedField("minutes"),
        SynchronizedField("deadline"),
        SynchronizedField("max_answer_length"),
        *MainImageMixin.main_image_translation_policy,
        SynchronizedField("document"),
        TranslatableField("follow_up"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=Boost.SUMMARY),
        index.SearchField("task", boost=Boost.BODY),
        index.SearchField("context", boost=Boost.BODY),
    ]

    # The read-only API (site/api.py): the count is the page's, in every language; nothing
    # about who contributed or what they wrote.
    api_fields = [
        APIField("summary"),
        APIField("task"),
        APIField("causes", serializer=TagsField(source="localized_causes")),
        APIField("skills", serializer=TagsField(source="localized_skills")),
        APIField("organisation", serializer=PageLinkField()),
        APIField("minutes"),
        APIField("deadline"),
        APIField("status", serializer=serializers.CharField()),
        APIField("contributions", serializer=serializers.IntegerField(source="contribution_count")),
        APIField("solved_at", serializer=serializers.DateTimeField()),
    ]

    class Meta:
        verbose_name = _("Challenge")

    @classmethod
    def prepare_for_listing(cls, challenges) -> list:
        """What a feed's entries and the API's items show of each challenge, for all at once:
        its figures, its organisation, its causes and skills named in its language."""
        challenges = cls.attach_organisations(cls.attach_figures(challenges))
        attach_localized_tags(challenges, "tagged_causes", "localized_causes")
        attach_localized_tags(challenges, "tagged_skills", "localized_skills")
        return challenges

    def contributions(self):
        return Contribution.objects.for_challenge(self)

    figures_for = staticmethod(challenge_figures)

    @property
    def contribution_count(self) -> int:
        return self.figures.contributions

    @property
    def has_selection(self) -> bool:
        return self.figures.has_selection

    @property
    def solved_at(self):
        return self.figures.solved_at

    @property
    def status(self) -> str:
        if self.has_selection:
            return ChallengeStatus.SOLVED
        if timezone.now() >= self.deadline:
            return ChallengeStatus.CLOSED
        return ChallengeStatus.OPEN

    @property
    def status_label(self) -> str:
        return ChallengeStatus(self.status).label

    def get_meta_description(self) -> str:
        return self.search_description or self.summary

    def structured_data(self, request) -> dict:
        from challenges.structured_data import challenge

        return challenge(self, request)

    def get_cached_paths(self):
        """Purged from the front-end cache with the page (pages/frontend_cache.py)."""
        return [*super().get_cached_paths(), "calendar/"]

    @path("calendar/")
    def calendar(self, request):
        from challenges import views

        return views.calendar(request, self)

    @path("contribute/")
    def contribute(self, request):
        from challenges import views

        return views.contribute(request, self)

    @path("contributions/<int:pk>/edit/")
    def edit_contribution(self, request, pk):
        from challenges import views

        contribution = self.contributions().filter(pk=pk).first()
        if contribution is None:
            raise Http404
        return views.contribute(request, self, contribution)

    @path("later/")
    def keep_for_later(self, request):
        from challenges import views

        return views.keep_for_later(request, self)

    @path("contributions/<int:pk>/useful/")
    def mark_useful(self, request, pk):
        from challenges import views

        return views.mark(request, self, pk)

    @path("contributions/<int:pk>/report/")
    def report_contribution(self, request, pk):
        from challenges import views

        return views.report(request, self, pk)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sort = request.GET.get("sort", "useful")
        if sort not in ("useful", "recent"):
            raise Http404(_("No such order."))
        # What a contribution shows (Contribution.shown), and of its author only the name.
        contributions = (
            self.contributions()
            .visible()
            .select_related("author__volunteer_profile")
            .only(
                "text",
                "link",
                "useful_count",
                "is_selected",
                "language",
                "created_at",
                "author__volunteer_profile__display_name",
            )
        )
        order = ["-is_selected", "-useful_count", "-created_at"]
        if sort == "recent":
            order = ["-is_selected", "-created_at"]
        own = None
        if request.user.is_authenticated:
            own = self.contributions().filter(author=request.user).first()
            context["kept_for_later"] = request.user.challenge_bookmarks.filter(
                challenge_key=self.translation_key
            ).exists()
        if "form" not in context and self.status == ChallengeStatus.OPEN:
            from challenges.forms import ContributionForm

            context["form"] = ContributionForm(instance=own, challenge=self)
        page = paginate(
            contributions.order_by(*order), request, CONTRIBUTIONS_PER_PAGE, self.contribution_count
        )
        from challenges.views import machine_translation_links

        context.update(
            machine_translation_links(request, page, get_language()),
            contributions=page,
            contributions_shown=[contribution.shown for contribution in page],
            own_contribution=own,
            marked=set(
                ContributionMark.objects.filter(
                    user_id=request.user.pk, contribution__challenge_key=self.translation_key
                ).values_list("contribution_id", flat=True)
            )
            if request.user.is_authenticated
            else set(),
            sort=sort,
            causes=self.remember(
                request,
                "causes",
                lambda: Tag.listed_in(self.causes.all(), self.locale),
            ),
            skills=self.remember(
                request,
                "skills",
                lambda: Tag.listed_in(self.skills.all(), self.locale),
            ),
        )
        return context
