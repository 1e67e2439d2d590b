"""The staff's weekly digest: on Monday at 8:00 in their time zone, each member of an
organisation's staff hears of its campaigns' new sign-ups during the week before (how many
people joined each campaign, never who) and of its contributions waiting for a look, with links
into the admin. One e-mail per person, with a section per organisation they are on the staff
of: one weekly message, and one click to stop it. Queued by `manage.py send_due_emails`
(core/due_emails.py), sent by organisations.tasks.send_staff_digests.

Once per week: the send_once key names the week (`digest:staff:42:2026-W49`). A week with
nothing new, or whose recipient unsubscribed, is marked handled without an e-mail.

Staff accounts are not volunteers' profiles, which this floor cannot import: their time zone,
language and name are read through the user's relations by name, as challenges/ does."""

import dataclasses
import datetime
import functools
import operator
import zoneinfo
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Q, Sum
from django.urls import reverse

from campaigns.models import CampaignPage, Participation
from challenges.models import ChallengePage, Contribution
from core import due_emails, unsubscribe
from core.collation import sort_key
from organisations.models import OrganisationPage

KIND = "staff-digest"
WEEKLY = "weekly"
# Lines listed at most in each list of a section; the admin's listings have the rest.
MOST_LINES = 10


def key(user_id: int, period: due_emails.Period) -> str:
    return f"digest:staff:{user_id}:{period.label}"


def time_zone(profile_zone: str | None, admin_zone: str | None) -> str:
    """Their volunteer profile's, in which the site's e-mails write times, else the one they
    chose in the admin's account, else the site's (Europe/Paris). A zone that tzdata no longer
    knows is passed over: it would stop the whole run, every producer's e-mails with it."""
    known = known_time_zones()
    return next((zone for zone in (profile_zone, admin_zone) if zone in known), settings.TIME_ZONE)


@functools.cache
def known_time_zones() -> frozenset:
    return frozenset(zoneinfo.available_timezones())


def language(admin_language: str | None, profile_language: str | None) -> str:
    """The admin's language, which staff work in and the digest's links lead to (Wagtail's own
    notices use it), else their volunteer profile's, else the site's default."""
    enabled = {code for code, _ in settings.LANGUAGES}
    for code in (admin_language, profile_language):
        if code in enabled:
            return code
    return settings.LANGUAGE_CODE


def staff_members():
    """Active accounts on the staff of at least one organisation, with an address."""
    staff_groups = OrganisationPage.objects.filter(staff_group__isnull=False).values("staff_group")
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__in=staff_groups)
        .exclude(email="")
        .distinct()
    )


def queue_digests(now: datetime.datetime) -> int:
    from organisations.tasks import send_staff_digests

    periods = {}
    by_key = {}
    rows = staff_members().values_list(
        "pk", "volunteer_profile__time_zone", "wagtail_userprofile__current_time_zone"
    )
    for user_id, profile_zone, admin_zone in rows.iterator():
        zone = time_zone(profile_zone, admin_zone)
        if zone not in periods:
            period = due_emails.current_period(WEEKLY, zone, now)
            periods[zone] = period if now < period.starts_at + due_emails.CATCH_UP else None
        if period := periods[zone]:
            by_key[key(user_id, period)] = [user_id, period.first_day.isoformat(), zone]
    return due_emails.enqueue_in_batches(send_staff_digests, by_key, now=now)


@dataclasses.dataclass(frozen=True)
class Recipient:
    user_id: int
    address: str
    name: str
    language: str


def recipients(user_ids) -> dict[int, Recipient]:
    """Those of `user_ids` still on a staff, in one query."""
    rows = (
        staff_members()
        .filter(pk__in=user_ids)
        .values_list(
            "pk",
            "email",
            "first_name",
            "volunteer_profile__display_name",
            "volunteer_profile__preferred_language",
            "wagtail_userprofile__preferred_language",
        )
    )
    return {
        pk: Recipient(pk, email, display_name or first_name, language(admin, profile))
        for pk, email, first_name, display_name, profile, admin in rows
    }


@dataclasses.dataclass(frozen=True)
class Line:
    """A campaign or a challenge of the digest, named in the recipient's language."""

    title: str
    admin_url: str
    count: int  # people who joined; contributions waiting
    new: int = 0  # of the contributions waiting, those that came during the week


@dataclasses.dataclass
class Section:
    organisation: str
    sign_ups: list[Line]
    waiting: list[Line]
    more_sign_ups: int = 0
    more_waiting: int = 0

    def __bool__(self):
        """Something new: people joined, or contributions came that still wait."""
        return bool(self.sign_ups) or any(line.new for line in self.waiting)


def admin_url(page_id: int) -> str:
    return urljoin(
        settings.WAGTAILADMIN_BASE_URL, reverse("wagtailadmin_pages:edit", args=[page_id])
    )


def by_organisation(rows, owner) -> dict:
    """{organisation's translation key: {page's translation key: {language: row}}} of page
    rows, each found under one of the organisation's translations by `owner(path)`."""
    found = {}
    for row in rows:
        pages = found.setdefault(owner(row["path"]), {})
        pages.setdefault(row["translation_key"], {})[row["locale__language_code"]] = row
    return found


