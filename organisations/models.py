import datetime
import hashlib
import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Collection
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.i18n import language_choices
from pages.api import TagsField
from pages.models import BasePage, ListingPage, Tag, WithFeed
from pages.models.base import Boost, with_card_images
from pages.models.tags import attach_localized_tags

# The renditions of a logo's `{% picture %}` (its filter specs, as the templates write them).
LOGO = "max-{240x240,480x480} format-{webp,png}"


class OrganisationIndexPage(ListingPage):
    """Every organisation, by name."""

    subpage_types = ["organisations.OrganisationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Organisation index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisations"] = self.paginate(self.get_organisations, request)
        return context

    def get_organisations(self):
        from wagtail.images import get_image_model
        from wagtail.images.models import Filter

        logos = get_image_model().objects.prefetch_renditions(*Filter.expand_spec(LOGO))
        return (
            OrganisationPage.objects.child_of(self)
            .live()
            .public()
            .prefetch_related(models.Prefetch("logo", queryset=logos))
            .order_by("title")
        )


class OrganisationCause(TaggedItemBase):
    tag = models.ForeignKey(
        Tag,
        related_name="tagged_organisations",
        on_delete=models.CASCADE,
        limit_choices_to={"kind": Tag.Kind.CAUSE},
    )
    content_object = ParentalKey(
        "organisations.OrganisationPage", related_name="tagged_causes", on_delete=models.CASCADE
    )


class OrganisationPage(WithFeed, BasePage):
    """An organisation presents itself; its campaigns and challenges are its children, and
    its staff may edit nothing else."""

    feed = "organisations.feeds.OrganisationFeed"

    summary = models.TextField(
        verbose_name=_("Short description"),
        max_length=600,
        help_text=_("Who you are and what you do, in two or three sentences."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(verbose_name=_("Website"), blank=True)
    country = CountryField(verbose_name=_("Country"))
    contact_email = models.EmailField(
        verbose_name=_("Contact e-mail"),
        help_text=_("Not shown on the site: the editors write to it."),
    )
    causes = ClusterTaggableManager(verbose_name=_("Causes"), through=OrganisationCause, blank=True)
    staff_group = models.ForeignKey(
        Group, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    collection = models.ForeignKey(
        Collection,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("country"), FieldPanel("contact_email")],
            heading=_("Details"),
        ),
        FieldPanel("causes"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("summary"),
        SynchronizedField("logo"),
        SynchronizedField("website"),
        SynchronizedField("country"),
        SynchronizedField("contact_email"),
        SynchronizedField("tagged_causes"),
        SynchronizedField("staff_group"),
        SynchronizedField("collection"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("summary", boost=Boost.SUMMARY)]
    parent_page_types = ["organisations.OrganisationIndexPage"]
    subpage_types = ["campaigns.CampaignPage", "challenges.ChallengePage"]

    # The read-only API (site/api.py): what the page shows; not the contact address.
    api_fields = [
        APIField("summary"),
        APIField("website"),
        APIField("country"),
        APIField("causes", serializer=TagsField(source="localized_causes")),
    ]

    class Meta:
        verbose_name = _("Organisation")

    @classmethod
    def prepare_for_listing(cls, organisations) -> list:
        """What the API's items show of each organisation, for all at once: its causes named
        in its language."""
        organisations = list(organisations)
        attach_localized_tags(organisations, "tagged_causes", "localized_causes")
        return organisations

    social_kind = "organisation"

    def get_social_image(self):
        return self.social_image or self.logo

    def get_social_image_alt(self) -> str:
        if self.social_image or not self.logo:
            return super().get_social_image_alt()
        return _("Logo of %(name)s") % {"name": self.title}

    def get_meta_description(self) -> str:
        return self.search_description or self.summary

    def structured_data(self, request) -> dict:
        from organisations.structured_data import organisation

        return organisation(self, request)

    def get_context(self, request, *args, **kwargs):
        from campaigns.models import CampaignPage
        from challenges.models import ChallengePage

        context = super().get_context(request, *args, **kwargs)
        campaigns = with_card_images(CampaignPage.objects.child_of(self).live().public())
        campaigns = CampaignPage.attach_figures(campaigns.order_by("-closes_at"))
        challenges = with_card_images(ChallengePage.objects.child_of(self).live().public())
        challenges = ChallengePage.attach_figures(challenges.order_by("-deadline"))
        context.update(
            open_campaigns=[c for c in campaigns if c.status != "finished"],
            past_campaigns=[c for c in campaigns if c.status == "finished"],
            open_challenges=[c for c in challenges if c.status == "open"],
            past_challenges=[c for c in challenges if c.status != "open"],
            totals=organisation_totals(campaigns, challenges),
            causes=Tag.listed_in(self.causes.all(), self.locale),
        )
        return context


def organisation_totals(campaigns, challenges) -> dict:
    """What volunteers gave, in every language, from the listings' own annotations."""
    campaign_minutes = sum(c.figures.participants * c.minutes_per_participant for c in campaigns)
    challenge_minutes = sum(c.contribution_count * c.minutes for c in challenges)
    return {
        "people": sum(c.figures.participants for c in campaigns),
        "contributions": sum(c.contribution_count for c in challenges),
        "hours": round((campaign_minutes + challenge_minutes) / 60),
    }


class OrganisationApplication(models.Model):
    """An organisation asks to join; an editor approves or rejects it, with a message."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a decision")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    name = models.CharField(verbose_name=_("Organisation name"), max_length=150)
    summary = models.TextField(verbose_name=_("Short description"), max_length=600)
    website = models.URLField(verbose_name=_("Website"), blank=True)
    country = CountryField(verbose_name=_("Country"))
    causes = models.ManyToManyField(Tag, verbose_name=_("Causes"), blank=True, related_name="+")
    contact_email = models.EmailField(verbose_name=_("Organisation's contact e-mail"))
    applicant_name = models.CharField(verbose_name=_("Your name"), max_length=100)
    applicant_email = models.EmailField(verbose_name=_("Your e-mail address"))
    language = models.CharField(verbose_name=_("Language"), max_length=10, choices=language_choices)
    privacy_notice_version = models.CharField(max_length=40, editable=False)
    status = models.CharField(
        verbose_name=_("Status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    decision_message = models.TextField(verbose_name=_("Message to the applicant"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True, editable=False)
    organisation = models.ForeignKey(
        OrganisationPage,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(verbose_name=_("Sent on"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation application")
        verbose_name_plural = _("organisation applications")
        ordering = ["-created_at"]

    def __str__(self):
        return self.name


class InvitationQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(
            accepted_at__isnull=True,
            created_at__gt=timezone.now() - Invitation.VALID_FOR,
        )


class Invitation(models.Model):
    """A staff member asks a colleague to join their organisation. The link works once, for
    a few days, and only for an account with the invited address."""

    VALID_FOR = datetime.timedelta(days=7)

    organisation = models.ForeignKey(
        OrganisationPage, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(verbose_name=_("E-mail address"))
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return self.email

    @staticmethod
    def hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @classmethod
    def send_to(cls, organisation, email, invited_by) -> tuple["Invitation", str]:
        """A new invitation and the secret token of its link; only the token's hash is kept."""
        token = secrets.token_urlsafe(32)
        invitation = cls.objects.create(
            organisation=organisation,
            email=email,
            token_hash=cls.hash(token),
            invited_by=invited_by,
        )
        return invitation, token

    @classmethod
    def find(cls, token: str):
        return cls.objects.usable().filter(token_hash=cls.hash(token)).first()
