from contextlib import nullcontext
from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce, TruncDate
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.shared_cache import cache_key, cached_per_key

MAX_PEOPLE_PER_SIGN_UP = 10
MAX_IMPACT_QUANTITY = 10**9
# The longest a campaign's figures may lag behind its sign-ups: every sign-up, report and
# withdrawal refreshes them at once; this bounds what bulk changes leave behind.
FIGURES_TTL = 5
FIGURES, DAYS = "campaign-figures", "campaign-days"


@dataclass(frozen=True)
class CampaignFigures:
    participants: int  # people, counting everyone who joined with each sign-up
    impact: int


class ParticipationQuerySet(models.QuerySet):
    def for_campaign(self, campaign):
        """Sign-ups belong to the campaign in every language: they are keyed on its
        translation key, never on one language's page."""
        return self.filter(campaign_key=campaign.translation_key)

    def figures(self) -> CampaignFigures:
        totals = self.aggregate(
            participants=Coalesce(Sum("people"), 0),
            impact=Coalesce(Sum("impact_quantity"), 0),
        )
        return CampaignFigures(**totals)

    def with_campaign_title(self):
        """The campaign's title in the language it was written in, for listings and exports."""
        source_titles = Page.objects.filter(translation_key=OuterRef("campaign_key")).order_by("pk")
        return self.annotate(campaign_title=Subquery(source_titles.values("title")[:1]))

    def people_by_day(self):
        return (
            self.annotate(day=TruncDate("joined_at"))
            .values("day")
            .annotate(people=Sum("people"))
            .order_by("day")
        )


class Participation(models.Model):
    """One sign-up to a campaign: the only place a participant's personal data is kept (never
    in page revisions), erased when they withdraw."""

    campaign_key = models.UUIDField(verbose_name=_("Campaign"), db_index=True)
    email = models.EmailField(verbose_name=_("E-mail"))
    first_name = models.CharField(verbose_name=_("First name"), max_length=100, blank=True)
    people = models.PositiveSmallIntegerField(
        verbose_name=_("People"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PEOPLE_PER_SIGN_UP)],
    )
    impact_quantity = models.PositiveBigIntegerField(
        verbose_name=_("Reported quantity"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_IMPACT_QUANTITY)],
    )
    language = models.CharField(verbose_name=_("Language"), max_length=10)
    privacy_notice_version = models.CharField(
        verbose_name=_("Privacy notice accepted"), max_length=100
    )
    remind_me = models.BooleanField(
        verbose_name=_("Remind me"),
        default=False,
        help_text=_("An e-mail before the campaign ends or the meeting starts."),
    )
    joined_at = models.DateTimeField(
        verbose_name=_("Joined at"), default=timezone.now, editable=False
    )
    # Set by join(): the sign-up itself is the confirmation's place in the queue, stored in the
    # same INSERT (campaigns/confirmations.py sends them in batches).
    confirmation_pending = models.BooleanField(default=False, editable=False)

    objects = ParticipationQuerySet.as_manager()

    TOKEN_SALT = "campaigns.participation"  # noqa: S105 (a namespace for signing, not a secret)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["-joined_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign_key", "email"], name="one_sign_up_per_email_and_campaign"
            )
        ]
        indexes = [
            models.Index(fields=["campaign_key", "joined_at"]),
            # The confirmations' queue: a few rows among all the sign-ups.
            models.Index(
                fields=["id"],
                condition=models.Q(confirmation_pending=True),
                name="participation_to_confirm",
            ),
        ]

    def __str__(self):
        return self.first_name or self.email

    @classmethod
    def join(cls, campaign, **fields) -> tuple["Participation", bool]:
        """Sign up once per address: (participation, created). A second sign-up with the same
        address, even at the same instant, finds the first one and counts nothing. A new one
        waits for its confirmation (campaigns/confirmations.py): one INSERT stores both."""
        email = fields.pop("email").strip().lower()
        # One INSERT is atomic on its own; inside a caller's transaction, a savepoint keeps
        # the failed INSERT of a repeated address from aborting the rest of it.
        in_a_transaction = transaction.get_connection().in_atomic_block
        try:
            with transaction.atomic() if in_a_transaction else nullcontext():
                participation = cls.objects.create(
                    campaign_key=campaign.translation_key,
                    email=email,
                    confirmation_pending=True,
                    **fields,
                )
        except IntegrityError:
            return cls.objects.get(campaign_key=campaign.translation_key, email=email), False
        return participation, True

    def make_token(self) -> str:
        """The private key to the participant's own page, sent only to their address."""
        return signing.dumps(self.pk, salt=self.TOKEN_SALT)

    def private_url(self, language: str) -> str:
        """The participant's own page, in `language`, as e-mails link to it: the token is the
        key, and no address appears in it."""
        with translation.override(language):
            path = reverse("campaigns:participation", args=[self.make_token()])
        return urljoin(settings.WAGTAILADMIN_BASE_URL, path)

    @classmethod
    def from_token(cls, token: str, max_age: int) -> "Participation | None":
        try:
            pk = signing.loads(token, salt=cls.TOKEN_SALT, max_age=max_age)
        except signing.BadSignature:
            return None
        return cls.objects.filter(pk=pk).first()


def campaign_figures(campaign_keys) -> dict:
    """Each campaign's totals by translation key, whatever the number of sign-ups."""

    def compute(missing):
        figures = dict.fromkeys(missing, CampaignFigures(participants=0, impact=0))
        rows = (
            Participation.objects.filter(campaign_key__in=missing)
            .order_by()
            .values("campaign_key")
            .annotate(people=Sum("people"), impact=Coalesce(Sum("impact_quantity"), 0))
        )
        for row in rows:
            figures[row["campaign_key"]] = CampaignFigures(
                participants=row["people"], impact=row["impact"]
            )
        return figures

    return cached_per_key(FIGURES, campaign_keys, compute, FIGURES_TTL)


def people_by_day(campaign_key) -> list[dict]:
    return cache.get_or_set(
        cache_key(DAYS, campaign_key),
        lambda: list(Participation.objects.filter(campaign_key=campaign_key).people_by_day()),
        FIGURES_TTL,
    )


def forget_campaign_figures(campaign_key) -> None:
    """Now, for the rest of the transaction, and again once it commits: another worker may
    have counted the old rows in between."""
    keys = [cache_key(FIGURES, campaign_key), cache_key(DAYS, campaign_key)]
    if transaction.get_connection().in_atomic_block:
        cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))  # at once, outside a transaction


@receiver([post_save, post_delete], sender=Participation)
def refresh_campaign_figures(sender, instance, raw=False, **kwargs):
    forget_campaign_figures(instance.campaign_key)