def in_language(translations: dict, language: str) -> dict:
    return (
        translations.get(language)
        or translations.get(settings.LANGUAGE_CODE)
        or next(iter(translations.values()))
    )


def lines(counted: list[tuple[dict, int, int]], language: str) -> tuple[list[Line], int]:
    """The lines with the largest counts first, at most MOST_LINES; and how many were left."""
    counted.sort(key=lambda item: (-item[1], sort_key(item[0]["title"], language)))
    shown = [
        Line(row["title"], admin_url(row["pk"]), count, new)
        for row, count, new in counted[:MOST_LINES]
    ]
    return shown, len(counted) - len(shown)


def news(
    recipients: dict[int, Recipient], periods: dict[int, due_emails.Period]
) -> dict[int, list[Section]]:
    """{user id: the sections of their digest that have something new}, in a fixed number of
    queries whatever the number of recipients, organisations, pages and sign-ups: the counts
    of every week of the batch come from one query per kind, each week a filtered sum."""
    memberships = {}
    for user_id, organisation_key in (
        OrganisationPage.objects.filter(staff_group__user__in=recipients)
        .values_list("staff_group__user", "translation_key")
        .distinct()
    ):
        memberships.setdefault(user_id, set()).add(organisation_key)
    if not memberships:
        return {}
    organisations = list(
        OrganisationPage.objects.filter(
            translation_key__in=set().union(*memberships.values())
        ).values("pk", "translation_key", "title", "path", "locale__language_code")
    )
    # The pages under any translation of these organisations (campaigns and challenges are
    # their children), as Wagtail's own permission checks find a subtree.
    under = functools.reduce(
        operator.or_, (Q(path__startswith=row["path"]) for row in organisations)
    )
    owner_by_path = {row["path"]: row["translation_key"] for row in organisations}
    fields = ("pk", "translation_key", "title", "path", "locale__language_code")
    campaign_rows = list(CampaignPage.objects.filter(under).values(*fields))
    challenge_rows = list(ChallengePage.objects.live().filter(under).values(*fields))

    weeks = sorted({period.window for period in periods.values()})
    week_of = {user_id: weeks.index(period.window) for user_id, period in periods.items()}
    joined = {
        f"week{n}": Sum("people", filter=Q(joined_at__gte=start, joined_at__lt=end))
        for n, (start, end) in enumerate(weeks)
    }
    sign_ups = {
        row["campaign_key"]: row
        for row in Participation.objects.filter(
            campaign_key__in=CampaignPage.objects.filter(under).values("translation_key"),
            joined_at__gte=weeks[0][0],
            joined_at__lt=weeks[-1][1],
        )
        .order_by()
        .values("campaign_key")
        .annotate(**joined)
    }
    came = {
        f"week{n}": Count("pk", filter=Q(created_at__gte=start, created_at__lt=end))
        for n, (start, end) in enumerate(weeks)
    }
    waiting = {
        row["challenge_key"]: row
        for row in Contribution.objects.filter(
            challenge_key__in=ChallengePage.objects.filter(under).values("translation_key")
        )
        .waiting_for_a_look()
        .order_by()
        .values("challenge_key")
        .annotate(waiting=Count("pk"), **came)
    }

    lengths = {len(path) for path in owner_by_path}

    def owner(path: str) -> str:
        return next(owner_by_path[path[:n]] for n in lengths if path[:n] in owner_by_path)

    campaigns = by_organisation(campaign_rows, owner)
    challenges = by_organisation(challenge_rows, owner)
    titles = by_organisation(organisations, owner)
    found = {}
    for user_id, organisation_keys in memberships.items():
        recipient, week = recipients[user_id], f"week{week_of[user_id]}"
        sections = []
        for organisation_key in organisation_keys:
            joined_lines, more_joined = lines(
                [
                    (in_language(translations, recipient.language), people, 0)
                    for campaign_key, translations in campaigns.get(organisation_key, {}).items()
                    if (people := sign_ups.get(campaign_key, {}).get(week))
                ],
                recipient.language,
            )
            waiting_lines, more_waiting = lines(
                [
                    (in_language(translations, recipient.language), row["waiting"], row[week])
                    for challenge_key, translations in challenges.get(organisation_key, {}).items()
                    if (row := waiting.get(challenge_key))
                ],
                recipient.language,
            )
            name = in_language(titles[organisation_key][organisation_key], recipient.language)
            section = Section(name["title"], joined_lines, waiting_lines, more_joined, more_waiting)
            if section:
                sections.append(section)
        found[user_id] = sorted(
            sections, key=lambda section: sort_key(section.organisation, recipient.language)
        )
    return found


def build(recipient: Recipient, sections: list[Section], period: due_emails.Period):
    """The digest's e-mail, in the recipient's language, with their unsubscribe link."""
    return unsubscribe.render_with_unsubscribe(
        "organisations/emails/staff_digest",
        {
            "name": recipient.name,
            "sections": sections,
            "participants_url": urljoin(
                settings.WAGTAILADMIN_BASE_URL, reverse("participants:index")
            ),
            "contributions_url": urljoin(
                settings.WAGTAILADMIN_BASE_URL, reverse("contributions:index")
            ),
        },
        recipient.language,
        recipient.address,
        KIND,
        time_zone=period.time_zone,
    )
