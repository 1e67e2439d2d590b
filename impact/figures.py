"""The site's figures: worked out in a fixed handful of grouped queries, however many sign-ups
and contributions there are, and kept in the shared cache for a few minutes, so that every
worker, every language and every download shows the same figures, stamped with their time.

What counts: the live, public campaigns (once opened) and challenges, each once across its
translations (sign-ups and contributions are keyed on the translation key), and the visible
contributions, as the campaign and challenge pages count them.

- people who took part: the people of each sign-up to a campaign (with those who came along)
  and the volunteers who sent a contribution, once per campaign or challenge;
- hours given: each campaign's people times its minutes per participant, and each
  contribution times its challenge's estimated minutes, as an organisation's page adds them;
- a challenge is solved once the organisation has selected a contribution, in the month of the
  first selection; a campaign counts in the month it opened, a challenge in the month it was
  first published;
- by cause, a campaign or a challenge counts under each of its causes (so the causes add up to
  more than the total), and an organisation under each cause it ran something for."""

import datetime
from collections import defaultdict
from dataclasses import dataclass
from uuid import UUID

from django.conf import settings
from django.core.cache import cache
from django.db.models import Case, Count, IntegerField, Min, Sum, Value, When
from django.utils import timezone
from wagtail.models import Page

from campaigns.models import CampaignCause, CampaignPage, Participation
from challenges.models import ChallengeCause, ChallengePage, Contribution
from core.collation import collated
from core.frontend_cache import live_figures_kept_seconds
from organisations.models import OrganisationPage
from pages.models import Tag

# The oldest figures a visitor may see, counting the time the page cache keeps the page.
MAX_AGE = 300
CACHE_KEY = "impact-statistics:1"  # a new number when Statistics changes shape


@dataclass
class Figures:
    people: int = 0
    minutes: int = 0
    contributions: int = 0
    challenges_solved: int = 0
    campaigns: int = 0
    challenges: int = 0
    organisations: int | None = None  # counted for the whole site and for each cause

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 1)

    def add(self, **amounts) -> None:
        for name, amount in amounts.items():
            setattr(self, name, getattr(self, name) + amount)


@dataclass(frozen=True)
class Named:
    """A cause or an organisation as a language names it, with its figures."""

    name: str
    url: str
    figures: Figures


@dataclass(frozen=True)
class Statistics:
    as_of: datetime.datetime
    total: Figures
    months: list[tuple[datetime.date, Figures]]  # every month from the first, oldest first
    causes: dict[UUID, Figures]
    cause_names: dict[UUID, dict[str, str]]  # by language code
    organisations: dict[UUID, Figures]
    organisation_names: dict[UUID, dict[str, tuple[str, str]]]  # (name, URL) by language code

    def by_cause(self, language: str) -> list[Named]:
        rows = [
            Named(name_in(self.cause_names[key], language), "", figures)
            for key, figures in self.causes.items()
        ]
        return collated(rows, language=language)

    def by_organisation(self, language: str) -> list[Named]:
        rows = []
        for key, figures in self.organisations.items():
            name, url = name_in(self.organisation_names[key], language)
            rows.append(Named(name, url, figures))
        return collated(rows, language=language)


def name_in(names: dict, language: str):
    """The name in `language`, or in the site's default language, or in any."""
    return names.get(language) or names.get(settings.LANGUAGE_CODE) or next(iter(names.values()))


def statistics() -> Statistics:
    """The figures, at most MAX_AGE seconds old once a cache in front has kept the page too."""
    found = cache.get(CACHE_KEY)
    if found is None:
        found = compute()
        cache.set(CACHE_KEY, found, MAX_AGE - live_figures_kept_seconds())
    return found


