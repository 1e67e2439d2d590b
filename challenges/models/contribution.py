import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, models, transaction
from django.db.models import Count, Exists, F, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.links import UnsafeLink, normalise_link
from core.shared_cache import cache_key, cached_per_key

REPORTS_BEFORE_HIDING = 3
# The longest a challenge's figures may lag behind when a change skips the model's signals
# (bulk updates); every saved or deleted contribution refreshes them at once.
FIGURES_TTL = 5
FIGURES = "challenge-figures"


class ContributionQuerySet(models.QuerySet):
    def for_challenge(self, challenge):
        """Contributions belong to the challenge in every language, through its translation key."""
        return self.filter(challenge_key=challenge.translation_key)

    def visible(self):
        return self.filter(is_hidden=False)

    def solving(self):
        """Those that solve their challenge: selected and visible. Once hidden, a selected
        contribution solves nothing, and its challenge is open again until its deadline."""
        return self.visible().filter(is_selected=True)

    def waiting_for_a_look(self):
        """Those someone has yet to look at: the visible ones of a live challenge that its
        organisation has not solved yet (it may select one), and hidden ones that volunteers
        reported (a moderator decides)."""
        from challenges.models.challenge import ChallengePage

        solved = Contribution.objects.solving().values("challenge_key")
        unsolved = ChallengePage.objects.live().exclude(translation_key__in=solved)
        reported = ContributionReport.objects.filter(contribution=OuterRef("pk"))
        return self.filter(
            Q(is_hidden=False, challenge_key__in=unsolved.values("translation_key"))
            | Q(Exists(reported), is_hidden=True)
        )

    def recount_usefulness(self) -> None:
        """Set `useful_count` from the marks, for marks made in bulk (demo and bench data)."""
        marks = (
            ContributionMark.objects.filter(contribution=OuterRef("pk"))
            .order_by()
            .values("contribution")
            .annotate(total=Count("pk"))
            .values("total")
        )
        self.update(useful_count=Coalesce(Subquery(marks), 0))


class Contribution(models.Model):
    """A volunteer's answer to a challenge: plain text, never rendered as HTML."""

    challenge_key = models.UUIDField(verbose_name=_("Challenge"), db_index=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,  # a deleted account leaves its contributions, anonymised
        related_name="contributions",
    )
    text = models.TextField(verbose_name=_("Contribution"))
    link = models.URLField(verbose_name=_("Link"), blank=True, max_length=500)
    language = models.CharField(verbose_name=_("Language"), max_length=10)
    created_at = models.DateTimeField(
        verbose_name=_("Sent at"), default=timezone.now, editable=False
    )
    updated_at = models.DateTimeField(verbose_name=_("Edited at"), auto_now=True)
    is_selected = models.BooleanField(verbose_name=_("Selected by the organisation"), default=False)
    # The day a challenge was solved is the first selection's: "solved on" that day.
    selected_at = models.DateTimeField(
        verbose_name=_("Selected at"), null=True, blank=True, editable=False
    )
    follow_up_sent_at = models.DateTimeField(
        verbose_name=_("Follow-up e-mailed at"), null=True, blank=True, editable=False
    )
    is_hidden = models.BooleanField(
        verbose_name=_("Hidden"),
        default=False,
        help_text=_("Hidden after three reports, until a moderator looks at it."),
    )
    # Kept by the marks' save and delete signals, so that a challenge with many
    # contributions sorts them by usefulness through an index, not a count per request.
    useful_count = models.PositiveIntegerField(verbose_name=_("Useful"), default=0, editable=False)

    objects = ContributionQuerySet.as_manager()

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["-created_at"]
        # A challenge page reads 20 visible contributions in either order straight from one
        # of these, however many there are.
        indexes = [
            models.Index(
                fields=["challenge_key", "-is_selected", "-useful_count", "-created_at"],
                condition=Q(is_hidden=False),
                name="contribution_most_useful",
            ),
            models.Index(
                fields=["challenge_key", "-is_selected", "-created_at"],
                condition=Q(is_hidden=False),
                name="contribution_newest",
            ),
            # Whether a challenge is solved.
            models.Index(
                fields=["challenge_key"],
                condition=Q(is_hidden=False, is_selected=True),
                name="contribution_selected",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["challenge_key", "author"],
                condition=Q(author__isnull=False),
                name="one_contribution_per_volunteer_and_challenge",
            )
        ]

    # As read from the database (False for one made here): whether a save or a deletion changes
    # which challenges are solved, and so open (challenges/signals.py).
    selected_as_read = False

    def __str__(self):
        return self.text[:60]

    def save(self, *args, **kwargs):
        if not self.is_selected:
            self.selected_at = None
        elif self.selected_at is None:
            self.selected_at = timezone.now()
        super().save(*args, **kwargs)

    @classmethod
    def from_db(cls, db, field_names, values):
        contribution = super().from_db(db, field_names, values)
        if "is_selected" in field_names:  # else left out of the query: not changed by a save
            contribution.selected_as_read = contribution.is_selected
        return contribution

    @property
    def safe_link(self) -> str:
        """The link to show: only one that browsers all read alike, in its stored form. Links
        stored before they were checked on the way in may be neither: those are not shown."""
        try:
            return normalise_link(self.link) if self.link else ""
        except UnsafeLink:
            return ""

    @property
    def shown(self) -> tuple:
        """Everything a challenge page shows of it: the key its drawn HTML is kept under."""
        author = self.author
        profile = getattr(author, "volunteer_profile", None) if author else None
        return (
            self.pk,
            self.text,
            self.link,
            self.useful_count,
            self.is_selected,
            self.language,
            self.created_at,
            self.author_id,
            profile.display_name if profile else None,
        )


