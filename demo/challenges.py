"""Demo challenges in every state, demo volunteers, their contributions and marks."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from challenges.models import (
    ChallengeIndexPage,
    ChallengePage,
    ChallengeTemplate,
    Contribution,
    ContributionMark,
)
from demo.data import Data
from volunteers.models import Profile


class ChallengeDemo:
    def __init__(self, builder):
        self.builder = builder
        self.content = builder.content
        self.now = timezone.now().replace(minute=0, second=0, microsecond=0)

    def create_volunteers(self) -> dict:
        """Demo volunteers (they cannot log in until volunteer accounts open)."""
        users = {}
        for spec in self.content.volunteers:
            username = spec["username"]
            user = get_user_model().objects.create_user(
                username=username,
                email=f"{username}@example.org",
                password=None,
            )
            profile = Profile.objects.create(
                user=user,
                display_name=spec["display_name"],
                preferred_language=spec["language"],
                time_available=spec.number("time"),
            )
            profile.causes.set(self.builder.tags_named(spec, "causes"))
            profile.skills.set(self.builder.tags_named(spec, "skills"))
            users[username] = user
        return users

    def create_challenges(self, home, organisations) -> dict:
        return self.builder.create_section(
            home, "challenges", ChallengeIndexPage, organisations, self.create_challenge
        )

    def create_templates(self) -> dict:
        """The templates staff may start a challenge from, in the file's order, by key."""
        builder = self.builder
        templates = {}
        for number, spec in enumerate(self.content.challenge_templates, start=1):
            key = f"challenge-template:{number}"
            strings = builder.strings_for(key)
            template = ChallengeTemplate.objects.create(
                title=strings(spec["title"]),
                guide=builder.paragraphs(spec["guide"], strings),
                summary=strings(spec["summary"]),
                task=strings(spec["task"]),
                minutes=spec.number("minutes"),
                sort_order=number,
                locale=builder.locales["fr"],
            )
            template.causes.set(builder.tags_named(spec, "causes"))
            template.skills.set(builder.tags_named(spec, "skills"))
            template.save()
            templates[key] = template
        return templates

    @staticmethod
    def time_left(spec: Data) -> datetime.timedelta:
        """Until the deadline (negative: it has passed)."""
        if "closes_in_hours" in spec:
            return datetime.timedelta(hours=spec.number("closes_in_hours"))
        return datetime.timedelta(days=spec.number("closes_in_days"))

    def create_challenge(self, organisation, key: str, spec: Data) -> ChallengePage:
        builder = self.builder
        strings = builder.strings_for(key)
        image = spec["image"]
        page = organisation.add_child(
            instance=ChallengePage(
                title=strings(spec["title"]),
                slug=strings(spec["slug"]),
                summary=strings(spec["summary"]),
                search_description=strings(spec["search_description"]),
                task=strings(spec["task"]),
                context=builder.paragraphs(spec["context"], strings),
                minutes=spec.number("minutes"),
                max_answer_length=spec.number("max_length"),
                deadline=self.now + self.time_left(spec),
                hero_image=builder.create_image(image, key, spec["causes"]),
                hero_image_alt=strings(image["alt"]),
                follow_up=builder.paragraphs(spec.get("follow_up", []), strings),
                locale=builder.locales["fr"],
            )
        )
        page.causes.set(builder.tags_named(spec, "causes"))
        page.skills.set(builder.tags_named(spec, "skills"))
        page.save_revision().publish()
        return page

    def create_contributions(self, pages, users) -> None:
        """Each challenge's contributions, newest first, three hours apart."""
        _, challenges = self.content.sections["challenges"]
        contributions = [
            (pages[key], spec)
            for key, challenge in challenges.items()
            for spec in challenge.get("contributions", [])
        ]
        for number, (challenge, spec) in enumerate(contributions):
            contribution = Contribution.objects.create(
                challenge_key=challenge.translation_key,
                author=spec.ref(users, spec["author"], "volunteer"),
                text=spec["text"],
                link=spec.get("link", ""),
                language=spec["language"],
                is_selected=spec.get("selected", False),
                # Chosen when the challenge closed, or today for one still open.
                selected_at=min(challenge.deadline, self.now) if spec.get("selected") else None,
                # The demo's follow-ups are history: their authors were told long ago.
                follow_up_sent_at=self.now if challenge.follow_up else None,
                created_at=min(challenge.deadline, self.now)
                - datetime.timedelta(hours=3 * number + 1),
            )
            ContributionMark.objects.bulk_create(
                ContributionMark(contribution=contribution, user=spec.ref(users, key, "volunteer"))
                for key in spec.get("useful_to", [])
            )
        Contribution.objects.all().recount_usefulness()