def compute() -> Statistics:
    now = timezone.now().replace(microsecond=0)  # to the second, as HTML's <time> reads it
    organisations = list(live(OrganisationPage).select_related("locale").order_by("pk"))
    organisation_of = {page.path: page.translation_key for page in organisations}
    campaigns = once_each(
        live(CampaignPage)
        .filter(opens_at__lte=now)
        .values("pk", "translation_key", "path", "minutes_per_participant", "opens_at")
    )
    challenges = once_each(
        live(ChallengePage).values("pk", "translation_key", "path", "minutes", "first_published_at")
    )
    causes = causes_of(CampaignCause, campaigns) | causes_of(ChallengeCause, challenges)
    tally = Tally(causes, organisation_of)
    starts = [campaign["opens_at"] for campaign in campaigns.values()]
    starts += [c["first_published_at"] for c in challenges.values() if c["first_published_at"]]
    months = months_between(month_of(min(starts)), month_of(now)) if starts else []

    for campaign in campaigns.values():
        tally.add(campaign, month_of(campaign["opens_at"]), campaigns=1)
    for row in (
        Participation.objects.filter(campaign_key__in=list(campaigns))
        .annotate(month=month_index("joined_at", months))
        .values("campaign_key", "month")
        .annotate(people=Sum("people"))
        .order_by()
    ):
        campaign = campaigns[row["campaign_key"]]
        minutes = row["people"] * campaign["minutes_per_participant"]
        tally.add(campaign, months[row["month"]], people=row["people"], minutes=minutes)

    for challenge in challenges.values():
        published = challenge["first_published_at"]
        tally.add(challenge, published and month_of(published), challenges=1)
    visible = Contribution.objects.visible().filter(challenge_key__in=list(challenges))
    for row in (
        visible.annotate(month=month_index("created_at", months))
        .values("challenge_key", "month")
        .annotate(contributions=Count("pk"))
        .order_by()
    ):
        challenge, sent = challenges[row["challenge_key"]], row["contributions"]
        tally.add(
            challenge,
            months[row["month"]],
            contributions=sent,
            people=sent,
            minutes=sent * challenge["minutes"],
        )
    for row in (
        visible.filter(is_selected=True)
        .values("challenge_key")
        .annotate(solved_at=Min("selected_at"))
        .order_by()
    ):
        challenge = challenges[row["challenge_key"]]
        tally.add(challenge, month_of(row["solved_at"]), challenges_solved=1)

    tally.total.organisations = len({page.translation_key for page in organisations})
    return Statistics(
        as_of=now,
        total=tally.total,
        months=[(month, tally.by_month.get(month, Figures())) for month in months],
        causes=tally.by_cause(),
        cause_names=cause_names(tally.causes),
        organisations=dict(tally.organisations),
        organisation_names=organisation_names(organisations),
    )


def live(model):
    return model.objects.live().public()


def once_each(pages) -> dict:
    """Each page once across its translations, by translation key: the first live one."""
    found = {}
    for page in pages.order_by("pk"):
        found.setdefault(page["translation_key"], page)
    return found


def causes_of(through, pages: dict) -> dict:
    """The translation keys of each page's causes, by the page's id (its translations share
    them: causes are synchronised)."""
    causes = defaultdict(set)
    rows = through.objects.filter(
        content_object_id__in=[page["pk"] for page in pages.values()], tag__kind=Tag.Kind.CAUSE
    ).values_list("content_object_id", "tag__translation_key")
    for page_id, cause in rows:
        causes[page_id].add(cause)
    return causes


def month_of(moment) -> datetime.date:
    """The first day of the moment's month, in the site's time zone."""
    return timezone.localtime(moment).date().replace(day=1)


def months_between(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    months = [first]
    while months[-1] < last:
        months.append((months[-1] + datetime.timedelta(days=31)).replace(day=1))
    return months


def month_index(field: str, months: list[datetime.date]) -> Case:
    """Which of `months` a row's moment falls in (the first for anything earlier, the last for
    anything later), in the site's time zone, by plain comparisons in the database: SQLite
    truncates a date to its month in Python, row by row (4.4 s at 100,000 sign-ups)."""
    starts = [timezone.make_aware(datetime.datetime(m.year, m.month, 1)) for m in months[1:]]
    return Case(
        *(When(**{f"{field}__lt": start}, then=Value(index)) for index, start in enumerate(starts)),
        default=Value(len(months) - 1),
        output_field=IntegerField(),
    )


class Tally:
    """Adds each page's figures to the total, its month, its causes and its organisation."""

    def __init__(self, causes: dict, organisation_of: dict):
        self.page_causes, self.organisation_of = causes, organisation_of
        self.total = Figures()
        self.by_month = defaultdict(Figures)
        self.causes = defaultdict(Figures)
        self.organisations = defaultdict(Figures)
        self.cause_organisations = defaultdict(set)

    def add(self, page: dict, month: datetime.date | None, **amounts) -> None:
        self.total.add(**amounts)
        if month is not None:
            self.by_month[month].add(**amounts)
        organisation = self.organisation_of.get(page["path"][: -Page.steplen])
        if organisation is not None:
            self.organisations[organisation].add(**amounts)
        for cause in self.page_causes.get(page["pk"], ()):
            self.causes[cause].add(**amounts)
            if organisation is not None:
                self.cause_organisations[cause].add(organisation)

    def by_cause(self) -> dict:
        for cause, figures in self.causes.items():
            figures.organisations = len(self.cause_organisations[cause])
        return dict(self.causes)


def cause_names(causes) -> dict:
    names = defaultdict(dict)
    for key, language, name in Tag.objects.filter(translation_key__in=list(causes)).values_list(
        "translation_key", "locale__language_code", "name"
    ):
        names[key][language] = name
    return dict(names)


def organisation_names(organisations) -> dict:
    names = defaultdict(dict)
    for page in organisations:
        names[page.translation_key][page.locale.language_code] = (page.title, page.get_url())
    return dict(names)