def once_per_volunteer(act: str, acts: str) -> type[models.Model]:
    """The abstract model of something a volunteer does to a contribution at most once (`act`:
    "mark", "report"): a unique constraint keeps one even under simultaneous clicks, and it
    goes with the contribution or with the volunteer's account. The names of the links back
    (`contribution.<acts>`, `user.contribution_<acts>`) and of the constraint are in the
    migrations: a model of its own for each would name them again."""

    class OncePerVolunteer(models.Model):
        contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name=acts)
        user = models.ForeignKey(
            settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name=f"contribution_{acts}"
        )
        created_at = models.DateTimeField(default=timezone.now, editable=False)

        class Meta:
            abstract = True
            constraints = [
                models.UniqueConstraint(
                    fields=["contribution", "user"],
                    name=f"one_{act}_per_volunteer_and_contribution",
                )
            ]

    return OncePerVolunteer


class ContributionMark(once_per_volunteer("mark", "marks")):
    """A volunteer found this contribution useful."""

    def __str__(self):
        return f"{self.user} → {self.contribution}"

    @classmethod
    def toggle(cls, contribution, user) -> bool:
        """Add the volunteer's mark, or take it back; True when the mark is now there. Two
        simultaneous clicks cannot make two marks: the unique constraint keeps one."""
        removed, _by_model = cls.objects.filter(contribution=contribution, user=user).delete()
        if removed:
            return False
        try:
            with transaction.atomic():
                cls.objects.create(contribution=contribution, user=user)
        except IntegrityError:
            pass  # a simultaneous click counted it already
        return True


class ContributionReport(once_per_volunteer("report", "reports")):
    """A volunteer asks a moderator to look at this contribution."""

    def __str__(self):
        return f"{self.user} ⚑ {self.contribution}"


@receiver(post_save, sender=ContributionMark)
def count_a_mark(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        Contribution.objects.filter(pk=instance.contribution_id).update(
            useful_count=F("useful_count") + 1
        )


@receiver(post_delete, sender=ContributionMark)
def uncount_a_mark(sender, instance, **kwargs):
    """Also when the mark goes with its volunteer's account."""
    Contribution.objects.filter(pk=instance.contribution_id, useful_count__gt=0).update(
        useful_count=F("useful_count") - 1
    )


@dataclass(frozen=True)
class ChallengeFigures:
    contributions: int
    has_selection: bool
    solved_at: datetime.datetime | None = None


def challenge_figures(challenge_keys) -> dict:
    """Each challenge's number of visible contributions, and whether (since when) the
    organisation selected one, by translation key, whatever their number."""

    def compute(missing):
        rows = (
            Contribution.objects.visible()
            .filter(challenge_key__in=missing)
            .order_by()
            .values("challenge_key")
            .annotate(
                total=Count("pk"),
                selected=Count("pk", filter=Q(is_selected=True)),
                solved_at=Min("selected_at", filter=Q(is_selected=True)),
            )
        )
        return {
            **dict.fromkeys(missing, ChallengeFigures(contributions=0, has_selection=False)),
            **{
                row["challenge_key"]: ChallengeFigures(
                    row["total"], row["selected"] > 0, row["solved_at"]
                )
                for row in rows
            },
        }

    return cached_per_key(FIGURES, challenge_keys, compute, FIGURES_TTL)


def forget_challenge_figures(challenge_key) -> None:
    """Now, for the rest of the transaction, and again once it commits: another worker may
    have counted the old rows in between."""
    key = cache_key(FIGURES, challenge_key)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


@receiver([post_save, post_delete], sender=Contribution)
def refresh_challenge_figures(sender, instance, raw=False, **kwargs):
    forget_challenge_figures(instance.challenge_key)
