import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from campaigns.models import CampaignPage, Participation
from challenges.models import (
    ChallengePage,
    Contribution,
    ContributionMark,
    ContributionTranslation,
)
from challenges.models.challenge import CONTRIBUTIONS_PER_PAGE
from challenges.models.translation import text_version
from organisations.models import OrganisationPage

BATCH = 5000
MARKING_VOLUNTEERS = 20


class Command(BaseCommand):
    help = (
        "For `make bench` only: a campaign and a challenge grown to --size participants and "
        "contributions, a challenge with 200 contributions and one with a page of "
        "contributions in other languages than its own."
    )

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=10)

    def handle(self, *args, size, **options):
        if not getattr(settings, "BENCH", False):
            raise CommandError("Bench data goes only into the bench's own database.")
        organisation = OrganisationPage.objects.filter(locale__language_code="fr").first()
        campaign = self.page(organisation, CampaignPage, "bench-campaign", self.campaign_fields())
        challenge = self.page(
            organisation, ChallengePage, "bench-challenge", self.challenge_fields()
        )
        two_hundred = self.page(organisation, ChallengePage, "bench-200", self.challenge_fields())
        languages = self.page(
            organisation, ChallengePage, "bench-languages", self.challenge_fields()
        )
        self.grow_participants(campaign, size)
        self.grow_contributions(challenge, size)
        self.grow_contributions(two_hundred, 200)
        self.contributions_in_other_languages(languages)
        self.stdout.write(f"Bench data: {size} participants and contributions.")

    @staticmethod
    def page(parent, model, slug, fields):
        page = model.objects.filter(slug=slug).first()
        if page is None:
            page = parent.add_child(
                instance=model(title=f"Bench {slug}", slug=slug, locale=parent.locale, **fields)
            )
            page.save_revision().publish()
        return page

    @staticmethod
    def campaign_fields():
        now = timezone.now()
        return {
            "summary": "A campaign grown for the benchmark.",
            "opens_at": now - datetime.timedelta(days=1),
            "closes_at": now + datetime.timedelta(days=365),
            "goal_participants": 100_000,
            "minutes_per_participant": 15,
        }

    @staticmethod
    def challenge_fields():
        return {
            "summary": "A challenge grown for the benchmark.",
            "task": "Suggest one idea.",
            "deadline": timezone.now() + datetime.timedelta(days=365),
        }

    @staticmethod
    def grow_participants(campaign, size):
        have = Participation.objects.filter(campaign_key=campaign.translation_key).count()
        for start in range(have, size, BATCH):
            Participation.objects.bulk_create(
                Participation(
                    campaign_key=campaign.translation_key,
                    email=f"bench-{n}@example.invalid",
                    people=1 + n % 3,
                    language="fr",
                    privacy_notice_version="bench",
                )
                for n in range(start, min(size, start + BATCH))
            )

    @staticmethod
    def grow_contributions(challenge, size):
        """Contributions of former volunteers (no author, as after an account's deletion), and
        the marks of a few volunteers on the first ones."""
        have = Contribution.objects.filter(challenge_key=challenge.translation_key).count()
        for start in range(have, size, BATCH):
            Contribution.objects.bulk_create(
                Contribution(
                    challenge_key=challenge.translation_key,
                    text=f"Idea number {n}: ask the neighbourhood library.",
                    language="fr",
                )
                for n in range(start, min(size, start + BATCH))
            )
        if have == 0:
            users = [
                get_user_model().objects.get_or_create(username=f"bench-marker-{n}")[0]
                for n in range(MARKING_VOLUNTEERS)
            ]
            first = Contribution.objects.filter(challenge_key=challenge.translation_key)[:10]
            ContributionMark.objects.bulk_create(
                ContributionMark(contribution=contribution, user=user)
                for contribution in first
                for user in users[: 2 + contribution.pk % MARKING_VOLUNTEERS]
            )
            first.model.objects.filter(pk__in=[c.pk for c in first]).recount_usefulness()

    @staticmethod
    def contributions_in_other_languages(challenge):
        """A page of contributions in English and Spanish on a French challenge, each with the
        French translation the task worker would have stored: the bench runs no engine, and no
        page view asks one."""
        if Contribution.objects.filter(challenge_key=challenge.translation_key).exists():
            return
        texts = {
            "en": "Idea number {n}: ask the neighbourhood library.",
            "es": "Idea número {n}: pregunta a la biblioteca del barrio.",
        }
        contributions = Contribution.objects.bulk_create(
            Contribution(
                challenge_key=challenge.translation_key,
                text=texts[language].format(n=n),
                language=language,
            )
            for n in range(CONTRIBUTIONS_PER_PAGE)
            for language in ["en" if n % 2 else "es"]
        )
        ContributionTranslation.objects.bulk_create(
            ContributionTranslation(
                contribution=contribution,
                language="fr",
                source_version=text_version(contribution.text),
                text=f"Idée numéro {n} : demandez à la bibliothèque du quartier.",
                engine="bench data",
            )
            for n, contribution in enumerate(contributions)
        )
